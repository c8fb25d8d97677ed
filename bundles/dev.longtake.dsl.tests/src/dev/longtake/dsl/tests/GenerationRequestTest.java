package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.dsl.prompt.ImageReference;

/** The hash that keys takes in the ledger: stable, and sensitive to everything that is rendered. */
class GenerationRequestTest {

	private static final ImageReference FRONT = new ImageReference("refs/ernest-front.png", "ab".repeat(32));
	private static final ImageReference KEYFRAME = new ImageReference("refs/kitchen-keyframe.png", null);

	private static GenerationRequest kitchen() {
		return new GenerationRequest("Kitchen", 1, 2, "One continuous shot. 0-16 s: décor.", 16, 1280, 720, 24,
				1234L, List.of(FRONT), KEYFRAME, "Hallway", "comfyui");
	}

	private static GenerationRequest unseeded(int take) {
		return new GenerationRequest("Hallway", take, 8, "One continuous shot.", 20, 1280, 720, 24, null, List.of(),
				null, null, "animatic");
	}

	@Test
	void theCanonicalFormIsTheDocumentedText() {
		assertEquals("""
				longtake-generation-request 1
				backend 7:comfyui
				prompt 36:One continuous shot. 0-16 s: décor.
				duration 16
				size 1280x720
				fps 24
				seed 1234
				image-input 25:refs/kitchen-keyframe.png missing
				reference 21:refs/ernest-front.png abababababababababababababababababababababababababababababababab
				continues 7:Hallway
				""", kitchen().canonicalForm());
		assertEquals("""
				longtake-generation-request 1
				backend 8:animatic
				prompt 20:One continuous shot.
				duration 20
				size 1280x720
				fps 24
				seed none
				variant 3
				image-input none
				continues none
				""", unseeded(3).canonicalForm());
	}

	@Test
	void theHashIsTheSha256OfTheCanonicalForm() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(kitchen().canonicalForm().getBytes(StandardCharsets.UTF_8));
		assertEquals(HexFormat.of().formatHex(digest), kitchen().hash());
	}

	@Test
	void theHashNeverChangesForTheSameRequest() {
		// Take ledgers store these: a change here orphans every take ever rendered. (Computed
		// independently with: printf '<the canonical form>' | sha256sum.)
		assertEquals("3f12740cca59063a2dd6381865638480e9ba9f1476a03f8ed51a400220efdd9d", kitchen().hash());
		assertEquals("f255aecfaf33f68408ef4e1f86498a0da7815c330fec7af7b9c19a8d036ab67e", unseeded(1).hash());
	}

	@Test
	void everythingThatChangesTheRenderChangesTheHash() {
		GenerationRequest base = kitchen();
		List<UnaryOperator<GenerationRequest>> changes = List.of(
				r -> copy(r, "backend", "runway"),
				r -> copy(r, "prompt", r.prompt() + " "),
				r -> copy(r, "duration", 16.5),
				r -> copy(r, "width", 1281),
				r -> copy(r, "height", 721),
				r -> copy(r, "fps", 25.0),
				r -> copy(r, "seed", 1235L),
				r -> copy(r, "seed", null),
				r -> copy(r, "references", List.of()),
				r -> copy(r, "references", List.of(new ImageReference("refs/ernest-front.png", "cd".repeat(32)))),
				r -> copy(r, "references", List.of(new ImageReference("refs/ernest-side.png", "ab".repeat(32)))),
				r -> copy(r, "references", List.of(FRONT, FRONT)),
				r -> copy(r, "imageInput", null),
				r -> copy(r, "imageInput", new ImageReference("refs/kitchen-keyframe.png", "ef".repeat(32))),
				r -> copy(r, "continues", null),
				r -> copy(r, "continues", "Hall"));
		List<String> hashes = new ArrayList<>();
		hashes.add(base.hash());
		for (UnaryOperator<GenerationRequest> change : changes) {
			String hash = change.apply(base).hash();
			assertEquals(-1, hashes.indexOf(hash), "a change gave a hash seen before: " + change.apply(base));
			hashes.add(hash);
		}
	}

	@Test
	void theShotsNameAndItsNumberOfTakesAreNotHashed() {
		GenerationRequest renamed = new GenerationRequest("KitchenRenamed", 1, 5, kitchen().prompt(), 16, 1280, 720,
				24, 1234L, List.of(FRONT), KEYFRAME, "Hallway", "comfyui");
		assertEquals(kitchen().hash(), renamed.hash());
	}

	@Test
	void unseededTakesAreDistinctByTheirNumber() {
		assertNotEquals(unseeded(1).hash(), unseeded(2).hash());
		assertEquals(unseeded(2).hash(), unseeded(2).hash());
	}

	@Test
	void seededTakesAreKnownByTheirSeedNotTheirNumber() {
		GenerationRequest secondTakeOfSeed1234 = kitchen();
		GenerationRequest sameSeedAsAnotherTake = new GenerationRequest("Kitchen", 2, 2, kitchen().prompt(), 16, 1280,
				720, 24, 1234L, List.of(FRONT), KEYFRAME, "Hallway", "comfyui");
		assertEquals(secondTakeOfSeed1234.hash(), sameSeedAsAnotherTake.hash(),
				"same seed and parameters: the same generation");
	}

	@Test
	void textsAreLengthPrefixedSoNoPromptCanPassForAnotherField() {
		GenerationRequest plain = unseeded(1);
		GenerationRequest forged = new GenerationRequest("Hallway", 1, 8, "One continuous shot.\nduration 20", 20,
				1280, 720, 24, null, List.of(), null, null, "animatic");
		assertNotEquals(plain.hash(), forged.hash());
		assertEquals(true, forged.canonicalForm().contains("prompt 32:One continuous shot.\nduration 20\n"));
	}

	@Test
	void aRequestIsImmutableAndItsTakeIsWithinItsTakes() {
		List<ImageReference> images = new ArrayList<>(List.of(FRONT));
		GenerationRequest request = new GenerationRequest("A", 1, 1, "p", 1, 1, 1, 1, null, images, null, null, "b");
		images.clear();
		assertEquals(List.of(FRONT), request.referenceImages());
		assertThrows(UnsupportedOperationException.class, () -> request.referenceImages().clear());
		assertThrows(IllegalArgumentException.class,
				() -> new GenerationRequest("A", 3, 2, "p", 1, 1, 1, 1, null, List.of(), null, null, "b"));
		assertThrows(IllegalArgumentException.class,
				() -> new GenerationRequest("A", 0, 2, "p", 1, 1, 1, 1, null, List.of(), null, null, "b"));
	}

	@SuppressWarnings("unchecked")
	private static GenerationRequest copy(GenerationRequest r, String field, Object value) {
		return new GenerationRequest(r.shotName(), r.take(), r.takes(), field.equals("prompt") ? (String) value : r.prompt(),
				field.equals("duration") ? (Double) value : r.durationSeconds(),
				field.equals("width") ? (Integer) value : r.width(), field.equals("height") ? (Integer) value : r.height(),
				field.equals("fps") ? (Double) value : r.fps(), field.equals("seed") ? (Long) value : r.seed(),
				field.equals("references") ? (List<ImageReference>) value : r.referenceImages(),
				field.equals("imageInput") ? (ImageReference) value : r.imageInput(),
				field.equals("continues") ? (String) value : r.continuesShot(),
				field.equals("backend") ? (String) value : r.backend());
	}
}
