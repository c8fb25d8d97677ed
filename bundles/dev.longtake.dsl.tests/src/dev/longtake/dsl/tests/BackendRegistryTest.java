package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.dsl.prompt.PromptCompiler;
import dev.longtake.dsl.prompt.StandardPromptCompiler;

/** Backends register their limits and prompt compilers, and unregister by closing. */
class BackendRegistryTest {

	@Test
	void theBuiltInAnimaticTakesAnythingUpToAMinute() {
		BackendLimits animatic = BackendRegistry.shared().limits("animatic").orElseThrow();
		assertTrue(animatic.acceptsDuration(60));
		assertFalse(animatic.acceptsDuration(60.5));
		assertTrue(animatic.acceptsSize(7680, 4320));
		assertTrue(animatic.acceptsFrameRate(23.976));
		assertTrue(animatic.acceptsPromptLength(1_000_000));
		assertTrue(animatic.imageInput());
		assertEquals(Set.of("animatic"), BackendRegistry.withBuiltIns().names());
	}

	@Test
	void aRegistrationEndsWhenClosedAndRestoresWhatItReplaced() {
		BackendRegistry registry = BackendRegistry.withBuiltIns();
		PromptCompiler terse = shot -> "terse";
		BackendRegistry.Registration runway = registry
				.register(BackendLimits.builder("runway").maxSeconds(10).size(1280, 768).build(), terse);
		assertEquals(List.of("animatic", "runway"), List.copyOf(registry.names()));
		assertSame(terse, registry.promptCompiler("runway"));
		assertEquals(10.0, registry.limits("runway").orElseThrow().maxSeconds());

		BackendRegistry.Registration longer = registry.register(BackendLimits.builder("runway").maxSeconds(20).build());
		assertEquals(20.0, registry.limits("runway").orElseThrow().maxSeconds());
		longer.close();
		assertEquals(10.0, registry.limits("runway").orElseThrow().maxSeconds(), "the replaced one is back");
		runway.close();
		assertTrue(registry.limits("runway").isEmpty());
		assertSame(StandardPromptCompiler.INSTANCE, registry.promptCompiler("runway"), "unknown: the standard one");
	}

	@Test
	void limitsAreCheckedWhenMade() {
		assertThrows(IllegalArgumentException.class, () -> BackendLimits.builder(" ").build());
		assertThrows(IllegalArgumentException.class, () -> BackendLimits.builder("x").maxSeconds(0).build());
		assertThrows(IllegalArgumentException.class, () -> BackendLimits.builder("x").maxPromptLength(0).build());
		BackendLimits sized = BackendLimits.builder("x").size(1280, 768).frameRate(24).build();
		assertTrue(sized.acceptsSize(1280, 768));
		assertFalse(sized.acceptsSize(1280, 720));
		assertFalse(sized.acceptsFrameRate(25));
		assertThrows(UnsupportedOperationException.class, () -> sized.sizes().clear());
	}
}
