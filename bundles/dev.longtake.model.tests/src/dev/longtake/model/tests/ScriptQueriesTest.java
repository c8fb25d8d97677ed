package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

import dev.longtake.model.BarPosition;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.internal.ScriptQueries;
import dev.longtake.model.util.LongtakeResources;

class ScriptQueriesTest {

	private final Script script = Fixtures.hardestPart();

	@Test
	void allShotsListsEveryShotInScriptOrder() {
		List<String> names = script.allShots().stream().map(Shot::getName).toList();
		assertEquals(List.of("Hallway", "Bleachers", "Kitchen", "Porch", "Credits"), names);
		assertThrows(UnsupportedOperationException.class, () -> script.allShots().clear());
	}

	@Test
	void findShotFindsByNameOrReturnsNull() {
		assertEquals(12.0, script.findShot("Bleachers").getDuration());
		assertNull(script.findShot("Nowhere"));
		assertNull(script.findShot(null));
	}

	@Test
	void aShotUsesItsOwnBackendElseTheProjectDefault() {
		assertEquals("comfyui", script.findShot("Kitchen").effectiveBackend());
		assertEquals("animatic", script.findShot("Hallway").effectiveBackend());
		script.getSettings().setDefaultBackend(null);
		assertNull(script.findShot("Hallway").effectiveBackend());
		script.findShot("Hallway").setBackend(" ");
		assertNull(script.findShot("Hallway").effectiveBackend(), "a blank name is no backend");
	}

	@Test
	void aScriptWithoutAProjectBlockUsesTheOneOfItsResourceSet() {
		ResourceSet resourceSet = LongtakeResources.newResourceSet();
		Resource main = resourceSet.createResource(URI.createURI("memory:/film/script.xmi"));
		main.getContents().add(script);
		Script scenes = Fixtures.F.createScript();
		Resource other = resourceSet.createResource(URI.createURI("memory:/film/scenes.xmi"));
		other.getContents().add(scenes);
		Sequence sequence = Fixtures.sequence(scenes, "Later", null);
		BarPosition bar17 = Fixtures.F.createBarPosition();
		bar17.setBar(17);
		sequence.setPosition(bar17);
		Shot shot = Fixtures.shot(sequence, "Late", 5, null);

		assertSame(script.getSettings(), ScriptQueries.projectSettings(shot));
		assertEquals("animatic", shot.effectiveBackend());
		assertEquals(16 * 4 * 60.0 / script.getSettings().getTempo(), sequence.startSeconds(), 1e-9,
				"bar 17 is placed with the tempo of the other file's project block");

		other.getContents().clear();
		assertNull(ScriptQueries.projectSettings(shot), "outside a script there is no project block");
	}
}
