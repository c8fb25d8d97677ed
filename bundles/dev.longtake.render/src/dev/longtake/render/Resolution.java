package dev.longtake.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A frame size in pixels, written {@code 1280x720}. */
public record Resolution(int width, int height) implements Comparable<Resolution> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

    public Resolution {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a frame size must be positive: " + width + "x" + height);
        }
    }

    public static Resolution of(int width, int height) {
        return new Resolution(width, height);
    }

    /** Parses {@code 1280x720}. */
    public static Resolution parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a frame size (like 1280x720): " + text);
        }
        return new Resolution(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public long pixels() {
        return (long) width * height;
    }

    public boolean fitsWithin(Resolution bound) {
        return width <= bound.width && height <= bound.height;
    }

    @Override
    public int compareTo(Resolution other) {
        int byPixels = Long.compare(pixels(), other.pixels());
        return byPixels != 0 ? byPixels : Integer.compare(width, other.width);
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
