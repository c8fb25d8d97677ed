package dev.longtake.render.animatic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.longtake.render.animatic.internal.ShotOutline.Beat;
import dev.longtake.render.animatic.internal.ShotOutline.Move;

class ShotOutlineTest {

    private static final String HALLWAY = "Shot on 35mm film, 1980s, warm grain, soft halation. One continuous shot,"
            + " camera dolly forward. 0-7 s: in a crowded 1980s high-school corridor lined with green lockers, the"
            + " camera glides through the crowd toward them. 7-14 s: continuing without a cut into a sunlit classroom"
            + " with wooden desks and a chalkboard: through a doorway, Lane slips Ernest a folded note. 14-20 s: out to"
            + " a football field at dusk, stadium lights flickering on: out through the window as the stadium lights"
            + " come on. Ernest: a young man, curly brown hair, denim jacket, white t-shirt.";

    @Test
    void theCompiledPromptOfTheSpecGivesItsThreeBeats() {
        ShotOutline outline = ShotOutline.of(HALLWAY, 20);
        assertEquals("dolly forward", outline.camera());
        assertEquals(Move.PUSH_IN, outline.move());
        assertEquals(List.of(
                new Beat(0, 7, "in", "a crowded 1980s high-school corridor lined with green lockers",
                        "the camera glides through the crowd toward them"),
                new Beat(7, 14, "into", "a sunlit classroom with wooden desks and a chalkboard",
                        "through a doorway, Lane slips Ernest a folded note"),
                new Beat(14, 20, "out to", "a football field at dusk, stadium lights flickering on",
                        "out through the window as the stadium lights come on")),
                outline.beats());
    }

    @Test
    void aPromptWithoutTimesIsOneBeatOverTheShot() {
        ShotOutline outline = ShotOutline.of("the camera drifts out onto the porch at night. Lane: a young woman.", 10);
        assertEquals(List.of(new Beat(0, 10, "", "", "the camera drifts out onto the porch at night")), outline.beats());
    }

    @Test
    void beatsAreClippedToTheShot() {
        ShotOutline outline = ShotOutline.of("0-4 s: in a field: wind. 4-9 s: into a barn: dark.", 6);
        assertEquals(6, outline.beats().get(1).end());
    }

    @Test
    void cameraWordsChooseTheMove() {
        assertEquals(Move.PULL_OUT, ShotOutline.moveOf("slow pull back"));
        assertEquals(Move.PAN_LEFT, ShotOutline.moveOf("pan left across the room"));
        assertEquals(Move.PAN_RIGHT, ShotOutline.moveOf("pan right"));
        assertEquals(Move.ORBIT, ShotOutline.moveOf("slow pan around the table"));
        assertEquals(Move.TILT_UP, ShotOutline.moveOf("crane up over the roofs"));
        assertEquals(Move.STATIC, ShotOutline.moveOf("locked off"));
        assertEquals(Move.PUSH_IN, ShotOutline.moveOf("slow push-in"));
    }
}
