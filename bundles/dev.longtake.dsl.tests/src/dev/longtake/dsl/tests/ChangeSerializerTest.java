package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ScriptEditing;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.model.Approach;
import dev.longtake.model.Beat;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;

/**
 * Model edits (as the storyboard makes them) written back through Xtext's IChangeSerializer
 * ({@link ScriptEditing}): comments and the layout of untouched lines stay as the director
 * wrote them; the lines an edit touches get the canonical layout.
 */
class ChangeSerializerTest {

	private static final String SCRIPT = """
			// Act one
			location Kitchen "a kitchen"
			location Porch "a porch"

			sequence Morning at 0:00 {
			    // the first shot: breakfast
			    shot Breakfast   20s takes 2 {   // long take
			        in Kitchen: "toast"            /* keep this */
			        12s into Porch: "outside"
			    }
			    shot Coffee 8s {
			        "steam rises"   // close-up
			    }
			}
			""";

	@TempDir
	Path folder;

	@Test
	void reorderingShotsRewritesOnlyTheirLines() {
		// The moved shot is written anew in the canonical layout; the one it moved past keeps
		// its comments and its spacing.
		ShotsProject project = Scripts.load(folder, SCRIPT);
		Sequence morning = Scripts.script(project).getSequences().get(0);
		Map<String, String> texts = apply(project, () -> morning.getShots().move(0, 1));
		assertEquals("""
				// Act one
				location Kitchen "a kitchen"
				location Porch "a porch"

				sequence Morning at 0:00 {
				    shot Coffee 8s {
				        "steam rises" // close-up
				    }
				    // the first shot: breakfast
				    shot Breakfast   20s takes 2 {   // long take
				        in Kitchen: "toast"            /* keep this */
				        12s into Porch: "outside"
				    }
				}
				""", texts.get("script.shots"));
	}

	@Test
	void changingADurationRewritesOnlyThatNumber() {
		ShotsProject project = Scripts.load(folder, SCRIPT);
		Shot breakfast = Scripts.script(project).findShot("Breakfast");
		Map<String, String> texts = apply(project, () -> breakfast.setDuration(24.5));
		assertEquals(SCRIPT.replace("Breakfast   20s", "Breakfast   24.5s"), texts.get("script.shots"));
	}

	@Test
	void addingABeatWritesItOnItsOwnIndentedLine() {
		ShotsProject project = Scripts.load(folder, SCRIPT);
		Script script = Scripts.script(project);
		Shot coffee = script.findShot("Coffee");
		Map<String, String> texts = apply(project, () -> {
			Beat beat = LongtakeFactory.eINSTANCE.createBeat();
			beat.setTime(4);
			beat.setApproach(Approach.INTO);
			beat.setLocation(script.getLocations().get(1));
			beat.setAction("a bird lands");
			coffee.getBeats().add(beat);
		});
		assertEquals(SCRIPT.replace("""
				        "steam rises"   // close-up
				""", """
				        "steam rises"   // close-up
				        4s into Porch: "a bird lands"
				"""), texts.get("script.shots"));
	}

	@Test
	void removingABeatRemovesItsLine() {
		ShotsProject project = Scripts.load(folder, SCRIPT);
		Shot breakfast = Scripts.script(project).findShot("Breakfast");
		Map<String, String> texts = apply(project, () -> breakfast.getBeats().remove(1));
		assertEquals(SCRIPT.replace("        12s into Porch: \"outside\"\n", ""), texts.get("script.shots"));
	}

	@Test
	void addingAShotWritesItInTheCanonicalLayout() {
		ShotsProject project = Scripts.load(folder, SCRIPT);
		Sequence morning = Scripts.script(project).getSequences().get(0);
		Map<String, String> texts = apply(project, () -> {
			Shot toast = LongtakeFactory.eINSTANCE.createShot();
			toast.setName("Toast");
			toast.setDuration(5);
			toast.setTakesWanted(4);
			toast.setCamera("macro slide");
			Beat beat = LongtakeFactory.eINSTANCE.createBeat();
			beat.setAction("crumbs fall");
			toast.getBeats().add(beat);
			morning.getShots().add(toast);
		});
		assertEquals(SCRIPT.replace("""
				        "steam rises"   // close-up
				    }
				""", """
				        "steam rises"   // close-up
				    }
				    shot Toast 5s takes 4 {
				        camera macro slide
				        "crumbs fall"
				    }
				"""), texts.get("script.shots"));
	}

	@Test
	void renamingAShotRenamesItsContinuationsInOtherFiles() {
		Scripts.write(folder, "act2.shots", """
				sequence Later at 0:40 {
				    shot Garden 6s continues Coffee { // same cup
				        "the cup is empty"
				    }
				}
				""");
		ShotsProject project = Scripts.load(folder, SCRIPT);
		Shot coffee = Scripts.script(project).findShot("Coffee");
		Map<String, String> texts = apply(project, () -> coffee.setName("Tea"));
		assertEquals(SCRIPT.replace("shot Coffee", "shot Tea"), texts.get("script.shots"));
		assertEquals("""
				sequence Later at 0:40 {
				    shot Garden 6s continues Tea { // same cup
				        "the cup is empty"
				    }
				}
				""", texts.get("act2.shots"));
	}

	/** Edits script.shots's model: the new text of every file of the project, by file name. */
	private static Map<String, String> apply(ShotsProject project, ScriptEditing.Edit edit) {
		Resource edited = Scripts.script(project).eResource();
		Map<String, String> texts = new LinkedHashMap<>();
		for (Resource resource : project.resourceSet().getResources()) {
			Path file = Path.of(resource.getURI().toFileString());
			texts.put(file.getFileName().toString(), read(file));
		}
		for (ScriptEditing.FileChange change : ScriptEditing.edit(edited, edit)) {
			assertEquals(texts.get(change.file().getFileName().toString()), change.oldText());
			texts.put(change.file().getFileName().toString(), change.newText());
		}
		return texts;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
