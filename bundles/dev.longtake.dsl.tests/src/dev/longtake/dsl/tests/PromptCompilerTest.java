package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.dsl.prompt.ImageReference;
import dev.longtake.dsl.prompt.ShotCompiler;
import dev.longtake.dsl.prompt.StandardPromptCompiler;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;

/** What compiling a shot produces (docs/shots-language.md, "What compiling a shot produces"). */
class PromptCompilerTest {

	@TempDir
	Path folder;

	@Test
	void theHallwayPromptIsTheSpecsCompiledPrompt() {
		Shot hallway = specExample().findShot("Hallway");
		String prompt = StandardPromptCompiler.INSTANCE.prompt(hallway);
		assertEquals("Shot on 35mm film, 1980s, warm grain, soft halation. "
				+ "One continuous shot, camera dolly forward. "
				+ "0-7 s: in a crowded 1980s high-school corridor lined with green lockers: "
				+ "the camera glides through the crowd toward them. "
				+ "7-14 s: continuing without a cut into a sunlit classroom with wooden desks and a chalkboard: "
				+ "through a doorway, Lane slips Ernest a folded note. "
				+ "14-20 s: continuing without a cut out to a football field at dusk, stadium lights flickering on: "
				+ "out through the window as the stadium lights come on. "
				+ "Ernest: a young man, curly brown hair, denim jacket, white t-shirt. "
				+ "Lane: a young woman, shoulder-length red hair, yellow knit sweater.", prompt);
	}

	@Test
	void theHallwayPromptHoldsEveryPieceOfTheSpecsPromptInItsOrder() {
		String prompt = StandardPromptCompiler.INSTANCE.prompt(specExample().findShot("Hallway"));
		// The spec's compiled prompt, cut where it says "in substance" (its punctuation between a
		// place and its action differs from beat to beat).
		List<String> pieces = List.of("Shot on 35mm film, 1980s, warm grain, soft halation.",
				"One continuous shot, camera dolly forward.", "0-7 s: in a crowded 1980s high-school corridor",
				"lined with green lockers", "the camera glides through the crowd toward them.",
				"7-14 s: continuing without a cut into a sunlit classroom with wooden desks and a chalkboard:",
				"through a doorway, Lane slips Ernest a folded note.",
				"14-20 s:", "out to a football field at dusk, stadium lights flickering on:",
				"out through the window as the stadium lights come on.",
				"Ernest: a young man, curly brown hair, denim jacket, white t-shirt.",
				"Lane: a young woman, shoulder-length red hair, yellow knit sweater.");
		int from = 0;
		for (String piece : pieces) {
			int at = prompt.indexOf(piece, from);
			assertTrue(at >= 0, "'" + piece + "' after offset " + from + " in: " + prompt);
			from = at + piece.length();
		}
	}

	@Test
	void aOneBeatShotSpansTheWholeShot() {
		assertEquals("Shot on 35mm film, 1980s, warm grain, soft halation. One continuous shot, camera slow push-in. "
				+ "0-12 s: in a football field at dusk, stadium lights flickering on: "
				+ "Ernest sits alone on the bleachers, wind in his hair. "
				+ "Ernest: a young man, curly brown hair, denim jacket, white t-shirt.",
				StandardPromptCompiler.INSTANCE.prompt(specExample().findShot("Bleachers")));
	}

	@Test
	void aContinuingShotStartsWhereTheContinuedOneEnds() {
		// Porch names no place and no cast: it keeps Kitchen's, and says where it starts.
		assertEquals("One continuous shot. 0-10 s: in a small farmhouse kitchen, morning light: "
				+ "the camera drifts out onto the porch at night. "
				+ "Ernest: a young man, curly brown hair, denim jacket, white t-shirt. "
				+ "Lane: a young woman, shoulder-length red hair, yellow knit sweater.",
				StandardPromptCompiler.INSTANCE.prompt(specExample().findShot("Porch")));
	}

