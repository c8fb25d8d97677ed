package dev.longtake.dsl.backend;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a generation backend can render, as validation checks it: the longest shot, the frame
 * sizes and rates, the longest compiled prompt, and whether it takes images. A limit left
 * {@code null} (or an empty set) means the backend has none.
 *
 * @param name            the backend's name as scripts write it ({@code backend comfyui})
 * @param maxSeconds      the longest shot it renders, or null for no limit
 * @param sizes           the frame sizes it renders; empty for any size
 * @param frameRates      the frame rates it renders; empty for any rate
 * @param maxPromptLength the longest prompt it accepts, in characters, or null for no limit
 * @param imageInput      whether it renders image-to-video ({@code from image})
 * @param referenceImages whether it takes the cast's reference images
 */
public record BackendLimits(String name, Double maxSeconds, Set<Size> sizes, Set<Double> frameRates,
		Integer maxPromptLength, boolean imageInput, boolean referenceImages) {

	/** A frame size, written 1280x720. */
	public record Size(int width, int height) {
		@Override
		public String toString() {
			return width + "x" + height;
		}
	}

	public BackendLimits {
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("a backend needs a name");
		}
		if (maxSeconds != null && !(maxSeconds > 0)) {
			throw new IllegalArgumentException("maxSeconds must be above 0: " + maxSeconds);
		}
		if (maxPromptLength != null && maxPromptLength < 1) {
			throw new IllegalArgumentException("maxPromptLength must be at least 1: " + maxPromptLength);
		}
		sizes = Set.copyOf(new LinkedHashSet<>(sizes));
		frameRates = Set.copyOf(new LinkedHashSet<>(frameRates));
	}

	public static Builder builder(String name) {
		return new Builder(name);
	}

	public boolean acceptsDuration(double seconds) {
		return maxSeconds == null || seconds <= maxSeconds;
	}

	public boolean acceptsSize(int width, int height) {
		return sizes.isEmpty() || sizes.contains(new Size(width, height));
	}

	public boolean acceptsFrameRate(double fps) {
		return frameRates.isEmpty() || frameRates.contains(fps);
	}

	public boolean acceptsPromptLength(int characters) {
		return maxPromptLength == null || characters <= maxPromptLength;
	}

	/** Builds limits step by step; everything not set is unlimited (and no image input). */
	public static final class Builder {
		private final String name;
		private Double maxSeconds;
		private final Set<Size> sizes = new LinkedHashSet<>();
		private final Set<Double> frameRates = new LinkedHashSet<>();
		private Integer maxPromptLength;
		private boolean imageInput;
		private boolean referenceImages;

		private Builder(String name) {
			this.name = name;
		}

		public Builder maxSeconds(double seconds) {
			this.maxSeconds = seconds;
			return this;
		}

		public Builder size(int width, int height) {
			sizes.add(new Size(width, height));
			return this;
		}

		public Builder sizes(Collection<Size> all) {
			sizes.addAll(all);
			return this;
		}

		public Builder frameRate(double fps) {
			frameRates.add(fps);
			return this;
		}

		public Builder maxPromptLength(int characters) {
			this.maxPromptLength = characters;
			return this;
		}

		public Builder imageInput(boolean accepted) {
			this.imageInput = accepted;
			return this;
		}

		public Builder referenceImages(boolean accepted) {
			this.referenceImages = accepted;
			return this;
		}

		public BackendLimits build() {
			return new BackendLimits(name, maxSeconds, sizes, frameRates, maxPromptLength, imageInput, referenceImages);
		}
	}
}
