package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsDiagnostic.Severity;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.dsl.validation.CostEstimator;
import dev.longtake.dsl.validation.ShotsIssueCodes;

/**
 * Every rule of "What the tooling must say" in docs/shots-language.md: its severity, its
 * position and its message.
 */
class ValidationTest {

	/** The model's constraint codes (dev.longtake.model.util.LongtakeValidator). */
	private static final String BEAT_TIMES = "dev.longtake.model.10";
	private static final String DURATION = "dev.longtake.model.8";
	private static final String CONTINUATION_CYCLE = "dev.longtake.model.11";
	private static final String BAR = "dev.longtake.model.6";
	private static final String TRANSITION = "dev.longtake.model.7";

	@TempDir
	Path folder;

	// ------------------------------------------------------------------ names

	@Test
	void twoCharactersOfOneNameAreBothReported() {
		String script = """
				character Ernest "a young man"
				character Ernest "another young man"
				""";
		ShotsProject project = Scripts.load(folder, script);
		List<ShotsDiagnostic> duplicates = project.diagnostics().stream()
				.filter(d -> ShotsIssueCodes.DUPLICATE_NAME.equals(d.code())).toList();
		assertEquals(List.of("Character Ernest is defined more than once (also at line 2)",
				"Character Ernest is defined more than once (also at line 1)"),
				duplicates.stream().map(ShotsDiagnostic::message).toList());
		assertEquals(Scripts.at(script, "Ernest"), duplicates.get(0).line() + ":" + duplicates.get(0).column());
		assertEquals(List.of("Ernest", "line 2"), duplicates.get(0).data());
	}

