package dev.longtake.takes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

import dev.longtake.takes.ui.internal.SwtImages;

/** The media bundle's frames (3-byte BGR) become SWT image data with their colours. */
class SwtImagesTest {

    @Test
    void bgrFramesKeepTheirColoursWithoutACopy() {
        BufferedImage frame = new BufferedImage(3, 2, BufferedImage.TYPE_3BYTE_BGR);
        int[] colours = { 0xFF0000, 0x00FF00, 0x0000FF, 0x123456, 0xFFFFFF, 0x000000 };
        for (int i = 0; i < colours.length; i++) {
            frame.setRGB(i % 3, i / 3, colours[i]);
        }
        ImageData data = SwtImages.imageData(frame);
        for (int i = 0; i < colours.length; i++) {
            RGB rgb = data.palette.getRGB(data.getPixel(i % 3, i / 3));
            assertEquals(colours[i], (rgb.red << 16) | (rgb.green << 8) | rgb.blue, "pixel " + i);
        }
    }

    @Test
    void otherPicturesAreConvertedPixelByPixel() {
        BufferedImage picture = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, 0xFF123456);
        picture.setRGB(1, 0, 0xFFABCDEF);
        ImageData data = SwtImages.imageData(picture);
        RGB first = data.palette.getRGB(data.getPixel(0, 0));
        RGB second = data.palette.getRGB(data.getPixel(1, 0));
        assertEquals(new RGB(0x12, 0x34, 0x56), first);
        assertEquals(new RGB(0xAB, 0xCD, 0xEF), second);
    }
}
