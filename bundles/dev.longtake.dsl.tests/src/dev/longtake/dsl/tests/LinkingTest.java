package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsDiagnostic.Severity;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.validation.ShotsIssueCodes;
import dev.longtake.model.Beat;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;

/** Names resolve across every .shots file of a project folder; unknown names offer close ones. */
class LinkingTest {

	private static final String CAST = """
			style Vintage "shot on 35mm film"
			character Ernest "a young man, curly brown hair"
			character Lane "a young woman, red hair"
			location Corridor "a high-school corridor"
			location Field "a football field at dusk"
			""";

	@TempDir
	Path folder;

	@Test
	void theCastOfOneFileIsKnownInAnother() {
		Scripts.write(folder, "cast.shots", CAST);
		ShotsProject project = Scripts.load(folder, """
				sequence HighSchool {
				    shot Hallway 10s style Vintage {
				        in Corridor with Ernest, Lane: "they walk"
				        5s out to Field: "out to the field"
				    }
				}
				""");
		Scripts.assertNoDiagnostics(project);
		assertEquals(List.of(folder.resolve("cast.shots"), folder.resolve("script.shots")), project.files());

		Shot hallway = Scripts.script(project).findShot("Hallway");
		Script cast = project.script(folder.resolve("cast.shots")).orElseThrow();
		assertSame(cast.getStyles().get(0), hallway.getStyle());
		Beat first = hallway.getBeats().get(0);
		assertSame(cast.getLocations().get(0), first.getLocation());
		assertEquals(cast.getCharacters(), first.getCast());
		assertSame(cast.getLocations().get(1), hallway.getBeats().get(1).getLocation());
	}

	@Test
	void aShotContinuesAShotOfAnotherFile() {
		Scripts.write(folder, "act1.shots", """
				sequence One {
				    shot Kitchen 10s {
				        "breakfast"
				    }
				}
				""");
		ShotsProject project = Scripts.load(folder, """
				sequence Two {
				    shot Porch 10s continues Kitchen {
				        "out to the porch"
				    }
				}
				""");
		Shot porch = Scripts.script(project).findShot("Porch");
		assertEquals("Kitchen", porch.getContinues().getName());
		assertSame(project.script(folder.resolve("act1.shots")).orElseThrow().findShot("Kitchen"),
				porch.getContinues());
	}

	@Test
	void anUnknownCharacterOffersTheCloseNames() {
		Scripts.write(folder, "cast.shots", CAST);
		String script = """
				sequence HighSchool {
				    shot Hallway 10s {
				        in Corridor with Ernst: "he walks"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		ShotsDiagnostic unknown = Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.UNKNOWN_NAME,
				Scripts.at(script, "Ernst"), "Unknown character 'Ernst'. Did you mean Ernest?");
		assertEquals(List.of("Ernest"), unknown.data(), "the quick fix's replacement");
		assertEquals("Ernst".length(), unknown.length());
	}

	@Test
	void closeNamesComeClosestFirstAndAtMostThree() {
		String script = """
				location Barn "a barn"
				location Bar "a bar"
				location Bark "tree bark"
				location Bart "a man's name"
				location Zoo "a zoo"
				sequence A {
				    shot B 5s {
				        in Baro: "somewhere"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		ShotsDiagnostic unknown = Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.UNKNOWN_NAME,
				Scripts.at(script, "Baro"), "Unknown location 'Baro'. Did you mean Bar, Bark or Barn?");
		assertEquals(List.of("Bar", "Bark", "Barn"), unknown.data(), "equally close names in alphabetical order");
	}

	@Test
	void withNothingCloseAFewNamesAreListed() {
		Scripts.write(folder, "cast.shots", CAST);
		String script = """
				sequence A {
				    shot B 5s {
				        into Moon: "up"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		ShotsDiagnostic unknown = Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.UNKNOWN_NAME,
				Scripts.at(script, "Moon"), "Unknown location 'Moon'. The locations are Corridor and Field.");
		assertTrue(unknown.data().isEmpty());
	}

	@Test
	void aKindWithNoNamesYetSaysHowToWriteOne() {
		String script = """
				sequence A {
				    shot B 5s style Noir {
				        "dark"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.UNKNOWN_NAME, Scripts.at(script, "Noir"),
				"Unknown style 'Noir'. The project has no style yet: write one with 'style Noir ...'.");
	}

	@Test
	void anUnknownContinuedShotOffersShotsOfEveryFile() {
		Scripts.write(folder, "act1.shots", """
				sequence One {
				    shot Kitchen 10s {
				        "breakfast"
				    }
				}
				""");
		String script = """
				sequence Two {
				    shot Porch 10s continues Kitchn {
				        "out to the porch"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.UNKNOWN_NAME,
				Scripts.at(script, "Kitchn"), "Unknown shot 'Kitchn'. Did you mean Kitchen?");
	}

	@Test
	void aCharacterIsCastOnceInABeat() {
		Scripts.write(folder, "cast.shots", CAST);
		String script = """
				sequence A {
				    shot B 5s {
				        in Field with Lane, Lane: "twice"
				    }
				}
				""";
		ShotsProject project = Scripts.load(folder, script);
		Scripts.assertDiagnostic(project, Severity.ERROR, ShotsIssueCodes.REPEATED_CAST,
				Scripts.at(script, "Lane", 2), "Lane is already in the cast of this beat.");
	}

	@Test
	void checkingOneFileReportsOnlyItsFindingsButResolvesTheOthers() throws Exception {
		Scripts.write(folder, "cast.shots", CAST + "character Ernest \"a duplicate in the other file\"\n");
		Path script = Scripts.write(folder, "script.shots", """
				sequence A {
				    shot B 5s {
				        in Field with Ernest: "x"
				    }
				}
				""");
		Scripts.write(folder, "broken.shots", "sequence {");

		ShotsProject whole = ShotsProject.load(folder);
		assertTrue(whole.diagnostics().stream().anyMatch(d -> d.file().endsWith("broken.shots")));

		ShotsProject one = ShotsProject.load(script);
		assertEquals(List.of(script), one.reportedFiles());
		assertEquals(3, one.files().size(), "all files are loaded for names");
		List<ShotsDiagnostic> findings = one.diagnostics();
		assertTrue(findings.stream().allMatch(d -> d.file().equals(script)), Scripts.describe(findings));
		assertFalse(findings.stream().anyMatch(d -> d.severity() == Severity.ERROR), Scripts.describe(findings));
		assertEquals("Field", Scripts.script(one).findShot("B").getBeats().get(0).getLocation().getName());
	}
}
