package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.validation.ShotsIssueCodes;
import dev.longtake.model.Approach;
import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.NamedElement;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.TimePosition;
import dev.longtake.model.TransitionKind;

/** Every construct of docs/shots-language.md parses into the model it means. */
class ParsingTest {

	@TempDir
	Path folder;

	@Test
	void theSpecExampleParsesVerbatimWithoutSyntaxErrors() {
		ShotsProject project = Scripts.load(folder, Scripts.specExample());
		// Its files do not exist here and it names the comfyui backend, which this build does not
		// have: those are the only findings, nothing about its syntax.
		assertEquals(List.of(ShotsIssueCodes.SONG_NOT_FOUND, ShotsIssueCodes.IMAGE_NOT_FOUND,
				ShotsIssueCodes.UNKNOWN_BACKEND, ShotsIssueCodes.IMAGE_NOT_FOUND,
				ShotsIssueCodes.CONTINUES_WITHOUT_CHOSEN_TAKE),
				project.diagnostics().stream().map(ShotsDiagnostic::code).toList(),
				Scripts.describe(project.diagnostics()));

		Script script = Scripts.script(project);
		assertEquals("The Hardest Part", script.getSettings().getTitle());
		assertEquals(List.of("Hallway", "Bleachers", "Kitchen", "Porch"),
				script.allShots().stream().map(Shot::getName).toList());
		Shot hallway = script.findShot("Hallway");
		assertEquals(8, hallway.getTakesWanted());
		assertEquals("dolly forward, continuous", hallway.getCamera());
		assertEquals(List.of(Approach.IN, Approach.INTO, Approach.OUT_TO),
				hallway.getBeats().stream().map(Beat::getApproach).toList());
		assertSame(script.findShot("Kitchen"), script.findShot("Porch").getContinues());
		assertEquals(TransitionKind.CROSSFADE, script.getSequences().get(0).getTransition().getKind());
		assertEquals(32.0, script.getSequences().get(1).startSeconds());
	}

	@Test
	void everyConstructIsValidWhenItsFilesExist() {
		ShotsProject project = loadAllConstructs();
		// no take ledger yet: a shot that continues another gets this warning, nothing else
		assertEquals(List.of(ShotsIssueCodes.CONTINUES_WITHOUT_CHOSEN_TAKE),
				project.diagnostics().stream().map(ShotsDiagnostic::code).toList(),
				Scripts.describe(project.diagnostics()));
	}

	@Test
	void theProjectBlockHoldsEverySetting() {
		ProjectSettings settings = Scripts.script(loadAllConstructs()).getSettings();
		assertEquals("All Constructs", settings.getTitle());
		assertEquals("media/song.wav", settings.getSong());
		assertEquals(96.0, settings.getTempo());
		assertEquals(3, settings.getBeatsPerBar());
		assertEquals(1920, settings.getFormat().getWidth());
		assertEquals(1080, settings.getFormat().getHeight());
		assertEquals(23.976, settings.getFormat().getFps());
		assertEquals(3840, settings.getDeliver().getWidth());
		assertEquals(2160, settings.getDeliver().getHeight());
		assertEquals("animatic", settings.getDefaultBackend());
		assertEquals(new BigDecimal("120.50"), settings.getBudget(), "kept exactly as written");
		assertEquals("EUR", settings.getCurrency());
	}

	@Test
	void stylesCharactersAndLocationsKeepTheirTexts() {
		Script script = Scripts.script(loadAllConstructs());
		assertEquals("black and white, hard shadows", script.getStyles().get(0).getDescription());
		assertEquals(List.of("Ada", "Bo"), names(script.getCharacters()));
		assertEquals(List.of("refs/ada-front.png", "refs/ada-side.png"), script.getCharacters().get(0).getReferences());
		assertTrue(script.getCharacters().get(1).getReferences().isEmpty());
		assertEquals(List.of("Street", "Bar", "Roof"), names(script.getLocations()));
		assertEquals("a rooftop over the city", script.getLocations().get(2).getDescription());
	}

