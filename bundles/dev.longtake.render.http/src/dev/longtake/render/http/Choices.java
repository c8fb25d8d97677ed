package dev.longtake.render.http;

import java.util.Arrays;

/** Small helpers for mapping a request onto what a service offers. */
public final class Choices {

    private Choices() {
    }

    /**
     * The shortest offered length that holds the requested one (a 5 s shot on a service that
     * renders 4, 8 or 12 s gets 8 s, and the cut uses 5 of them), or -1 when none does.
     */
    public static int lengthAtLeast(double seconds, int... offered) {
        int[] sorted = offered.clone();
        Arrays.sort(sorted);
        for (int length : sorted) {
            if (length + 1e-9 >= seconds) {
                return length;
            }
        }
        return -1;
    }

    /** The longest of the offered lengths. */
    public static int longest(int... offered) {
        return Arrays.stream(offered).max().orElseThrow();
    }
}
