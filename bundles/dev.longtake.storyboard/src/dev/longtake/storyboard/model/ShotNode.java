package dev.longtake.storyboard.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.longtake.storyboard.api.PanelBadge;

/** A shot on the board: one panel. */
public final class ShotNode extends BoardElement {

    private final SequenceNode sequence;
    private final String name;
    private double duration;
    private String backend = "";
    private String style = "";
    private int takesWanted = 1;
    private List<String> cast = List.of();
    private List<String> beats = List.of();
    private Double songStart;
    private List<TakeInfo> takes = List.of();
    /** Rendering progress 0..1 while a render of this shot runs, else negative. */
    private double progress = -1;
    /** What contributed decorators (extension point panelDecorations) mark the panel with. */
    private List<PanelBadge> badges = List.of();

    ShotNode(SequenceNode sequence, String name) {
        this.sequence = sequence;
        this.name = name;
    }

    public SequenceNode sequence() {
        return sequence;
    }

    public String name() {
        return name;
    }

    public double duration() {
        return duration;
    }

    public String backend() {
        return backend;
    }

    public String style() {
        return style;
    }

    public int takesWanted() {
        return takesWanted;
    }

    /** The characters the shot's beats name, in first-appearance order. */
    public List<String> cast() {
        return cast;
    }

    /** The beats as captions: {@code 8s ArtRoom}. */
    public List<String> beats() {
        return beats;
    }

    /** Where the shot starts on the song, or null when its sequence is not placed. */
    public Double songStart() {
        return songStart;
    }

    /** Its takes in the ledger, by number. */
    public List<TakeInfo> takes() {
        return takes;
    }

    /** The badges contributed decorators give this shot's panel, in their order. */
    public List<PanelBadge> badges() {
        return badges;
    }

    public double progress() {
        return progress;
    }

    /** The estimated cost of what the shot still needs rendered ({@code est. 0.40 USD}), or null while unknown. */
    private String cost;

    public String cost() {
        return cost;
    }

    /** Sets the estimated cost (computed in the background) and tells the panel. */
    public void setCost(String value) {
        if (!Objects.equals(value, cost)) {
            cost = value;
            fire(PROPERTIES);
        }
    }

    /** The circled take, else the latest done one, else null: the take whose frame the panel shows. */
    public TakeInfo shownTake() {
        TakeInfo latest = null;
        for (TakeInfo take : takes) {
            if (take.circled() && take.file() != null) {
                return take;
            }
            if (take.done() && take.file() != null) {
                latest = take;
            }
        }
        return latest;
    }

    public TakeInfo circledTake() {
        return takes.stream().filter(TakeInfo::circled).findFirst().orElse(null);
    }

    public long doneTakes() {
        return takes.stream().filter(TakeInfo::done).count();
    }

    /** The file of {@link #shownTake()}, or null. */
    public Path thumbnailSource() {
        TakeInfo shown = shownTake();
        return shown == null ? null : shown.file();
    }

    /** Sets the render progress (0..1, negative when none) and tells the panel. */
    public void setProgress(double value) {
        if (value != progress) {
            progress = value;
            fire(PROPERTIES);
        }
    }

    boolean update(double newDuration, String newBackend, String newStyle, int newTakesWanted, List<String> newCast,
            List<String> newBeats, Double newSongStart, List<TakeInfo> newTakes, List<PanelBadge> newBadges) {
        boolean changed = newDuration != duration || !Objects.equals(newBackend, backend)
                || !Objects.equals(newStyle, style) || newTakesWanted != takesWanted || !newCast.equals(cast)
                || !newBeats.equals(beats) || !Objects.equals(newSongStart, songStart) || !newTakes.equals(takes)
                || !newBadges.equals(badges);
        badges = List.copyOf(newBadges);
        duration = newDuration;
        backend = newBackend;
        style = newStyle;
        takesWanted = newTakesWanted;
        cast = List.copyOf(newCast);
        beats = List.copyOf(newBeats);
        songStart = newSongStart;
        takes = List.copyOf(newTakes);
        if (changed) {
            fire(PROPERTIES);
        }
        return changed;
    }

    @Override
    public String toString() {
        return "shot " + name;
    }
}