	@Test
	void movingOnAfterEarlierFootageSaysThereIsNoCut() {
		Script script = Scripts.script(Scripts.load(folder, """
				location Hall "a hall"
				location Garden "a garden"
				sequence A {
				    shot First 5s { in Hall: "a" }
				    shot Next 8s continues First {
				        through Garden: "b"
				        4s in Hall: "c"
				        6s "d"
				    }
				}
				"""));
		assertEquals("One continuous shot. 0-4 s: continuing without a cut through a garden: b. "
				+ "4-6 s: in a hall: c. 6-8 s: d.", StandardPromptCompiler.INSTANCE.prompt(script.findShot("Next")));
		assertEquals("One continuous shot. 0-5 s: in a hall: a.",
				StandardPromptCompiler.INSTANCE.prompt(script.findShot("First")));
	}

	@Test
	void theCameraSentenceSaysContinuousOnce() {
		Script script = Scripts.script(Scripts.load(folder, """
				sequence A {
				    shot One 5s { camera continuous
				        "a" }
				    shot Two 5s { camera crane up, continuous
				        "a" }
				    shot Three 5s { camera slow continuous
				        "a" }
				    shot Four 5s { camera discontinuous jump cuts
				        "a" }
				}
				"""));
		assertEquals(List.of("One continuous shot. 0-5 s: a.", "One continuous shot, camera crane up. 0-5 s: a.",
				"One continuous shot, camera slow. 0-5 s: a.",
				"One continuous shot, camera discontinuous jump cuts. 0-5 s: a."),
				script.allShots().stream().map(StandardPromptCompiler.INSTANCE::prompt).toList());
	}

	@Test
	void eachCharacterIsDescribedOnceInOrderOfAppearance() {
		Script script = Scripts.script(Scripts.load(folder, """
				character Ann "a pilot."
				character Ben "a mechanic!"
				character Cy "a dog"
				location Hangar "a hangar"
				sequence A {
				    shot One 9s {
				        in Hangar with Ben: "Ben works"
				        3s with Ann, Ben: "Ann arrives"
				        6s "they talk"
				    }
				}
				"""));
		assertEquals("One continuous shot. 0-3 s: in a hangar: Ben works. 3-6 s: Ann arrives. 6-9 s: they talk. "
				+ "Ben: a mechanic! Ann: a pilot.", StandardPromptCompiler.INSTANCE.prompt(script.findShot("One")));
	}

	@Test
	void namesThatResolveToNothingAreLeftOut() {
		Script script = Scripts.script(Scripts.load(folder, """
				sequence A {
				    shot One 6s style Missing {
				        in Nowhere with Nobody: "something happens"
				    }
				}
				"""));
		assertEquals("One continuous shot. 0-6 s: something happens.",
				StandardPromptCompiler.INSTANCE.prompt(script.findShot("One")));
	}

