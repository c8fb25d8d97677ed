package dev.longtake.media.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import dev.longtake.media.MediaException;

/** PNG and JPEG files written with ImageIO, beside the target and then renamed over it. */
public final class ImageFiles {

    private ImageFiles() {
    }

    public static Path write(BufferedImage picture, Path image) throws MediaException {
        Path target = AtomicFiles.writableTarget(image);
        String format = formatOf(target);
        Path temp = AtomicFiles.createTempBeside(target);
        try {
            // Writing to a File, not a stream, keeps ImageIO from making its own cache file.
            if (!ImageIO.write(picture, format, temp.toFile())) {
                throw new MediaException(image, "cannot be written: no " + format + " writer for this kind of image");
            }
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e instanceof MediaException media ? media
                    : new MediaException(image, "could not be written (" + e.getMessage() + ")", e);
        }
        AtomicFiles.commit(temp, target);
        return target;
    }

    private static String formatOf(Path image) throws MediaException {
        String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "jpeg";
        }
        throw new MediaException(image, "cannot be written: images are written as .png, .jpg or .jpeg");
    }
}
