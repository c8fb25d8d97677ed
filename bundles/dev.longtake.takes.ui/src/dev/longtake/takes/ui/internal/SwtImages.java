package dev.longtake.takes.ui.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** AWT pictures from the media bundle as SWT image data; safe on any thread. */
public final class SwtImages {

    private SwtImages() {
    }

    /**
     * A picture as 24-bit direct-palette image data. The media bundle's frames (3-byte BGR) are
     * wrapped without a copy: each pixel's bytes B, G, R read as one 24-bit value put red in the
     * low byte, which the palette's masks say.
     */
    public static ImageData imageData(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        if (picture.getType() == BufferedImage.TYPE_3BYTE_BGR
                && picture.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && bytes.getNumBanks() == 1 && bytes.getData().length == w * h * 3) {
            return new ImageData(w, h, 24, new PaletteData(0x0000FF, 0x00FF00, 0xFF0000), 1, bytes.getData());
        }
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