	@Test
	void everyTakeIsARequestWithItsShotsParameters() {
		ShotsProject project = Scripts.load(folder, Scripts.specExample());
		Shot hallway = Scripts.script(project).findShot("Hallway");
		List<GenerationRequest> takes = project.context().compiler().compile(hallway);
		assertEquals(8, takes.size());
		assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), takes.stream().map(GenerationRequest::take).toList());
		GenerationRequest first = takes.get(0);
		assertEquals("Hallway", first.shotName());
		assertEquals(8, first.takes());
		assertEquals(StandardPromptCompiler.INSTANCE.prompt(hallway), first.prompt());
		assertEquals(20.0, first.durationSeconds());
		assertEquals(List.of(1280, 720), List.of(first.width(), first.height()));
		assertEquals(24.0, first.fps());
		assertNull(first.seed(), "no seed: the backend picks");
		assertEquals("animatic", first.backend());
		assertNull(first.imageInput());
		assertNull(first.continuesShot());
		assertEquals(8, takes.stream().map(GenerationRequest::hash).distinct().count(), "eight distinct takes");
	}

	@Test
	void referenceImagesComeFromTheCastWithTheirContentDigest() throws Exception {
		Scripts.image(folder.resolve("refs/ernest-front.png"), "front view");
		ShotsProject project = Scripts.load(folder, Scripts.specExample());
		Script script = Scripts.script(project);
		ShotCompiler compiler = project.context().compiler();

		GenerationRequest hallway = compiler.compile(script.findShot("Hallway")).get(0);
		String digest = HexFormat.of().formatHex(
				MessageDigest.getInstance("SHA-256").digest("front view".getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of(new ImageReference("refs/ernest-front.png", digest)), hallway.referenceImages());

		GenerationRequest kitchen = compiler.compile(script.findShot("Kitchen")).get(0);
		assertEquals(new ImageReference("refs/kitchen-keyframe.png", null), kitchen.imageInput(), "missing: no digest");
		assertEquals("comfyui", kitchen.backend());
		assertEquals(1234L, kitchen.seed());

		GenerationRequest porch = compiler.compile(script.findShot("Porch")).get(0);
		assertEquals("Kitchen", porch.continuesShot());
		assertEquals(hallway.referenceImages(), porch.referenceImages(), "Ernest is kept from Kitchen");
	}

	@Test
	void aBackendWithoutImageInputGetsNoReferenceImages() {
		Scripts.image(folder.resolve("refs/ernest-front.png"), "front view");
		BackendRegistry registry = BackendRegistry.withBuiltIns();
		registry.register(BackendLimits.builder("words").referenceImages(false).build());
		ShotsProject project = Scripts.load(folder, Scripts.specExample().replace("backend animatic", "backend words"));
		ShotCompiler compiler = new ShotCompiler(registry);
		GenerationRequest hallway = compiler.compile(Scripts.script(project).findShot("Hallway")).get(0);
		assertEquals("words", hallway.backend());
		assertTrue(hallway.referenceImages().isEmpty());
	}

	@Test
	void aSeededShotSeedsEachTakeFromItsSeed() {
		Script script = Scripts.script(Scripts.load(folder, """
				sequence A {
				    shot B 5s takes 3 seed 1234 { "b" }
				}
				"""));
		List<GenerationRequest> takes = new ShotCompiler(BackendRegistry.shared()).compile(script.findShot("B"));
		assertEquals(List.of(1234L, 1235L, 1236L), takes.stream().map(GenerationRequest::seed).toList());
		assertEquals(0L, ShotCompiler.seedOfTake(Long.MAX_VALUE, 2), "wraps past the largest seed to 0");
	}

	@Test
	void withoutAProjectFormatTheDefaultsApply() {
		Script script = Scripts.script(Scripts.load(folder, "sequence A {\n    shot B 5s { \"b\" }\n}\n"));
		GenerationRequest request = new ShotCompiler(BackendRegistry.shared()).compile(script.findShot("B")).get(0);
		assertEquals(List.of(ShotCompiler.DEFAULT_WIDTH, ShotCompiler.DEFAULT_HEIGHT),
				List.of(request.width(), request.height()));
		assertEquals(ShotCompiler.DEFAULT_FPS, request.fps());
		assertEquals(BackendRegistry.DEFAULT_BACKEND, request.backend());
	}

	@Test
	void aBackendMayBringItsOwnPromptCompiler() {
		BackendRegistry registry = BackendRegistry.withBuiltIns();
		registry.register(BackendLimits.builder("shouty").build(),
				shot -> StandardPromptCompiler.INSTANCE.prompt(shot).toUpperCase(java.util.Locale.ROOT));
		ShotsProject project = Scripts.load(folder, "sequence A {\n    shot B 5s backend shouty { \"quiet\" }\n}\n",
				ShotsContext.defaults().withBackends(registry));
		GenerationRequest request = project.requests().get(0);
		assertEquals("ONE CONTINUOUS SHOT. 0-5 S: QUIET.", request.prompt());
		assertNotNull(request.hash());
	}

	private Script specExample() {
		return Scripts.script(Scripts.load(folder, Scripts.specExample()));
	}
}
