package dev.longtake.render;

/** What a plan asks of one backend: takes, seconds of video and their estimated cost. */
public record BackendTotal(String backend, int takes, double seconds, Money estimate) {
}
