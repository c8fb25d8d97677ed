package dev.longtake.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.longtake.media.internal.ContactSheetRenderer;

/**
 * A contact sheet: one labelled row per variant of a shot, holding its first frames side by
 * side, to judge 8 or 32 cheap previews at a glance before paying for full takes. A variant
 * that cannot be read gets a row saying why; the others are still shown.
 */
public final class ContactSheet {

    /** One row: a label ("v07 seed 1234") and the clip to take frames from. */
    public record Variant(String label, Path clip) {
        public Variant {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(clip, "clip");
        }
    }

    /**
     * How the sheet is laid out.
     *
     * @param framesPerVariant frames per row, from the start of each clip
     * @param cellWidth        width of one frame on the sheet in pixels
     * @param title            a heading over the rows, or null for none
     */
    public record Layout(int framesPerVariant, int cellWidth, String title) {
        /** Four frames, 240 pixels wide each, no heading. */
        public static final Layout DEFAULT = new Layout(4, 240, null);

        public Layout {
            if (framesPerVariant < 1 || framesPerVariant > 64 || cellWidth < 16 || cellWidth > 4096) {
                throw new IllegalArgumentException("layout of " + framesPerVariant + " frames of " + cellWidth
                        + " px is outside 1-64 frames of 16-4096 px");
            }
        }

        public Layout withTitle(String heading) {
            return new Layout(framesPerVariant, cellWidth, heading);
        }
    }

    /**
     * A rendered sheet.
     *
     * @param image    the picture
     * @param problems the variants that could not be read fully, one message each (naming the clip)
     */
    public record Sheet(BufferedImage image, List<MediaException> problems) {
        public int width() {
            return image.getWidth();
        }

        public int height() {
            return image.getHeight();
        }
    }

    private ContactSheet() {
    }

    /** Renders the sheet in memory. */
    public static Sheet render(List<Variant> variants, Layout layout, MediaProgress progress) throws MediaException {
        return ContactSheetRenderer.render(variants, layout, progress);
    }

    /**
     * Renders the sheet and writes it to {@code image} as PNG (or JPEG by extension),
     * atomically. When canceled nothing is written.
     */
    public static Sheet write(List<Variant> variants, Layout layout, Path image, MediaProgress progress)
            throws MediaException {
        Sheet sheet = render(variants, layout, progress);
        if (progress.isCanceled()) {
            throw new MediaCanceledException(image);
        }
        Frames.writeImage(sheet.image(), image);
        return sheet;
    }
}
