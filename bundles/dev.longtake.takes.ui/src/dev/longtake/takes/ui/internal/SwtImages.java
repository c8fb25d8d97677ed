package dev.longtake.takes.ui.internal;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** AWT pictures from the media bundle as SWT image data; safe on any thread. */
public final class SwtImages {

    private SwtImages() {
    }

    /** A picture as 24-bit direct-palette image data. */
    public static ImageData imageData(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            picture.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }
}
