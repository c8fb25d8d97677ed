package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.ContactSheet;
import dev.longtake.media.ContactSheet.Layout;
import dev.longtake.media.ContactSheet.Sheet;
import dev.longtake.media.ContactSheet.Variant;
import dev.longtake.media.MediaCanceledException;
import dev.longtake.media.MediaProgress;

/** Contact sheets of the first frames of several variants of a shot. */
class ContactSheetTest {

    // Mirrors the renderer's layout: 8 px gaps, a 22 px label strip per row, 30 px title.
    private static final int GAP = 8;
    private static final int LABEL = 22;

    @TempDir
    Path dir;

    @Test
    void threeVariantsOfFourFramesMakeASheetOfTheExpectedSize() throws Exception {
        List<Variant> variants = variants(3);
        Path png = dir.resolve("sheet.png");
        Sheet sheet = ContactSheet.write(variants, new Layout(4, 160, null), png, MediaProgress.NONE);

        int cellHeight = 120; // 4:3 clips in 160 px cells
        assertEquals(GAP + 4 * (160 + GAP), sheet.width());
        assertEquals(GAP + 3 * (LABEL + cellHeight + GAP), sheet.height());
        assertEquals(List.of(), sheet.problems());
        BufferedImage written = ImageIO.read(png.toFile());
        assertEquals(sheet.width(), written.getWidth());
        assertEquals(sheet.height(), written.getHeight());
        // The second frame of the first row is drawn in its cell (the box is white, the page dark).
        int cellX = GAP + (160 + GAP);
        int cellY = GAP + LABEL;
        assertTrue(brightest(written, cellX, cellY, 160, cellHeight) > 200, "a frame is drawn in the cell");
    }

    @Test
    void aTitleAddsAHeadingStrip() throws Exception {
        Sheet sheet = ContactSheet.render(variants(2), Layout.DEFAULT.withTitle("Shot 12: 8 variants"), MediaProgress.NONE);
        assertEquals(GAP + 4 * (240 + GAP), sheet.width());
        assertEquals(GAP + 30 + 2 * (LABEL + 180 + GAP), sheet.height());
    }

    @Test
    void anUnreadableVariantGetsARowSayingWhyAndTheOthersAreStillShown() throws Exception {
        List<Variant> variants = new ArrayList<>(variants(2));
        Path broken = Files.writeString(dir.resolve("v9.mp4"), "not a video");
        variants.add(1, new Variant("v9", broken));
        Path png = dir.resolve("sheet.png");
        Sheet sheet = ContactSheet.write(variants, new Layout(4, 160, null), png, MediaProgress.NONE);

        assertEquals(1, sheet.problems().size());
        assertEquals(broken, sheet.problems().get(0).file().orElseThrow());
        assertEquals(GAP + 3 * (LABEL + 120 + GAP), sheet.height());
        assertTrue(Files.exists(png));
    }

    @Test
    void aCanceledSheetWritesNothing() throws Exception {
        List<Variant> variants = variants(3);
        MediaProgress cancelAfterOne = new MediaProgress() {
            int done;

            @Override
            public void worked(int units) {
                done += units;
            }

            @Override
            public boolean isCanceled() {
                return done >= 1;
            }
        };
        Path png = dir.resolve("sheet.png");
        assertThrows(MediaCanceledException.class,
                () -> ContactSheet.write(variants, Layout.DEFAULT, png, cancelAfterOne));
        assertFalse(Files.exists(png));
    }

    private List<Variant> variants(int count) throws Exception {
        List<Variant> variants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path clip = Clips.write(dir.resolve("v" + i + ".mp4"), ClipFormat.video(320, 240, 24), 6);
            variants.add(new Variant("v" + i + " seed " + (1000 + i), clip));
        }
        return variants;
    }

    private static int brightest(BufferedImage image, int x0, int y0, int width, int height) {
        int max = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                max = Math.max(max, FramesTest.luma(image, x, y));
            }
        }
        return max;
    }
}
