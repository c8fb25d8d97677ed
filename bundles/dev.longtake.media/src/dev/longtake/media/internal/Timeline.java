package dev.longtake.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.JoinKind;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.AssemblyWarning;

/**
 * The plan in whole output frames: where each segment starts and ends (each time to the
 * nearest frame), and how bright it is on each of its frames.
 *
 * <p>Transition rules, per output frame n:
 * <ul>
 * <li>crossfade: the K frames where two segments overlap show both; the incoming one weighs
 * (k + 0.5) / K on the k-th of them, so every overlap frame is a real mix, symmetric about
 * the middle;</li>
 * <li>dip of K frames (K = the dip's duration in frames, at least 1): the outgoing segment
 * fades over its last floor(K/2) frames with brightness (end - n) / floor(K/2), the incoming
 * one rises over its first K - floor(K/2) frames with brightness (n - start) / (K - floor(K/2)),
 * so its first frame is black: the dip reaches black exactly once, where the two meet;</li>
 * <li>frames no segment covers are black.</li>
 * </ul>
 */
final class Timeline {

    /** One segment in frames; {@code end} is exclusive and already cut at the video's end. */
    record Placed(int number, Segment segment, long start, long end, long fadeInFrames, long fadeOutFrames,
            long plannedEnd) {

        /** Brightness from the dips, 1 outside them. */
        double brightness(long frame) {
            double level = 1;
            if (fadeInFrames > 0 && frame < start + fadeInFrames) {
                level = Math.min(level, (frame - start) / (double) fadeInFrames);
            }
            if (fadeOutFrames > 0 && frame >= plannedEnd - fadeOutFrames) {
                level = Math.min(level, (plannedEnd - frame) / (double) fadeOutFrames);
            }
            return level;
        }

        /** Seconds into the take shown on output frame {@code frame}. */
        double sourceTime(long frame, double fps) {
            return segment.sourceIn() + (frame - start) / fps;
        }
    }

    private final long frames;
    private final double fps;
    private final List<Placed> placed;
    private final List<AssemblyWarning> warnings;

    private Timeline(long frames, double fps, List<Placed> placed, List<AssemblyWarning> warnings) {
        this.frames = frames;
        this.fps = fps;
        this.placed = placed;
        this.warnings = warnings;
    }

    /** Lays out {@code plan} over {@code frames} output frames. */
    static Timeline of(AssemblyPlan plan, long frames) {
        double fps = plan.fps();
        List<Segment> segments = plan.segments();
        List<Placed> placed = new ArrayList<>();
        List<AssemblyWarning> warnings = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            long start = frame(segment.recordStart(), fps);
            long end = frame(segment.recordEnd(), fps);
            if (i + 1 < segments.size() && segment.joinToNext().kind() != JoinKind.CROSSFADE) {
                // Rounding may leave a cut or a dip overlapping by a frame: the next segment wins it.
                end = Math.min(end, frame(segments.get(i + 1).recordStart(), fps));
            }
            if (end <= start) {
                continue; // less than a frame once rounded: nothing to show
            }
            long fadeIn = 0;
            if (i > 0 && segments.get(i - 1).joinToNext().kind() == JoinKind.DIP) {
                long dip = dipFrames(segments.get(i - 1).joinToNext().seconds(), fps);
                fadeIn = dip - dip / 2;
            }
            long fadeOut = 0;
            if (segment.joinToNext().kind() == JoinKind.DIP) {
                fadeOut = dipFrames(segment.joinToNext().seconds(), fps) / 2;
            }
            if (start >= frames) {
                warnings.add(new AssemblyWarning(i + 1, segment.source(), String.format(Locale.ROOT,
                        "segment %d (%s) starts at %.2f s, after the end of the video (%.2f s); it is left out", i + 1,
                        segment.label(), segment.recordStart(), frames / fps)));
                continue;
            }
            if (end > frames) {
                warnings.add(new AssemblyWarning(i + 1, segment.source(), String.format(Locale.ROOT,
                        "segment %d (%s) runs %.2f s past the end of the video (%.2f s); it is cut there", i + 1,
                        segment.label(), (end - frames) / fps, frames / fps)));
            }
            placed.add(new Placed(i + 1, segment, start, Math.min(end, frames), fadeIn, fadeOut, end));
        }
        return new Timeline(frames, fps, List.copyOf(placed), List.copyOf(warnings));
    }

    /** The nearest frame to a time, halves rounding up (as the planner computes them). */
    static long frame(double seconds, double fps) {
        return (long) Math.floor(seconds * fps + 0.5 + 1e-9);
    }

    static long dipFrames(double seconds, double fps) {
        return Math.max(1, frame(seconds, fps));
    }

    long frames() {
        return frames;
    }

    double fps() {
        return fps;
    }

    /** The segments that are shown, in timeline order. */
    List<Placed> placed() {
        return placed;
    }

    /** Segments cut at or left out past the end of the video. */
    List<AssemblyWarning> warnings() {
        return warnings;
    }

    /** Weight in 1/256ths of the incoming segment on frame {@code frame}, where {@code incoming} overlaps {@code outgoing}. */
    static int crossfadeWeight(Placed outgoing, Placed incoming, long frame) {
        long overlap = outgoing.plannedEnd() - incoming.start();
        return Blend.weight((frame - incoming.start() + 0.5) / overlap);
    }
}
