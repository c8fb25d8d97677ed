package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.longtake.model.Script;
import dev.longtake.model.Shot;

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
}
