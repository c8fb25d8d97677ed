package dev.longtake.export;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import dev.longtake.model.Cut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.FrameSize;
import dev.longtake.model.Ledger;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Take;
import dev.longtake.model.util.CutPlan;
import dev.longtake.model.util.FrameRate;

/**
 * What an exporter writes: the cut of a film with everything needed to point at its media.
 * Every time in the cut is a whole number of frames at {@link #rate()} (see
 * {@link dev.longtake.model.util.CutPlanner} for what else a cut promises).
 *
 * @param title       the film's title (never blank)
 * @param rate        the frame rate of the cut and of its takes
 * @param width       frame width of the takes in pixels, 0 when unknown
 * @param height      frame height of the takes in pixels, 0 when unknown
 * @param cut         the cut
 * @param takeFiles   the absolute path of the video of every take the cut uses, by take id
 * @param song        the absolute path of the song, or null when there is none
 * @param songSeconds the song's length when known (probed), else null: the song is then taken
 *                    to last as long as the cut
 */
public record FilmCut(String title, FrameRate rate, int width, int height, Cut cut, Map<String, Path> takeFiles,
		Path song, Double songSeconds) {

	public FilmCut {
		Objects.requireNonNull(rate, "rate");
		Objects.requireNonNull(cut, "cut");
		title = title == null || title.isBlank() ? "Untitled" : title.strip();
		takeFiles = Map.copyOf(takeFiles);
		if (songSeconds != null && !(songSeconds >= 0)) {
			throw new IllegalArgumentException("a song lasts 0 s or more (" + songSeconds + ")");
		}
	}

	/** The cut a {@link dev.longtake.model.util.CutPlanner} planned, with its takes' files. */
	public static FilmCut of(CutPlan plan, Ledger ledger, Path filmFolder) {
		return of(plan.settings(), plan.rate(), plan.cut(), ledger, filmFolder);
	}

	/**
	 * A cut with the files of its takes (from the ledger) and of the song (from the project
	 * block), resolved against the film folder.
	 *
	 * @throws IllegalArgumentException when the cut uses a take the ledger does not have, or
	 *                                  one without a file
	 */
	public static FilmCut of(ProjectSettings settings, FrameRate rate, Cut cut, Ledger ledger, Path filmFolder) {
		Path folder = filmFolder.toAbsolutePath().normalize();
		Map<String, Path> takeFiles = new HashMap<>();
		for (CutEntry entry : cut.getEntries()) {
			String takeId = entry.getTakeId();
			if (takeId == null || takeFiles.containsKey(takeId)) {
				continue;
			}
			Take take = ledger == null ? null : ledger.findTake(takeId);
			if (take == null) {
				throw new IllegalArgumentException(
						"The cut uses take " + takeId + " of shot " + entry.getShotName() + ", which the ledger does not have");
			}
			if (take.getFile() == null || take.getFile().isBlank()) {
				throw new IllegalArgumentException(
						"Take " + takeId + " of shot " + entry.getShotName() + " has no video file in the ledger");
			}
			takeFiles.put(takeId, folder.resolve(take.getFile()).normalize());
		}
		String title = settings == null ? null : settings.getTitle();
		FrameSize format = settings == null ? null : settings.getFormat();
		String songFile = settings == null ? null : settings.getSong();
		Path song = songFile == null || songFile.isBlank() ? null : folder.resolve(songFile).normalize();
		return new FilmCut(title, rate, format == null ? 0 : Math.max(0, format.getWidth()),
				format == null ? 0 : Math.max(0, format.getHeight()), cut, takeFiles, song, null);
	}

	/** This cut with the song's probed length. */
	public FilmCut withSongSeconds(Double seconds) {
		return new FilmCut(title, rate, width, height, cut, takeFiles, song, seconds);
	}

	/**
	 * The video the entry shows, or null when the entry holds its shot on black.
	 *
	 * @throws IllegalArgumentException when the entry's take has no file here
	 */
	public Path mediaOf(CutEntry entry) {
		if (entry.getTakeId() == null) {
			return null;
		}
		Path file = takeFiles.get(entry.getTakeId());
		if (file == null) {
			throw new IllegalArgumentException(
					"No file for take " + entry.getTakeId() + " of shot " + entry.getShotName());
		}
		return file;
	}
}
