package dev.longtake.render.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import dev.longtake.render.BackendException;

/**
 * A shot's start image ({@code from image "refs/x.png"}) as a service takes it inline: its bytes
 * and media type, read from the file the request names (the engine passes it resolved in the
 * film's folder). The type is told by the file's first bytes, not its name, and only PNG, JPEG
 * and WebP are sent. Every refusal is permanent and names the file: retrying cannot help.
 */
public record StartImage(Path file, String mediaType, byte[] bytes) {

    /**
     * Reads the image for backend {@code backend}, refusing files above {@code maxBytes} (the
     * service's inline limit).
     */
    public static StartImage read(String backend, String path, long maxBytes) throws BackendException {
        Path file = Path.of(path);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw BackendException.permanent(backend + ": the start image " + file + " is " + size
                        + " bytes; the service takes at most " + maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw BackendException.permanent(backend + ": the start image " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        String type = mediaTypeOf(bytes);
        if (type == null) {
            throw BackendException.permanent(backend + ": the start image " + file
                    + " is not a PNG, JPEG or WebP image");
        }
        return new StartImage(file, type, bytes);
    }

    /** The bytes in base 64. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The image as a {@code data:} URI. */
    public String dataUri() {
        return "data:" + mediaType + ";base64," + base64();
    }

    static String mediaTypeOf(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
