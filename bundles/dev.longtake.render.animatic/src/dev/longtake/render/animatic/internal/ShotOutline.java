package dev.longtake.render.animatic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the animatic draws, read back from the compiled prompt: the camera move and the timed
 * beats. The prompt compiler writes each beat as {@code "7-14 s: into a sunlit classroom:
 * through a doorway, ..."} and the move as {@code "camera dolly forward"}; a prompt without
 * timed beats is one beat over the whole shot.
 */
public record ShotOutline(String camera, Move move, List<Beat> beats) {

    /** The camera moves the animatic can show. */
    public enum Move {
        PUSH_IN, PULL_OUT, PAN_LEFT, PAN_RIGHT, TILT_UP, TILT_DOWN, ORBIT, STATIC
    }

    /**
     * One timed beat.
     *
     * @param approach "in", "into", "through", "out to", or "" when the text does not say
     * @param place    the location's description (before the first ':' or ','), or ""
     * @param action   what happens
     */
    public record Beat(double start, double end, String approach, String place, String action) {
    }

    private static final Pattern TIMED = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[-\u2013]\\s*(\\d+(?:\\.\\d+)?)\\s*s\\s*:\\s*");
    /** "camera X" as a clause of its own ("One continuous shot, camera dolly forward."), not "the camera glides". */
    private static final Pattern CAMERA = Pattern.compile("(?i)(?:^|[,.;]\\s*)camera\\s+([^.:;,]{2,80})");
    private static final Pattern APPROACH = Pattern.compile(
            "(?i)^(?:continuing without a cut,?\\s+)?(out to|into|through|in)\\s+");

    public static ShotOutline of(String prompt, double duration) {
        String text = prompt == null ? "" : prompt.strip();
        Matcher camera = CAMERA.matcher(text);
        boolean hasCamera = camera.find();
        String cameraText = hasCamera ? camera.group(1).strip() : "";
        int cameraEnd = hasCamera ? camera.end() : -1;
        List<Beat> beats = new ArrayList<>();
        Matcher timed = TIMED.matcher(text);
        List<int[]> marks = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        while (timed.find()) {
            marks.add(new int[] { timed.start(), timed.end() });
            times.add(new double[] { Double.parseDouble(timed.group(1)), Double.parseDouble(timed.group(2)) });
        }
        for (int i = 0; i < marks.size(); i++) {
            int from = marks.get(i)[1];
            int to = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String body = text.substring(from, to).strip();
            if (i == marks.size() - 1) {
                body = firstSentence(body); // after the last beat come the cast's descriptions
            }
            double start = Math.max(0, Math.min(times.get(i)[0], duration));
            double end = Math.max(start, Math.min(times.get(i)[1], duration));
            if (end > start) {
                beats.add(beat(start, end, body));
            }
        }
        if (beats.isEmpty()) {
            String body = text;
            int afterCamera = cameraEnd < 0 ? -1 : text.indexOf('.', cameraEnd);
            if (afterCamera > 0 && afterCamera + 1 < text.length()) {
                body = text.substring(afterCamera + 1).strip();
            }
            beats.add(beat(0, duration, firstSentence(body)));
        }
        return new ShotOutline(cameraText, moveOf(cameraText), List.copyOf(beats));
    }

    private static Beat beat(double start, double end, String body) {
        String rest = trimEnd(body);
        String approach = "";
        Matcher m = APPROACH.matcher(rest);
        if (m.find()) {
            approach = m.group(1).toLowerCase(Locale.ROOT);
            rest = rest.substring(m.end());
        }
        String place = "";
        String action = rest;
        if (!approach.isEmpty()) {
            int colon = rest.indexOf(':');
            int comma = rest.indexOf(',');
            int cut = colon >= 0 ? colon : comma;
            if (cut > 0) {
                place = rest.substring(0, cut).strip();
                action = rest.substring(cut + 1).strip();
            } else {
                place = rest;
                action = "";
            }
        }
        return new Beat(start, end, approach, place, action);
    }

    /** Up to the first full stop that ends a sentence (". " or the end). */
    private static String firstSentence(String text) {
        Matcher m = Pattern.compile("\\.(\\s|$)").matcher(text);
        return m.find() ? text.substring(0, m.start() + 1) : text;
    }

    private static String trimEnd(String text) {
        String t = text.strip();
        while (t.endsWith(".") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    static Move moveOf(String camera) {
        String c = camera.toLowerCase(Locale.ROOT);
        if (c.matches(".*\\b(static|locked|still|fixed|tripod)\\b.*")) {
            return Move.STATIC;
        }
        if (c.matches(".*\\b(orbit\\w*|around|circl\\w*|arc\\w*)\\b.*")) {
            return Move.ORBIT;
        }
        if (c.matches(".*\\b(pull\\w*|back\\w*|out|away|retreat\\w*|reveal\\w*)\\b.*")) {
            return Move.PULL_OUT;
        }
        if (c.matches(".*\\bpan\\w*\\b.*\\bleft\\b.*") || c.matches(".*\\btruck\\w*\\b.*\\bleft\\b.*")) {
            return Move.PAN_LEFT;
        }
        if (c.matches(".*\\b(pan\\w*|truck\\w*|track\\w* (left|right)|slide\\w*)\\b.*")) {
            return Move.PAN_RIGHT;
        }
        if (c.matches(".*\\b(tilt\\w* down|descend\\w*|lower\\w*|crane\\w* down)\\b.*")) {
            return Move.TILT_DOWN;
        }
        if (c.matches(".*\\b(tilt\\w*|crane\\w*|rise\\w*|rising|ascend\\w*|up)\\b.*")) {
            return Move.TILT_UP;
        }
        return Move.PUSH_IN; // dolly forward, push-in, zoom in, glide, and anything unsaid
    }
}
