package dev.longtake.dsl.prompt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One generation a backend is asked for: one take of one shot, exactly as sent.
 *
 * <h2>Takes and seeds</h2> A shot with {@code takes N} gives N requests, numbered 1 to N. When
 * the shot sets {@code seed S}, take k is rendered with seed S + k - 1 (take 1 uses the seed as
 * written, so a director can copy the seed of a take they liked onto a one-take shot and get it
 * again); without a seed the backend picks one and {@link #seed()} is null.
 *
 * <h2>The hash</h2> {@link #hash()} is the SHA-256 of {@link #canonicalForm()}, which holds
 * everything that changes what the backend renders: backend, prompt, duration, size, frame
 * rate, the seed, every image's path and content digest, and the shot it continues. It leaves
 * out what does not: the shot's name and the number of takes. The take number is in it only
 * for a shot without a seed ("variant k"): such takes differ only by the backend's random seed,
 * and the variant keeps the N takes N distinct requests, each keeping its identity when N
 * changes. With a seed the take number is left out: two requests with the same seed and the
 * same everything else are the same generation, whichever take number they had. The canonical
 * form is versioned; a change of it is a change of every hash in every take ledger, so it may
 * only ever get a new version line.
 *
 * @param shotName        the shot's name (the ledger's key, not hashed)
 * @param take            which take this is, from 1
 * @param takes           how many takes the shot wants (not hashed)
 * @param prompt          the prompt text as sent
 * @param durationSeconds the shot's length
 * @param width           frame width in pixels
 * @param height          frame height in pixels
 * @param fps             frames per second
 * @param seed            the seed of this take, or null for the backend's choice
 * @param referenceImages the cast's reference images, for backends that take them
 * @param imageInput      the image of an image-to-video shot ({@code from image}), or null
 * @param continuesShot   the name of the shot whose chosen take this one extends, or null
 * @param backend         the backend's name
 */
public record GenerationRequest(String shotName, int take, int takes, String prompt, double durationSeconds,
		int width, int height, double fps, Long seed, List<ImageReference> referenceImages,
		ImageReference imageInput, String continuesShot, String backend) {

	/** The first line of the canonical form: the version of the hashing rule. */
	public static final String CANONICAL_FORM_VERSION = "longtake-generation-request 1";

	public GenerationRequest {
		Objects.requireNonNull(shotName, "shotName");
		Objects.requireNonNull(prompt, "prompt");
		Objects.requireNonNull(backend, "backend");
		if (take < 1 || take > takes) {
			throw new IllegalArgumentException("take " + take + " of " + takes);
		}
		referenceImages = List.copyOf(referenceImages);
	}

	/**
	 * The text the hash is computed over, one field per line in a fixed order; texts are written
	 * as their UTF-8 byte length, a colon and the text, so no content can imitate a field:
	 *
	 * <pre>
	 * longtake-generation-request 1
	 * backend 8:animatic
	 * prompt 42:One continuous shot, camera dolly forward.
	 * duration 20
	 * size 1280x720
	 * fps 24
	 * seed none            (or: seed 1234)
	 * variant 3            (only without a seed)
	 * image-input none     (or: image-input 25:refs/kitchen-keyframe.png 9f86d0...)
	 * reference 23:refs/ernest-front.png 60303a...   (one line per image, in order)
	 * continues none       (or: continues 7:Kitchen)
	 * </pre>
	 *
	 * Numbers are written without trailing zeros (20, 0.5, 23.976); a missing image's digest is
	 * written {@code missing}. Every line ends with a line feed.
	 */
	public String canonicalForm() {
		StringBuilder form = new StringBuilder(prompt.length() + 256);
		form.append(CANONICAL_FORM_VERSION).append('\n');
		form.append("backend ").append(sized(backend)).append('\n');
		form.append("prompt ").append(sized(prompt)).append('\n');
		form.append("duration ").append(number(durationSeconds)).append('\n');
		form.append("size ").append(width).append('x').append(height).append('\n');
		form.append("fps ").append(number(fps)).append('\n');
		if (seed == null) {
			form.append("seed none\n");
			form.append("variant ").append(take).append('\n');
		} else {
			form.append("seed ").append(seed).append('\n');
		}
		form.append("image-input ").append(imageInput == null ? "none" : image(imageInput)).append('\n');
		for (ImageReference reference : referenceImages) {
			form.append("reference ").append(image(reference)).append('\n');
		}
		form.append("continues ").append(continuesShot == null ? "none" : sized(continuesShot)).append('\n');
		return form.toString();
	}

	/** The hex SHA-256 of {@link #canonicalForm()}: how the take ledger knows this request. */
	public String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static String sized(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length + ":" + text;
	}

	private static String image(ImageReference image) {
		return sized(image.path()) + " " + (image.sha256() == null ? "missing" : image.sha256());
	}

	private static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