	@Test
	void aShotNameUsedInAnotherFileIsADuplicate() {
		Scripts.write(folder, "act1.shots", "sequence One {\n    shot Kitchen 5s { \"a\" }\n}\n");
		String script = "sequence Two at 0:05 {\n    shot Kitchen 5s { \"b\" }\n}\n";
		ShotsProject project = Scripts.load(folder, script);
		assertEquals(2, project.diagnostics().size(), "reported in both files");
		project = Scripts.load(Scripts.write(folder, "script.shots", script));
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.DUPLICATE_NAME,
				Scripts.at(script, "Kitchen"), "Shot Kitchen is defined more than once (also at act1.shots:2)");
	}

	@Test
	void thingsOfDifferentKindsMayShareAName() {
		ShotsProject project = Scripts.load(folder, """
				location Kitchen "a kitchen"
				style Kitchen "kitchen-sink realism"
				sequence Kitchen {
				    shot Kitchen 5s style Kitchen {
				        in Kitchen: "breakfast"
				    }
				}
				""");
		Scripts.assertNoDiagnostics(project);
	}

	@Test
	void aFileHasOneProjectBlock() {
		String script = """
				project "One" {
				}
				project "Two" {
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.SECOND_PROJECT_BLOCK,
				Scripts.at(script, "project", 2),
				"A file has one project block; this one repeats the project block at line 1");
	}

	@Test
	void aProjectFolderHasOneProjectBlock() {
		Scripts.write(folder, "a.shots", "project \"First\" {\n}\n");
		String script = "\nproject \"Second\" {\n}\n";
		ShotsProject project = Scripts.load(folder, script);
		List<ShotsDiagnostic> findings = project.diagnostics();
		assertEquals(1, findings.size(), Scripts.describe(findings));
		ShotsDiagnostic second = findings.get(0);
		assertEquals(folder.resolve("script.shots"), second.file());
		assertEquals(Scripts.at(script, "\"Second\""), second.line() + ":" + second.column());
		assertEquals("The project block is already at a.shots:1: a project folder has one project block",
				second.message());
	}

	// ------------------------------------------------------------------ backends

	@Test
	void anUnknownDefaultBackendOffersTheCloseNames() {
		String script = "project \"P\" {\n    backend comfyu\n}\n";
		ShotsProject project = load(script, withBackend(BackendLimits.builder("comfyui").build()));
		ShotsDiagnostic unknown = Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.UNKNOWN_BACKEND,
				Scripts.at(script, "comfyu"), "Unknown backend 'comfyu'. Did you mean comfyui?");
		assertEquals(List.of("comfyui"), unknown.data());
	}

	@Test
	void anUnknownShotBackendNamesTheBackendsThereAre() {
		String script = "sequence A {\n    shot B 5s backend runway { \"x\" }\n}\n";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.UNKNOWN_BACKEND, Scripts.at(script, "runway"),
				"Unknown backend 'runway'. The only backend is animatic.");
	}

	@Test
	void aShotLongerThanItsBackendRendersIsAnError() {
		String script = "sequence A {\n    shot Long 75s { \"x\" }\n}\n";
		ShotsProject project = Scripts.load(folder, script);
		ShotsDiagnostic tooLong = Scripts.assertDiagnostic(project, Severity.ERROR,
				ShotsIssueCodes.TOO_LONG_FOR_BACKEND, Scripts.at(script, "75s"),
				"Shot Long lasts 75 s, longer than the 60 s backend animatic renders");
		assertEquals(List.of("60"), tooLong.data());
	}

	@Test
	void aFrameSizeTheDefaultBackendDoesNotRenderIsAnErrorAtTheFormat() {
		String script = """
				project "P" {
				    format 1280x720 at 24 fps
				    backend runway
				}
				""";
		ShotsProject project = load(script, withBackend(
				BackendLimits.builder("runway").size(1280, 768).size(768, 1280).frameRate(24).build()));
		ShotsDiagnostic size = Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.SIZE_NOT_RENDERED,
				Scripts.at(script, "1280x720"),
				"Backend runway renders 1280x768 or 768x1280, not the project's format 1280x720");
		assertEquals(List.of("1280x768", "768x1280"), size.data());
		Scripts.assertNoDiagnostic(project, ShotsIssueCodes.FRAME_RATE_NOT_RENDERED);
	}

	@Test
	void aFrameRateTheBackendDoesNotRenderIsAnError() {
		String script = "project \"P\" {\n    format 1280x768 at 30 fps\n    backend runway\n}\n";
		ShotsProject project = load(script,
				withBackend(BackendLimits.builder("runway").size(1280, 768).frameRate(24).frameRate(25).build()));
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.FRAME_RATE_NOT_RENDERED,
				Scripts.at(script, "1280x768"), "Backend runway renders 24 or 25 fps, not the project's format 30 fps");
	}

	@Test
	void aShotOnAnotherBackendIsCheckedAgainstThatBackendsSizes() {
		String script = """
				project "P" {
				    format 1280x720 at 24 fps
				}
				sequence A {
				    shot B 5s backend runway { "x" }
				}
				""";
		ShotsProject project = load(script, withBackend(BackendLimits.builder("runway").size(1280, 768).build()));
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.SIZE_NOT_RENDERED,
				Scripts.at(script, "runway"), "Backend runway renders 1280x768, not the project's format 1280x720");
	}

	@Test
	void fromImageNeedsABackendWithImageInput() {
		Scripts.image(folder.resolve("refs/key.png"), "key");
		String script = """
				sequence A {
				    shot B 5s backend words {
				        from image "refs/key.png"
				        "x"
				    }
				}
				""";
		ShotsProject project = load(script, withBackend(BackendLimits.builder("words").imageInput(false).build()));
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.NO_IMAGE_INPUT,
				Scripts.at(script, "\"refs/key.png\""),
				"Backend words does not render from an image; shot B needs one for 'from image'");
	}

	@Test
	void aCompiledPromptLongerThanTheBackendTakesIsAnError() {
		String script = """
				style Vintage "shot on 35mm film, 1980s, warm grain, soft halation"
				sequence A {
				    shot Hallway 10s style Vintage backend terse {
				        camera dolly forward
				        "the camera glides through the crowd toward them"
				    }
				    shot Short 5s backend terse {
				        "ok"
				    }
				}
				""";
		ShotsContext context = withBackend(BackendLimits.builder("terse").maxPromptLength(60).build());
		ShotsProject project = load(script, context);
		int length = context.compiler().prompt(Scripts.script(project).findShot("Hallway")).length();
		assertTrue(length > 60, "the prompt is " + length);
		ShotsDiagnostic tooLong = Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.PROMPT_TOO_LONG,
				Scripts.at(script, "Hallway"),
				"The compiled prompt of shot Hallway is " + length + " characters; backend terse takes at most 60");
		assertEquals(List.of(Integer.toString(length), "60"), tooLong.data());
	}

	@Test
	void aShotMayWantAtMostAThousandTakes() {
		String script = "sequence A {\n    shot B 5s takes 1001 { \"x\" }\n}\n";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.TOO_MANY_TAKES, Scripts.at(script, "1001"),
				"Shot B wants 1001 takes; a shot may have at most 1000");
	}

	// ------------------------------------------------------------------ files

	@Test
	void aMissingReferenceImageIsAnErrorAtItsPath() {
		Scripts.image(folder.resolve("refs/ernest-front.png"), "front");
		String script = """
				character Ernest "a young man" {
				    reference "refs/ernest-front.png"
				    reference "refs/ernest-side.png"
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		ShotsDiagnostic missing = Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.IMAGE_NOT_FOUND,
				Scripts.at(script, "\"refs/ernest-side.png\""),
				"Reference image refs/ernest-side.png of Ernest does not exist (looked for "
						+ folder.resolve("refs/ernest-side.png") + ")");
		assertEquals(List.of("refs/ernest-side.png", folder.resolve("refs/ernest-side.png").toString()),
				missing.data());
	}

	@Test
	void aMissingImageForImageToVideoIsAnError() {
		String script = """
				sequence A {
				    shot Kitchen 5s {
				        from image "refs/kitchen-keyframe.png"
				        "x"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.IMAGE_NOT_FOUND,
				Scripts.at(script, "\"refs/kitchen-keyframe.png\""),
				"Image refs/kitchen-keyframe.png of shot Kitchen does not exist (looked for "
						+ folder.resolve("refs/kitchen-keyframe.png") + ")");

		Scripts.image(folder.resolve("refs/kitchen-keyframe.png"), "keyframe");
		Scripts.assertNoDiagnostics(Scripts.load(folder));
	}

	@Test
	void aMissingSongIsAWarning() {
		String script = "project \"P\" {\n    song \"media/song.wav\"\n}\n";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.WARNING, ShotsIssueCodes.SONG_NOT_FOUND,
				Scripts.at(script, "\"media/song.wav\""),
				"Song media/song.wav does not exist (looked for " + folder.resolve("media/song.wav") + ")");
	}

	@Test
	void aSongWhoseLengthCannotBeReadIsNoted() {
		Scripts.write(folder, "media/song.mp3", "not a wav");
		String script = "project \"P\" {\n    song \"media/song.mp3\"\n}\n";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.INFO, ShotsIssueCodes.SONG_LENGTH_UNKNOWN,
				Scripts.at(script, "\"media/song.mp3\""),
				"The length of song media/song.mp3 cannot be read (Java reads WAV, AIFF and AU): "
						+ "shots past its end are not reported");
	}

	// ------------------------------------------------------------------ takes, song, budget

	@Test
	void continuingAShotWithoutAChosenTakeIsAWarningUntilTheLedgerHasOne() {
		String script = """
				sequence Years {
				    shot Kitchen 16s {
				        "decades pass"
				    }
				    shot Porch 10s continues Kitchen {
				        "out onto the porch"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		ShotsDiagnostic warning = Scripts.assertDiagnostic(project, Severity.WARNING,
				ShotsIssueCodes.CONTINUES_WITHOUT_CHOSEN_TAKE, Scripts.at(script, "Kitchen", 2),
				"Shot Porch continues Kitchen, which has no chosen take yet: render Kitchen and circle a take before "
						+ "rendering Porch");
		assertEquals(List.of("Kitchen"), warning.data());

		ShotsProject withLedger = Scripts.load(folder,
				ShotsContext.defaults().withChosenTakes(shot -> shot.equals("Kitchen")));
		Scripts.assertNoDiagnostics(withLedger);
	}

	@Test
	void sequencesThatOverlapOnTheSongAreAWarning() {
		String script = """
				sequence First at 0:00 {
				    shot A 20s { "a" }
				}
				sequence Second at 0:10 {
				    shot B 5s { "b" }
				}
				sequence Third at 0:25 {
				    shot C 5s { "c" }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		ShotsDiagnostic overlap = Scripts.assertDiagnostic(project, Severity.WARNING,
				ShotsIssueCodes.SEQUENCES_OVERLAP, Scripts.at(script, "0:10"),
				"Sequence Second starts at 0:10, before sequence First ends at 0:20");
		assertEquals(List.of("First", "20"), overlap.data());
	}

	@Test
	void aShotThatRunsPastTheSongsEndIsAWarning() {
		Scripts.wav(folder.resolve("media/song.wav"), 30);
		String script = """
				project "P" {
				    song "media/song.wav"
				}
				sequence Only at 0:05 {
				    shot A 20s { "a" }
				    shot B 10s { "b" }
				    shot C 10s { "c" }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		ShotsDiagnostic past = Scripts.assertDiagnostic(project, Severity.WARNING, ShotsIssueCodes.PAST_SONG_END,
				Scripts.at(script, "B 10s"),
				"Shot B ends at 0:35, after the song ends at 0:30 (and so do the shots after it)");
		assertEquals(List.of("30"), past.data());
	}

	@Test
	void aRenderPlanAboveTheBudgetIsAWarning() {
		String script = """
				project "P" {
				    budget 650 USD
				}
				sequence A {
				    shot B 5s takes 8 { "b" }
				    shot C 5s { "c" }
				}
				""";
		List<Integer> counted = new ArrayList<>();
		CostEstimator estimator = (requests, currency) -> {
			counted.add(requests.size());
			assertEquals("USD", currency);
			return Optional.of(new BigDecimal("80.00").multiply(BigDecimal.valueOf(requests.size())));
		};
		ShotsProject project = load(script, ShotsContext.defaults().withCosts(estimator));
		ShotsDiagnostic over = Scripts.assertDiagnostic(project, Severity.WARNING, ShotsIssueCodes.OVER_BUDGET,
				Scripts.at(script, "650"),
				"The render plan is estimated at 720.00 USD, above the budget of 650 USD (a render of it is refused)");
		assertEquals(List.of("720.00", "650"), over.data());
		assertEquals(List.of(9), counted, "one request per take");

		Scripts.assertNoDiagnostics(Scripts.load(folder,
				ShotsContext.defaults().withCosts((requests, currency) -> Optional.of(new BigDecimal("650")))));
		Scripts.assertNoDiagnostics(Scripts.load(folder)); // no estimate: no warning
	}

	// ------------------------------------------------------------------ the model's own rules

	@Test
	void beatTimesMustIncrease() {
		String script = """
				sequence A {
				    shot B 20s {
				        0s "a"
				        7s "b"
				        5s "c"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, BEAT_TIMES, Scripts.at(script, "5s"),
				"The beat at 5s must come after the beat at 7s in shot 'B'");
	}

	@Test
	void aBeatAtOrAfterTheShotsEndIsAnError() {
		String script = """
				sequence A {
				    shot Bleachers 12s {
				        "a"
				        14s "b"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, BEAT_TIMES, Scripts.at(script, "14s"),
				"The beat at 14s is at or after the end of shot 'Bleachers' (12s)");
	}

	@Test
	void modelRulesAreReportedAtTheirText() {
		String script = """
				sequence A at bar 5 {
				    shot Empty 0s { "a" }
				    shot Loop1 5s continues Loop2 { "b" }
				    shot Loop2 5s continues Loop1 { "c" }
				    transition crossfade
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		List<String> found = project.diagnostics().stream()
				.map(d -> d.code() + " " + d.line() + ":" + d.column() + " " + d.message()).toList();
		assertTrue(found.contains(BAR + " " + Scripts.at(script, "5 {")
				+ " Bar 5 cannot be placed on the song: the project sets no tempo"), String.join("\n", found));
		assertTrue(found.contains(DURATION + " " + Scripts.at(script, "0s")
				+ " Shot 'Empty' must last more than 0s (it lasts 0s)"), String.join("\n", found));
		assertTrue(found.contains(CONTINUATION_CYCLE + " " + Scripts.at(script, "Loop2", 1)
				+ " Shot 'Loop1' continues itself: Loop1 -> Loop2 -> Loop1"), String.join("\n", found));
		assertTrue(found.contains(TRANSITION + " " + Scripts.at(script, "transition crossfade")
				+ " A crossfade needs a duration above 0s (it is 0s)"), String.join("\n", found));
	}

	@Test
	void anUnknownNameIsReportedOnceNotAlsoAsAnUnresolvedProxy() {
		ShotsProject project = Scripts.load(folder, "sequence A {\n    shot B 5s { in Nowhere: \"x\" }\n}\n");
		assertEquals(List.of(ShotsIssueCodes.UNKNOWN_NAME),
				project.diagnostics().stream().map(ShotsDiagnostic::code).toList(),
				Scripts.describe(project.diagnostics()));
	}

	@Test
	void theSpecExampleIsCleanOnceItsFilesBackendAndTakesExist() {
		Scripts.write(folder, "script.shots", Scripts.specExample());
		Scripts.wav(folder.resolve("media/the-hardest-part.wav"), 60);
		Scripts.image(folder.resolve("refs/ernest-front.png"), "front");
		Scripts.image(folder.resolve("refs/kitchen-keyframe.png"), "keyframe");
		ShotsContext context = withBackend(BackendLimits.builder("comfyui").imageInput(true).build())
				.withChosenTakes(Set.of("Kitchen")::contains);
		Scripts.assertNoDiagnostics(Scripts.load(folder, context));
	}

	private ShotsProject load(String script, ShotsContext context) {
		Scripts.write(folder, "script.shots", script);
		return Scripts.load(folder, context);
	}

	private static ShotsContext withBackend(BackendLimits limits) {
		BackendRegistry registry = BackendRegistry.withBuiltIns();
		registry.register(limits);
		return ShotsContext.defaults().withBackends(registry);
	}

	@Test
	void aBadLengthIsOneErrorThatSaysWhatALengthIs() {
		ShotsProject project = Scripts.load(folder, """
				sequence Opening {
				    shot Lockers 8x {
				        "Theo opens his locker"
				    }
				}
				""");
		List<ShotsDiagnostic> errors = project.diagnostics().stream()
				.filter(d -> d.severity() == ShotsDiagnostic.Severity.ERROR).toList();
		assertEquals(1, errors.size(), Scripts.describe(errors));
		ShotsDiagnostic error = errors.get(0);
		assertEquals(2, error.line(), Scripts.describe(errors));
		assertEquals(18, error.column(), Scripts.describe(errors));
		assertEquals("'8x' is not a length: a shot's length is in seconds, such as 8s or 2.5s", error.message());
	}
}
