package dev.longtake.dsl.ide.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small film project of two files: the cast, places and styles, and the script using them. */
final class Film {

	static final String CAST = """
			// the cast, places and looks of the film
			style Vintage "shot on 35mm film, 1980s, warm grain"
			style Noir "black and white, hard shadows"

			character Ernest "a young man, curly brown hair, denim jacket"
			character Lane "a young woman, red hair, yellow knit sweater"

			location Corridor "a crowded high-school corridor"
			location Classroom "a sunlit classroom with wooden desks"
			location Field "a football field at dusk"
			""";

	static final String SCRIPT = """
			project "Test Film" {
			    format 1280x720 at 24 fps
			    backend animatic
			}

			sequence HighSchool at 0:00 {
			    shot Hallway 20s style Vintage takes 2 seed 7 {
			        camera dolly forward, continuous
			        0s in Corridor with Ernest, Lane: "the camera glides toward them"
			        7s into Classroom: "Lane slips Ernest a note"
			        14s out to Field: "out through the window"
			    }
			    shot Bleachers 12s style Noir {
			        in Field with Ernest: "Ernest sits alone on the bleachers"
			    }
			    transition crossfade 0.5s
			}
			""";

	private Film() {
	}

	/** Writes cast.shots and script.shots into the folder. */
	static Path write(Path folder) {
		write(folder, "cast.shots", CAST);
		write(folder, "script.shots", SCRIPT);
		return folder;
	}

	static Path write(Path folder, String file, String text) {
		try {
			return Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
