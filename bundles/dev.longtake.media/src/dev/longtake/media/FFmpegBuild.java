package dev.longtake.media;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.longtake.media.internal.FFmpegRuntime;

/**
 * The FFmpeg build Longtake runs on: its version, licence and encoders, and the choice of
 * video encoder. Longtake ships the LGPL build of JavaCV's FFmpeg, which has no libx264; its
 * H.264 encoder is Cisco's libopenh264 (Constrained Baseline, bitrate-driven).
 */
public final class FFmpegBuild {

    /**
     * Video encoders in order of preference when none is named: H.264 first (x264 only in a
     * GPL build), then MPEG-4 Part 2, which every build has and every player reads.
     */
    public static final List<String> VIDEO_ENCODER_PREFERENCE = List.of("libx264", "libopenh264", "mpeg4");

    private static volatile FFmpegBuild current;

    private final String version;
    private final String license;
    private final String configuration;
    private final SortedSet<String> videoEncoders;
    private final SortedSet<String> audioEncoders;

    /** A description of a build; {@link #current()} gives the one loaded in this process. */
    public FFmpegBuild(String version, String license, String configuration, Set<String> videoEncoders,
            Set<String> audioEncoders) {
        this.version = version;
        this.license = license;
        this.configuration = configuration;
        this.videoEncoders = Collections.unmodifiableSortedSet(new TreeSet<>(videoEncoders));
        this.audioEncoders = Collections.unmodifiableSortedSet(new TreeSet<>(audioEncoders));
    }

    /** The build loaded in this process (loading it on first use). */
    public static FFmpegBuild current() throws MediaException {
        FFmpegBuild build = current;
        if (build == null) {
            build = FFmpegRuntime.inspectBuild();
            current = build;
        }
        return build;
    }

    /** FFmpeg's version, e.g. "8.0.1". */
    public String version() {
        return version;
    }

    /** The licence FFmpeg was built under, e.g. "LGPL version 2.1 or later". */
    public String license() {
        return license;
    }

    /** True for a GPL build (which may hold libx264 and libx265 and binds the product to the GPL). */
    public boolean isGpl() {
        return license.startsWith("GPL");
    }

    /** The configure line FFmpeg was built with. */
    public String configuration() {
        return configuration;
    }

    /** Names of the video encoders this build has, e.g. libopenh264, mpeg4, prores_ks. */
    public Set<String> videoEncoders() {
        return videoEncoders;
    }

    /** Names of the audio encoders this build has, e.g. aac, libopus. */
    public Set<String> audioEncoders() {
        return audioEncoders;
    }

    public boolean hasEncoder(String name) {
        return videoEncoders.contains(name) || audioEncoders.contains(name);
    }

    /** The preferred video encoder this build has (see {@link #VIDEO_ENCODER_PREFERENCE}). */
    public String defaultVideoEncoder() throws MediaException {
        for (String name : VIDEO_ENCODER_PREFERENCE) {
            if (videoEncoders.contains(name)) {
                return name;
            }
        }
        throw new MissingEncoderException(VIDEO_ENCODER_PREFERENCE.get(0), "this FFmpeg build (" + license
                + ") has none of the video encoders " + VIDEO_ENCODER_PREFERENCE + "; it has " + videoEncoders);
    }

    /** {@code name} when this build has it as a video encoder, else a message naming it. */
    public String requireVideoEncoder(String name) throws MissingEncoderException {
        return require(name, videoEncoders, "video");
    }

    /** {@code name} when this build has it as an audio encoder, else a message naming it. */
    public String requireAudioEncoder(String name) throws MissingEncoderException {
        return require(name, audioEncoders, "audio");
    }

    private String require(String name, Set<String> encoders, String kind) throws MissingEncoderException {
        if (encoders.contains(name)) {
            return name;
        }
        String hint = name.equals("libx264") || name.equals("libx265")
                ? " (" + name + " is GPL and only in a GPL build of FFmpeg)"
                : "";
        throw new MissingEncoderException(name, "the " + kind + " encoder '" + name + "' is not in this FFmpeg build ("
                + version + ", " + license + ")" + hint + "; its " + kind + " encoders are " + String.join(", ", encoders));
    }

    @Override
    public String toString() {
        return "FFmpeg " + version + " (" + license + ")";
    }
}
