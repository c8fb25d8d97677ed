package dev.longtake.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.longtake.export.internal.AtomicFiles;
import dev.longtake.model.Ledger;
import dev.longtake.model.Script;
import dev.longtake.model.util.CutPlan;
import dev.longtake.model.util.CutPlanner;
import dev.longtake.model.util.CutPlanner.TakeLengths;

/**
 * Exports the cut of a film folder: plans the cut from the script and the ledger, and writes
 * {@code out/<title>.<extension>} for each chosen format. Each file is replaced only when its
 * new content is complete (written beside it, then renamed over it).
 *
 * <pre>
 * ExportResult result = new ExportRunner().export(script, ledger, filmFolder, Set.of("otio", "edl"));
 * result.warnings().forEach(warning -&gt; System.err.println("warning: " + warning.message()));
 * </pre>
 */
public final class ExportRunner {

	/** Where exports go inside the film folder. */
	public static final String OUT_FOLDER = "out";

	private final List<ExporterDescriptor> exporters;
	private final TakeLengths takeLengths;
	private final Double songSeconds;

	/** A runner over the available exporters (contributed in OSGi, built-in otherwise). */
	public ExportRunner() {
		this(Exporters.available(), TakeLengths.UNKNOWN, null);
	}

	/** A runner over the given exporters. */
	public ExportRunner(List<ExporterDescriptor> exporters) {
		this(exporters, TakeLengths.UNKNOWN, null);
	}

	private ExportRunner(List<ExporterDescriptor> exporters, TakeLengths takeLengths, Double songSeconds) {
		this.exporters = List.copyOf(exporters);
		this.takeLengths = takeLengths;
		this.songSeconds = songSeconds;
	}

	/** This runner, trimming takes to their probed lengths. */
	public ExportRunner withTakeLengths(TakeLengths lengths) {
		return new ExportRunner(exporters, Objects.requireNonNull(lengths, "lengths"), songSeconds);
	}

	/** This runner, with the song's probed length (the audio track and the film end there). */
	public ExportRunner withSongSeconds(Double seconds) {
		return new ExportRunner(exporters, takeLengths, seconds);
	}

	/** The exporters this runner chooses from. */
	public List<ExporterDescriptor> exporters() {
		return exporters;
	}

	/**
	 * Writes the cut in each format named by id.
	 *
	 * @param ledger     the film's take ledger; null when nothing was rendered yet
	 * @param filmFolder the folder the script, the takes and {@code out/} are in
	 * @param formatIds  ids of exporters, e.g. {@code otio}, {@code edl}, {@code fcpxml}
	 * @throws IllegalArgumentException naming the id when a format is unknown, or when the
	 *                                  ledger lacks a take the cut uses
	 * @throws IOException              naming the file when one cannot be written; the files
	 *                                  written before it stay, complete
	 */
	public ExportResult export(Script script, Ledger ledger, Path filmFolder, Set<String> formatIds)
			throws IOException {
		List<ExporterDescriptor> chosen = choose(formatIds);
		CutPlan plan = CutPlanner.plan(script, ledger, takeLengths);
		FilmCut film = FilmCut.of(plan, ledger, filmFolder).withSongSeconds(songSeconds);
		Path out = filmFolder.resolve(OUT_FOLDER);
		try {
			Files.createDirectories(out);
		} catch (IOException e) {
			throw new IOException("Cannot create the output folder " + out + ": " + reason(e), e);
		}
		List<Path> written = new ArrayList<>();
		for (ExporterDescriptor descriptor : chosen) {
			CutExporter exporter = descriptor.create();
			Path target = out.resolve(fileName(film.title()) + "." + descriptor.fileExtension());
			try {
				AtomicFiles.write(target, stream -> exporter.write(film, stream));
			} catch (IOException e) {
				throw new IOException("Cannot write " + target + ": " + reason(e), e);
			}
			written.add(target);
		}
		return new ExportResult(written, plan);
	}

	private List<ExporterDescriptor> choose(Set<String> formatIds) {
		for (String id : formatIds) {
			if (Exporters.find(exporters, id).isEmpty()) {
				throw new IllegalArgumentException("Unknown export format '" + id + "' (known: "
						+ exporters.stream().map(ExporterDescriptor::id).collect(Collectors.joining(", ")) + ")");
			}
		}
		return exporters.stream().filter(exporter -> formatIds.contains(exporter.id())).toList();
	}

	/**
	 * The title as a file name: characters that no file system or shell takes well become
	 * underscores, no leading dot, at most 200 bytes of UTF-8, "film" when nothing is left.
	 */
	public static String fileName(String title) {
		StringBuilder name = new StringBuilder();
		(title == null ? "" : title.strip()).codePoints().forEach(c -> {
			boolean unsafe = Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0;
			name.appendCodePoint(unsafe ? '_' : c);
		});
		while (!name.isEmpty() && (name.charAt(0) == '.' || Character.isWhitespace(name.charAt(0)))) {
			name.deleteCharAt(0);
		}
		while (name.toString().getBytes(StandardCharsets.UTF_8).length > 200) {
			name.setLength(name.offsetByCodePoints(name.length(), -1));
		}
		String result = name.toString().strip();
		return result.isEmpty() ? "film" : result;
	}

	/** NIO's exceptions carry only the path as message: say what is wrong with it. */
	private static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
			return "a file of that name is in the way";
		}
		if (e instanceof NoSuchFileException) {
			return "the folder does not exist";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "a folder of that name is in the way";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
