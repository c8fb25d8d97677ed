package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Join;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.TakeProvenance;

/** The plan refuses segments that do not fit together, naming the segment and the shot. */
class AssemblyPlanTest {

    private static final Path A = Path.of("takes/A/t1.mp4");
    private static final Path B = Path.of("takes/B/t1.mp4");
    private static final Path C = Path.of("takes/C/t1.mp4");

    private static AssemblyPlan.Builder plan() {
        return AssemblyPlan.builder(1280, 720, 24).length(20);
    }

    @Test
    void aWellFormedPlanKeepsItsSegmentsAndDefaults() {
        AssemblyPlan plan = plan().add(Segment.of(A, 0.5, 4, 0).joinedBy(Join.crossfade(0.5)))
                .add(Segment.of(B, 0, 3, 3.5).joinedBy(Join.dip(1)))
                .add(Segment.of(C, 0, 2, 6.5))
                .build();
        assertEquals(3, plan.segments().size());
        assertEquals(20, plan.length().getAsDouble());
        assertTrue(plan.song().isEmpty());
        assertTrue(plan.videoEncoder().isEmpty(), "the build's best encoder unless asked");
        assertEquals(0.1, plan.songFadeIn());
        assertEquals(0.5, plan.songFadeOut());
    }

    @Test
    void aCrossfadeNeedsTheSegmentsToOverlapByItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan()
                .add(Segment.of(A, 0, 4, 0).joinedBy(Join.crossfade(1)).withProvenance(take("Lake")))
                .add(Segment.of(B, 0, 3, 4)).build());
        assertEquals("segment 1 (Lake) crossfades 1.000 s into the next segment, so the two must overlap by that"
                + " much, but they overlap by 0.000 s", e.getMessage());
    }

    @Test
    void onlyACrossfadeMayOverlap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan()
                .add(Segment.of(A, 0, 4, 0)).add(Segment.of(B, 0, 3, 3)).build());
        assertTrue(e.getMessage().startsWith("segment 1 (t1.mp4) overlaps the next segment by 1.000 s"), e.getMessage());
    }

    @Test
    void theLastSegmentHasNothingToJoin() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plan().add(Segment.of(A, 0, 4, 0).joinedBy(Join.dip(1))).build());
        assertTrue(e.getMessage().contains("is the last segment"), e.getMessage());
    }

    @Test
    void segmentsGoInTimelineOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plan().add(Segment.of(A, 0, 2, 5)).add(Segment.of(B, 0, 2, 1)).build());
        assertTrue(e.getMessage().startsWith("segment 2 (t1.mp4) starts at 1.000 s, before"), e.getMessage());
    }

    @Test
    void atMostTwoSegmentsOverlap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan()
                .add(Segment.of(A, 0, 4, 0).joinedBy(Join.crossfade(3)))
                .add(Segment.of(B, 0, 4, 1).joinedBy(Join.crossfade(2)))
                .add(Segment.of(C, 0, 4, 3)).build());
        assertTrue(e.getMessage().contains("at most two segments overlap"), e.getMessage());
    }

    @Test
    void aSegmentMustHoldItsTransitionsInAndOut() {
        // 1 s segment: 0.75 s of crossfade in and half of a 1 s dip out do not fit in it.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan()
                .add(Segment.of(A, 0, 2, 0).joinedBy(Join.crossfade(0.75)))
                .add(Segment.of(B, 0, 1, 1.25).joinedBy(Join.dip(1)))
                .add(Segment.of(C, 0, 2, 2.25)).build());
        assertEquals("segment 2 (t1.mp4) is 24 frames long, too short for its transitions in (18 frames) and out"
                + " (12 frames)", e.getMessage());
    }

    @Test
    void withoutASongThePlanNeedsALength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AssemblyPlan.builder(1280, 720, 24).add(Segment.of(A, 0, 2, 0)).build());
        assertEquals("a plan without a song needs a length", e.getMessage());
    }

    @Test
    void nonsenseTimesAndSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Segment.of(A, -1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Segment.of(A, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Segment.of(A, 0, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> Join.crossfade(0));
        assertThrows(IllegalArgumentException.class, () -> AssemblyPlan.builder(1279, 720, 24));
        assertThrows(IllegalArgumentException.class, () -> AssemblyPlan.builder(1280, 720, 0));
    }

    private static TakeProvenance take(String shot) {
        return new TakeProvenance(shot, "t1", "animatic", null, null, null, null);
    }
}
