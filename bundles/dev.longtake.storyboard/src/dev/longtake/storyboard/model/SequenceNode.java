package dev.longtake.storyboard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A sequence on the board: a row of panels, and a block on the timeline. */
public final class SequenceNode extends BoardElement {

    private final String name;
    private String position = "";
    private Double start;
    private double length;
    private String transition = "";
    private List<ShotNode> shots = List.of();

    SequenceNode(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Its position as written: {@code at 1:00}, {@code at bar 15}; empty when it has none. */
    public String position() {
        return position;
    }

    /** Where it starts on the song in seconds, or null when it is not placed. */
    public Double start() {
        return start;
    }

    /** The sum of its shots' durations. */
    public double length() {
        return length;
    }

    public String transition() {
        return transition;
    }

    public List<ShotNode> shots() {
        return shots;
    }

    public ShotNode shot(String shotName) {
        for (ShotNode shot : shots) {
            if (shot.name().equals(shotName)) {
                return shot;
            }
        }
        return null;
    }

    void update(String newPosition, Double newStart, double newLength, String newTransition) {
        boolean changed = !Objects.equals(newPosition, position) || !Objects.equals(newStart, start)
                || newLength != length || !Objects.equals(newTransition, transition);
        position = newPosition;
        start = newStart;
        length = newLength;
        transition = newTransition;
        if (changed) {
            fire(PROPERTIES);
        }
    }

    /** The node for a shot of this sequence, the same object as before when the shot was here. */
    ShotNode nodeFor(String shotName) {
        ShotNode existing = shot(shotName);
        return existing != null ? existing : new ShotNode(this, shotName);
    }

    void setShots(List<ShotNode> newShots) {
        if (!newShots.equals(shots)) {
            shots = List.copyOf(new ArrayList<>(newShots));
            fire(CHILDREN);
        }
    }

    @Override
    public String toString() {
        return "sequence " + name;
    }
}
