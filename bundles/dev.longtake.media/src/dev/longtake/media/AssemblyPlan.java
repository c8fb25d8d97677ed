package dev.longtake.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@link Assembler} makes, spelled out without the film model: the output's size and
 * frame rate, the song under it, its length, and the takes placed on the timeline with the
 * join from each to the next. Times are seconds on the timeline (the song's clock); the
 * assembler works in whole frames, taking each time to the nearest frame.
 *
 * <pre>
 * AssemblyPlan plan = AssemblyPlan.builder(2560, 1440, 24).song(song)
 *         .add(Segment.of(take1, 0.5, 4.0, 0.0).joinedBy(Join.crossfade(0.5)))
 *         .add(Segment.of(take2, 0.0, 3.0, 3.5).joinedBy(Join.dip(1.0)))
 *         .add(Segment.of(take3, 1.0, 5.0, 6.5))
 *         .build();
 * </pre>
 *
 * Rules checked by {@link Builder#build()}: segments come in timeline order; a segment
 * joined by a crossfade of d seconds overlaps the next by d (within a frame); a cut or a
 * dip never overlaps (a gap is fine: it is black); a transition fits inside both segments;
 * the last segment is joined to nothing. Immutable.
 */
public final class AssemblyPlan {

    /** How a segment goes over into the next one. */
    public enum JoinKind {
        /** The next segment starts on the frame after this one ends. */
        CUT,
        /** The two overlap by the join's duration and are blended, this one fading out as the next fades in. */
        CROSSFADE,
        /**
         * Dip to black over the join's duration, without overlap: this segment fades to black over
         * its last half (whole frames, rounded down) and the next fades up from black over the rest.
         */
        DIP
    }

    /**
     * The join from a segment to the next.
     *
     * @param kind    cut, crossfade or dip
     * @param seconds how long the transition lasts, 0 for a cut
     */
    public record Join(JoinKind kind, double seconds) {

        public static final Join CUT = new Join(JoinKind.CUT, 0);

        public Join {
            Objects.requireNonNull(kind, "kind");
            if (kind == JoinKind.CUT ? seconds != 0 : !(seconds > 0 && seconds < 3600)) {
                throw new IllegalArgumentException(kind == JoinKind.CUT ? "a cut has no duration"
                        : "a " + kind.name().toLowerCase(Locale.ROOT) + " lasts more than 0 s (" + seconds + ")");
            }
        }

        public static Join crossfade(double seconds) {
            return new Join(JoinKind.CROSSFADE, seconds);
        }

        public static Join dip(double seconds) {
            return new Join(JoinKind.DIP, seconds);
        }

        @Override
        public String toString() {
            return kind == JoinKind.CUT ? "cut"
                    : String.format(Locale.ROOT, "%s %.3f s", kind.name().toLowerCase(Locale.ROOT), seconds);
        }
    }

    /**
     * One take placed on the timeline.
     *
     * @param source      the take's video file
     * @param sourceIn    seconds into the take where the segment starts
     * @param duration    how long the segment lasts on the timeline
     * @param recordStart where on the timeline it starts
     * @param joinToNext  how it goes over into the next segment
     * @param provenance  where the take came from, for the metadata and the provenance manifest
     */
    public record Segment(Path source, double sourceIn, double duration, double recordStart, Join joinToNext,
            Optional<TakeProvenance> provenance) {

        public Segment {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(joinToNext, "joinToNext");
            Objects.requireNonNull(provenance, "provenance");
            if (!(sourceIn >= 0) || !(duration > 0) || !(recordStart >= 0) || Double.isInfinite(sourceIn)
                    || Double.isInfinite(duration) || Double.isInfinite(recordStart)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "segment of %s: in point %s, duration %s and start %s must be finite, not negative,"
                                + " and the duration above 0", source.getFileName(), sourceIn, duration, recordStart));
            }
        }

        /** {@code duration} seconds of {@code source} from {@code sourceIn}, at {@code recordStart}, cut to the next. */
        public static Segment of(Path source, double sourceIn, double duration, double recordStart) {
            return new Segment(source, sourceIn, duration, recordStart, Join.CUT, Optional.empty());
        }

        public Segment joinedBy(Join join) {
            return new Segment(source, sourceIn, duration, recordStart, join, provenance);
        }

        public Segment withProvenance(TakeProvenance take) {
            return new Segment(source, sourceIn, duration, recordStart, joinToNext, Optional.of(take));
        }

        /** Where the segment ends on the timeline. */
        public double recordEnd() {
            return recordStart + duration;
        }

        /** The shot's name when the provenance gives one, else the take's file name. */
        public String label() {
            return provenance.map(TakeProvenance::shot).orElse(source.getFileName().toString());
        }
    }

    private final int width;
    private final int height;
    private final double fps;
    private final Path song;
    private final OptionalDouble length;
    private final List<Segment> segments;
    private final String videoEncoder;
    private final String scaler;

    /** The scalers {@link Builder#scaler} accepts, best first for upscaling. */
    public static final List<String> SCALERS = List.of("lanczos", "spline", "bicubic", "bilinear");
    private final int videoBitrate;
    private final boolean proresMaster;
    private final double songFadeIn;
    private final double songFadeOut;

    private AssemblyPlan(Builder b) {
        this.width = b.width;
        this.height = b.height;
        this.fps = b.fps;
        this.song = b.song;
        this.length = b.length;
        this.segments = List.copyOf(b.segments);
        this.videoEncoder = b.videoEncoder;
        this.scaler = b.scaler;
        this.videoBitrate = b.videoBitrate;
        this.proresMaster = b.proresMaster;
        this.songFadeIn = b.songFadeIn;
        this.songFadeOut = b.songFadeOut;
    }

    /** A plan for a {@code width} x {@code height} video at {@code fps} frames per second. */
    public static Builder builder(int width, int height, double fps) {
        return new Builder(width, height, fps);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double fps() {
        return fps;
    }

    /** The song laid under the whole video, if any. */
    public Optional<Path> song() {
        return Optional.ofNullable(song);
    }

    /**
     * The length asked for; when empty the video lasts as long as the song (a plan without
     * a song must give its length).
     */
    public OptionalDouble length() {
        return length;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The video encoder asked for, or empty for the best the FFmpeg build has (H.264 if any). */
    public Optional<String> videoEncoder() {
        return Optional.ofNullable(videoEncoder);
    }

    /** The swscale scaler every take is scaled with: lanczos (the default), spline, bicubic or bilinear. */
    public String scaler() {
        return scaler;
    }

    /** Bits per second asked for, or 0 for the writer's automatic choice. */
    public int videoBitrate() {
        return videoBitrate;
    }

    /** Whether a ProRes 422 master (prores_ks, PCM audio) is written beside the video as {@code <name>.master.mov}. */
    public boolean proresMaster() {
        return proresMaster;
    }

    /** Seconds over which the song fades in from silence at the start. */
    public double songFadeIn() {
        return songFadeIn;
    }

    /** Seconds over which the song fades out to silence at the end of the video. */
    public double songFadeOut() {
        return songFadeOut;
    }

    /** Builds a plan; {@link #build()} checks that the segments fit together. */
    public static final class Builder {

        private final int width;
        private final int height;
        private final double fps;
        private Path song;
        private OptionalDouble length = OptionalDouble.empty();
        private final List<Segment> segments = new ArrayList<>();
        private String videoEncoder;
        private String scaler = "lanczos";
        private int videoBitrate;
        private boolean proresMaster;
        private double songFadeIn = 0.1;
        private double songFadeOut = 0.5;

        private Builder(int width, int height, double fps) {
            ClipFormat.video(width, height, fps); // the same size and rate rules as any clip
            this.width = width;
            this.height = height;
            this.fps = fps;
        }

        public Builder song(Path file) {
            this.song = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The video's length; without it the video lasts as long as the song. */
        public Builder length(double seconds) {
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("a length above 0 s is needed (" + seconds + ")");
            }
            this.length = OptionalDouble.of(seconds);
            return this;
        }

        public Builder add(Segment segment) {
            segments.add(Objects.requireNonNull(segment, "segment"));
            return this;
        }

        public Builder addAll(List<Segment> more) {
            more.forEach(this::add);
            return this;
        }

        /** An FFmpeg encoder name (libopenh264, mpeg4, libx264 in a GPL build, ...). */
        public Builder videoEncoder(String name) {
            this.videoEncoder = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The swscale scaler to scale (upscale) the takes with: lanczos (the default), spline, bicubic, bilinear. */
        public Builder scaler(String name) {
            if (!SCALERS.contains(name)) {
                throw new IllegalArgumentException("scaler " + name + " is not one of " + SCALERS);
            }
            this.scaler = name;
            return this;
        }

        public Builder videoBitrate(int bitsPerSecond) {
            if (bitsPerSecond < 0) {
                throw new IllegalArgumentException("bitrate " + bitsPerSecond + " is negative");
            }
            this.videoBitrate = bitsPerSecond;
            return this;
        }

        /** Also write a ProRes 422 master with PCM audio, {@code <name>.master.mov}, in the same pass. */
        public Builder proresMaster(boolean master) {
            this.proresMaster = master;
            return this;
        }

        /** The song's fades, in seconds (defaults 0.1 in, 0.5 out; 0 for none). */
        public Builder songFades(double in, double out) {
            if (!(in >= 0 && out >= 0 && in < 60 && out < 60)) {
                throw new IllegalArgumentException("song fades of " + in + " s and " + out + " s are not between 0 and 60 s");
            }
            this.songFadeIn = in;
            this.songFadeOut = out;
            return this;
        }

        /**
         * The plan, after checking that its segments fit together.
         *
         * @throws IllegalArgumentException naming the segment (by position and shot) that does not fit
         */
        public AssemblyPlan build() {
            if (song == null && length.isEmpty()) {
                throw new IllegalArgumentException("a plan without a song needs a length");
            }
            double frame = 1 / fps;
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                long frames = Math.round(segment.duration() * fps);
                if (frames < 1) {
                    throw invalid(i, "lasts %.3f s, less than one frame", segment.duration());
                }
                if (i == segments.size() - 1) {
                    if (segment.joinToNext().kind() != JoinKind.CUT) {
                        throw invalid(i, "is the last segment, so it has no next segment to %s into",
                                segment.joinToNext());
                    }
                    continue;
                }
                Segment next = segments.get(i + 1);
                if (next.recordStart() + frame / 2 < segment.recordStart()) {
                    throw invalid(i + 1, "starts at %.3f s, before the segment ahead of it (%.3f s): segments go in"
                            + " timeline order", next.recordStart(), segment.recordStart());
                }
                if (i > 0 && next.recordStart() + frame / 2 < segments.get(i - 1).recordEnd()) {
                    throw invalid(i + 1, "starts at %.3f s, before segment %d ends (%.3f s): at most two segments"
                            + " overlap", next.recordStart(), i, segments.get(i - 1).recordEnd());
                }
                double overlap = segment.recordEnd() - next.recordStart();
                Join join = segment.joinToNext();
                switch (join.kind()) {
                    case CROSSFADE -> {
                        if (Math.abs(overlap - join.seconds()) > frame * 1.01) {
                            throw invalid(i, "crossfades %.3f s into the next segment, so the two must overlap by"
                                    + " that much, but they overlap by %.3f s", join.seconds(), overlap);
                        }
                        if (overlap < frame / 2 || overlap > segment.duration() + frame / 2
                                || overlap > next.duration() + frame / 2) {
                            throw invalid(i, "crossfade of %.3f s does not fit in the segments it joins (%.3f s and"
                                    + " %.3f s)", join.seconds(), segment.duration(), next.duration());
                        }
                    }
                    case CUT, DIP -> {
                        if (overlap > frame / 2) {
                            throw invalid(i, "overlaps the next segment by %.3f s, but only a crossfade overlaps",
                                    overlap);
                        }
                        if (join.kind() == JoinKind.DIP && (join.seconds() / 2 > segment.duration() + frame / 2
                                || join.seconds() / 2 > next.duration() + frame / 2)) {
                            throw invalid(i, "dip of %.3f s does not fit: each half must fit in its segment (%.3f s"
                                    + " and %.3f s)", join.seconds(), segment.duration(), next.duration());
                        }
                    }
                }
            }
            checkTransitionsFit();
            return new AssemblyPlan(this);
        }

        /** A segment's frames must hold the transition into it and the one out of it without both on one frame. */
        private void checkTransitionsFit() {
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                long frames = Math.round(segment.recordEnd() * fps) - Math.round(segment.recordStart() * fps);
                long in = 0;
                if (i > 0) {
                    Segment previous = segments.get(i - 1);
                    in = switch (previous.joinToNext().kind()) {
                        case CUT -> 0;
                        case CROSSFADE -> Math.round(previous.recordEnd() * fps) - Math.round(segment.recordStart() * fps);
                        case DIP -> dipFrames(previous.joinToNext()) - dipFrames(previous.joinToNext()) / 2;
                    };
                }
                long out = switch (segment.joinToNext().kind()) {
                    case CUT -> 0;
                    case CROSSFADE -> i + 1 < segments.size()
                            ? Math.round(segment.recordEnd() * fps) - Math.round(segments.get(i + 1).recordStart() * fps)
                            : 0;
                    case DIP -> dipFrames(segment.joinToNext()) / 2;
                };
                if (in + out > frames) {
                    throw invalid(i, "is %d frames long, too short for its transitions in (%d frames) and out (%d"
                            + " frames)", frames, in, out);
                }
            }
        }

        private long dipFrames(Join dip) {
            return Math.max(1, Math.round(dip.seconds() * fps));
        }

        private IllegalArgumentException invalid(int index, String format, Object... args) {
            Segment segment = segments.get(index);
            return new IllegalArgumentException("segment " + (index + 1) + " (" + segment.label() + ") "
                    + String.format(Locale.ROOT, format, args));
        }
    }
}
