package dev.longtake.preferences.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * How the workbench assembles and delivers a film: the video {@value #ENCODER} (an FFmpeg
 * encoder name, or {@value #AUTOMATIC} for the best the FFmpeg build has), the
 * {@value #DELIVER_SIZE} ({@code WIDTHxHEIGHT}, or {@value #FROM_SCRIPT} for the project
 * block's {@code deliver}), and the {@value #SCALER} used to upscale. Instance scope; read on
 * every call, so changes apply to the next assembly without a restart.
 */
public final class MediaPreferences {

    public static final String ENCODER = "media.encoder";
    public static final String DELIVER_SIZE = "media.deliverSize";
    public static final String SCALER = "media.scaler";

    public static final String AUTOMATIC = "automatic";
    public static final String FROM_SCRIPT = "script";

    /** Video encoders offered (the LGPL build has libopenh264, mpeg4, prores_ks; a GPL build adds libx264). */
    public static final List<String> ENCODERS = List.of(AUTOMATIC, "libx264", "libopenh264", "mpeg4", "prores_ks",
            "libsvtav1", "libvpx-vp9");
    /** Deliver sizes offered; any WIDTHxHEIGHT may be typed. */
    public static final List<String> DELIVER_SIZES = List.of(FROM_SCRIPT, "1280x720", "1920x1080", "2560x1440",
            "3840x2160");
    /** swscale's scalers, best first for upscaling. */
    public static final List<String> SCALERS = List.of("lanczos", "spline", "bicubic", "bilinear");

    private MediaPreferences() {
    }

    /** The encoder to ask for, or empty for the FFmpeg build's best. */
    public static Optional<String> encoder() {
        String value = get(ENCODER, AUTOMATIC);
        return AUTOMATIC.equals(value) ? Optional.empty() : Optional.of(value);
    }

    /** The deliver size as {width, height}, or empty to follow the script. */
    public static Optional<int[]> deliverSize() {
        String value = get(DELIVER_SIZE, FROM_SCRIPT);
        var match = java.util.regex.Pattern.compile("(\\d{2,5})x(\\d{2,5})").matcher(value.strip());
        return match.matches() ? Optional.of(new int[] { Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)) })
                : Optional.empty();
    }

    /** The scaler's swscale name, e.g. lanczos. */
    public static String scaler() {
        return get(SCALER, "lanczos");
    }

    private static String get(String key, String fallback) {
        return InstanceScope.INSTANCE.getNode(BackendPreferences.QUALIFIER).get(key, fallback);
    }
}
