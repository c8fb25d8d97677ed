package dev.longtake.storyboard.api;

import java.util.Objects;

/**
 * A small mark drawn on a storyboard panel: a short text (one to a few characters, or a word)
 * in a coloured chip at one corner, with a tooltip that explains it. Plain data, no SWT: the
 * storyboard draws it.
 *
 * @param text    what the chip shows, e.g. {@code "4K"}, {@code "$"}, {@code "!"}; not blank
 * @param tooltip one sentence, e.g. "Take 3 is circled and upscaled"; may be empty
 * @param corner  where the chip sits
 * @param rgb     the chip's colour as 0xRRGGBB
 */
public record PanelBadge(String text, String tooltip, Corner corner, int rgb) {

    /** The corners of a panel; badges in one corner are drawn side by side in contribution order. */
    public enum Corner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT
    }

    public PanelBadge {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a badge needs a text");
        }
        tooltip = tooltip == null ? "" : tooltip;
        Objects.requireNonNull(corner, "corner");
        if ((rgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("rgb is 0xRRGGBB: " + Integer.toHexString(rgb));
        }
    }

    /** A badge in the top right corner, in the storyboard's neutral grey. */
    public static PanelBadge of(String text, String tooltip) {
        return new PanelBadge(text, tooltip, Corner.TOP_RIGHT, 0x5A5A5A);
    }
}