	@Test
	void sequencesArePlacedByTimeByBarOrAfterThePreviousOne() {
		List<Sequence> sequences = Scripts.script(loadAllConstructs()).getSequences();
		assertEquals(65.5, ((TimePosition) sequences.get(0).getPosition()).getSeconds(), "1:05.5");
		BarPosition bar17 = (BarPosition) sequences.get(1).getPosition();
		assertEquals(List.of(17, 1), List.of(bar17.getBar(), bar17.getBeat()));
		BarPosition bar33beat2 = (BarPosition) sequences.get(2).getPosition();
		assertEquals(List.of(33, 2), List.of(bar33beat2.getBar(), bar33beat2.getBeat()));
		assertEquals(200.0, ((TimePosition) sequences.get(3).getPosition()).getSeconds(), "200s");
		assertNull(sequences.get(4).getPosition());

		assertEquals(16 * 3 * 60 / 96.0, sequences.get(1).startSeconds(), 1e-9, "bar 17 at 96 bpm in 3/4");
		assertEquals((32 * 3 + 1) * 60 / 96.0, sequences.get(2).startSeconds(), 1e-9, "bar 33 beat 2");
		assertEquals(204.0 - 0.25, sequences.get(4).startSeconds(), 1e-9, "after Later, less its crossfade");
	}

	@Test
	void transitionsAreCutCrossfadeOrDip() {
		List<Sequence> sequences = Scripts.script(loadAllConstructs()).getSequences();
		assertEquals(TransitionKind.DIP, sequences.get(0).getTransition().getKind());
		assertEquals(1.0, sequences.get(0).getTransition().getDuration());
		assertEquals(TransitionKind.CUT, sequences.get(1).getTransition().getKind());
		assertNull(sequences.get(2).getTransition());
		assertEquals(TransitionKind.CROSSFADE, sequences.get(3).getTransition().getKind());
		assertEquals(0.25, sequences.get(3).getTransition().getDuration());
	}

	@Test
	void aShotHasItsLengthOptionsCameraImageAndBeats() {
		Script script = Scripts.script(loadAllConstructs());
		Shot walk = script.findShot("Walk");
		assertEquals(12.5, walk.getDuration());
		assertEquals("Noir", walk.getStyle().getName());
		assertEquals(3, walk.getTakesWanted());
		assertEquals("animatic", walk.getBackend());
		assertTrue(walk.isSetSeed());
		assertEquals(42L, walk.getSeed());
		assertEquals("steadicam follow, low angle", walk.getCamera());
		assertEquals("refs/start.png", walk.getImageInput());
		assertSame(walk, script.findShot("Look").getContinues());

		Shot dawn = script.findShot("Dawn");
		assertEquals(1, dawn.getTakesWanted(), "one take unless the script says");
		assertFalse(dawn.isSetSeed());
		assertNull(dawn.getBackend());
		assertNull(dawn.getCamera());
		assertNull(dawn.getImageInput());
	}

	@Test
	void beatsMayOmitTheirTimePlaceAndCast() {
		List<Beat> beats = Scripts.script(loadAllConstructs()).findShot("Walk").getBeats();
		assertFalse(beats.get(0).isSetTime(), "the first beat may omit its time");
		assertEquals(0.0, beats.get(0).startSeconds());
		assertEquals(List.of(4.0, 8.5, 10.0),
				beats.subList(1, 4).stream().map(Beat::getTime).toList());
		assertEquals(List.of(Approach.IN, Approach.THROUGH, Approach.OUT_TO, Approach.NONE),
				beats.stream().map(Beat::getApproach).toList());
		assertEquals("Street", beats.get(0).getLocation().getName());
		assertEquals(List.of("Ada", "Bo"), names(beats.get(0).getCast()));
		assertTrue(beats.get(1).getCast().isEmpty());
		assertEquals(List.of("Ada", "Bo"), names(beats.get(1).effectiveCast()), "keeps the previous cast");
		assertNull(beats.get(3).getLocation());
		assertEquals("Roof", beats.get(3).effectiveLocation().getName(), "keeps the previous place");
		assertEquals("she looks down at the city", beats.get(3).getAction());

		Beat castOnly = Scripts.script(loadAllConstructs()).findShot("Dawn").getBeats().get(0);
		assertNull(castOnly.getLocation());
		assertEquals(List.of("Bo"), names(castOnly.getCast()));
	}

	@Test
	void shotOptionsAndProjectSettingsMayComeInAnyOrder() {
		ShotsProject project = Scripts.load(folder, """
				project "Order" {
				    budget 10 USD
				    backend animatic
				    tempo 120 bpm
				}
				style S "s"
				sequence A {
				    shot One 4s seed 9 takes 2 style S backend animatic {
				        "one"
				    }
				}
				""");
		Scripts.assertNoDiagnostics(project);
		Shot one = Scripts.script(project).findShot("One");
		assertEquals(List.of(9L, 2, "S", "animatic"),
				List.of(one.getSeed(), one.getTakesWanted(), one.getStyle().getName(), one.getBackend()));
		assertEquals(120.0, Scripts.script(project).getSettings().getTempo());
	}

	@Test
	void aQuotedCameraMoveIsTheSameMove() {
		ShotsProject project = Scripts.load(folder, """
				sequence A {
				    shot One 4s {
				        camera "crane up, slowly"
				        "one"
				    }
				    shot Two 4s {
				        camera pan left / tilt up   // a comment after the move
				        "two"
				    }
				}
				""");
		Scripts.assertNoDiagnostics(project);
		assertEquals("crane up, slowly", Scripts.script(project).findShot("One").getCamera());
		assertEquals("pan left / tilt up", Scripts.script(project).findShot("Two").getCamera());
	}

	@Test
	void aMisspeltTokenIsASyntaxErrorInWords() {
		ShotsProject project = Scripts.load(folder, "sequence { }\n");
		ShotsDiagnostic error = project.diagnostics().get(0);
		assertEquals(ShotsDiagnostic.Severity.ERROR, error.severity());
		assertEquals("1:10", error.line() + ":" + error.column());
		assertEquals("missing a name at '{'", error.message());
	}

	@Test
	void secondsOfAClockTimeStayBelowSixty() {
		ShotsProject project = Scripts.load(folder, "sequence A at 1:60 { }\n");
		ShotsDiagnostic error = project.diagnostics().get(0);
		assertEquals("1:15", error.line() + ":" + error.column());
		assertEquals("1:60 is not a time: write minutes:seconds with seconds below 60", error.message());
	}

	@Test
	void aFileEndingInALoneCarriageReturnKeepsItsDiagnostics() {
		// Xtext 2.42 throws computing the end of a diagnostic there; found by FuzzTest.
		ShotsProject project = Scripts.load(folder, "style Noir\r");
		assertEquals(List.of("1:11 the file ends too early: expecting a text in quotes"), project.diagnostics().stream()
				.map(d -> d.line() + ":" + d.column() + " " + d.message()).toList());
	}

	@Test
	void aFileThatIsNotUtf8IsAnErrorNamingTheByte() {
		Scripts.write(folder, "script.shots", "");
		try {
			java.nio.file.Files.write(folder.resolve("script.shots"),
					new byte[] { 's', 't', 'y', 'l', 'e', ' ', 'A', ' ', '"', (byte) 0xE9, '"', '\n' });
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		ShotsProject project = Scripts.load(folder);
		assertEquals("This file is not UTF-8 text (the byte at offset 9 is not): save it as UTF-8",
				project.diagnostics().get(0).message());
	}

	private ShotsProject loadAllConstructs() {
		Scripts.write(folder, "script.shots", Scripts.resource("all-constructs.shots"));
		Scripts.wav(folder.resolve("media/song.wav"), 210);
		for (String image : List.of("refs/ada-front.png", "refs/ada-side.png", "refs/start.png")) {
			Scripts.image(folder.resolve(image), image);
		}
		return Scripts.load(folder);
	}

	private static List<String> names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).toList();
	}
}
