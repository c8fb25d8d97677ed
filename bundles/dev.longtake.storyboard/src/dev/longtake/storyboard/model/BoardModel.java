package dev.longtake.storyboard.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.SongPosition;
import dev.longtake.model.Take;
import dev.longtake.model.TimePosition;
import dev.longtake.model.Transition;
import dev.longtake.storyboard.api.PanelContext;
import dev.longtake.storyboard.api.PanelDecorations;

/**
 * The board: the film's sequences and shots, with the takes the ledger holds for each shot.
 * {@link #sync} brings it in line with a newly parsed script and ledger, keeping the nodes of
 * sequences and shots that are still there (so their edit parts and thumbnails stay).
 */
public final class BoardModel extends BoardElement {

    private String title = "";
    private String song;
    private Double tempo;
    private int beatsPerBar = 4;
    private List<SequenceNode> sequences = List.of();
    /** The song's length in seconds once known (the timeline measures it), else null. */
    private Double songSeconds;

    public String title() {
        return title;
    }

    /** The song as the script names it (relative to the film's folder), or null. */
    public String song() {
        return song;
    }

    public Double tempo() {
        return tempo;
    }

    public int beatsPerBar() {
        return beatsPerBar;
    }

    public List<SequenceNode> sequences() {
        return sequences;
    }

    public Double songSeconds() {
        return songSeconds;
    }

    public void setSongSeconds(Double seconds) {
        if (!Objects.equals(seconds, songSeconds)) {
            songSeconds = seconds;
            fire(PROPERTIES);
        }
    }

    /** Every shot of the board in script order. */
    public List<ShotNode> shots() {
        List<ShotNode> shots = new ArrayList<>();
        for (SequenceNode sequence : sequences) {
            shots.addAll(sequence.shots());
        }
        return shots;
    }

    public ShotNode shot(String name) {
        for (SequenceNode sequence : sequences) {
            ShotNode shot = sequence.shot(name);
            if (shot != null) {
                return shot;
            }
        }
        return null;
    }

    public SequenceNode sequence(String name) {
        for (SequenceNode sequence : sequences) {
            if (sequence.name().equals(name)) {
                return sequence;
            }
        }
        return null;
    }

    /** The contributed panel decorators, read once per board (that is, per editor). */
    private List<PanelDecorations.Contribution> decorators;
    /** The script's shot behind each panel, as of the last sync: what decorators look at. */
    private final Map<ShotNode, Shot> sources = new java.util.IdentityHashMap<>();

    private List<PanelDecorations.Contribution> decorators() {
        if (decorators == null) {
            decorators = PanelDecorations.contributed();
        }
        return decorators;
    }

    /**
     * Brings the board in line with a script and a ledger.
     *
     * @param settings the film's project settings (from any file of the film), or null
     * @param folder   the film's folder, against which take files are resolved
     */
    public void sync(Script script, ProjectSettings settings, Ledger ledger, Path folder) {
        boolean changed = false;
        String newTitle = settings == null || settings.getTitle() == null ? "" : settings.getTitle();
        String newSong = settings == null ? null : settings.getSong();
        Double newTempo = settings != null && settings.isSetTempo() ? settings.getTempo() : null;
        int newBeatsPerBar = settings == null || settings.getBeatsPerBar() <= 0 ? 4 : settings.getBeatsPerBar();
        if (!newTitle.equals(title) || !Objects.equals(newSong, song) || !Objects.equals(newTempo, tempo)
                || newBeatsPerBar != beatsPerBar) {
            title = newTitle;
            song = newSong;
            tempo = newTempo;
            beatsPerBar = newBeatsPerBar;
            changed = true;
        }
        Map<String, List<TakeInfo>> takes = takesByShot(ledger, folder);
        PanelContext context = new PanelContext(folder, ledger);
        sources.clear();
        String defaultBackend = settings == null || settings.getDefaultBackend() == null
                || settings.getDefaultBackend().isBlank() ? null : settings.getDefaultBackend();
        List<SequenceNode> newSequences = new ArrayList<>();
        Double previousStart = 0.0;
        double previousLength = 0;
        for (Sequence sequence : script.getSequences()) {
            // positions computed here, from the settings given (the script may not be linked,
            // and its project block may be in another file)
            double overlap = sequence.getTransition() != null && sequence.getTransition().getKind() != null
                    && "crossfade".equals(sequence.getTransition().getKind().getLiteral())
                            ? Math.max(0, sequence.getTransition().getDuration()) : 0;
            double length = 0;
            for (Shot shot : sequence.getShots()) {
                length += shot.getDuration();
            }
            if (sequence.getShots().size() > 1) {
                length -= (sequence.getShots().size() - 1) * overlap;
            }
            Double sequenceStart = sequence.getPosition() != null
                    ? sequence.getPosition().toSeconds(newTempo, newBeatsPerBar)
                    : previousStart == null ? null : previousStart + previousLength;
            previousStart = sequenceStart;
            previousLength = length;
            double shotStart = sequenceStart == null ? 0 : sequenceStart;
            String name = sequence.getName() == null ? "" : sequence.getName();
            SequenceNode node = sequence(name);
            if (node == null || newSequences.contains(node)) {
                node = new SequenceNode(name);
            }
            node.update(position(sequence.getPosition()), sequenceStart, length, transition(sequence.getTransition()));
            List<ShotNode> shots = new ArrayList<>();
            for (Shot shot : sequence.getShots()) {
                String shotName = shot.getName() == null ? "" : shot.getName();
                ShotNode shotNode = node.nodeFor(shotName);
                if (shots.contains(shotNode)) {
                    shotNode = new ShotNode(node, shotName);
                }
                String backend = shot.getBackend() != null && !shot.getBackend().isBlank() ? shot.getBackend()
                        : defaultBackend != null ? defaultBackend : nonNull(safe(shot::effectiveBackend));
                List<String> cast = new ArrayList<>();
                List<String> beats = new ArrayList<>();
                castAndBeats(shot, cast, beats);
                shotNode.update(shot.getDuration(), backend,
                        String.join(" ", ReferenceNames.of(shot, LongtakePackage.Literals.SHOT__STYLE)),
                        shot.getTakesWanted(), cast, beats, sequenceStart == null ? null : shotStart,
                        takes.getOrDefault(shotName, List.of()), PanelDecorations.badges(decorators(), shot, context));
                sources.put(shotNode, shot);
                shotStart += shot.getDuration() - overlap;
                shots.add(shotNode);
            }
            node.setShots(shots);
            newSequences.add(node);
        }
        if (!newSequences.equals(sequences)) {
            sequences = List.copyOf(newSequences);
            fire(CHILDREN);
        } else if (changed) {
            fire(PROPERTIES);
        }
    }

    /** Brings only the takes of every shot in line with a ledger. */
    public void syncTakes(Ledger ledger, Path folder) {
        Map<String, List<TakeInfo>> takes = takesByShot(ledger, folder);
        PanelContext context = new PanelContext(folder, ledger);
        for (ShotNode shot : shots()) {
            Shot source = sources.get(shot);
            shot.update(shot.duration(), shot.backend(), shot.style(), shot.takesWanted(), shot.cast(), shot.beats(),
                    shot.songStart(), takes.getOrDefault(shot.name(), List.of()),
                    source == null ? shot.badges() : PanelDecorations.badges(decorators(), source, context));
        }
    }

    private static Map<String, List<TakeInfo>> takesByShot(Ledger ledger, Path folder) {
        Map<String, List<TakeInfo>> byShot = new LinkedHashMap<>();
        if (ledger == null) {
            return byShot;
        }
        for (Take take : ledger.getTakes()) {
            if (take.getShotName() == null || take.getId() == null) {
                continue;
            }
            Path file = null;
            if (take.getFile() != null) {
                Path resolved = folder.resolve(take.getFile()).normalize();
                file = resolved.startsWith(folder) ? resolved : null;
            }
            byShot.computeIfAbsent(take.getShotName(), key -> new ArrayList<>())
                    .add(new TakeInfo(take.getId(), number(take.getId()), take.getState() == null ? ""
                            : take.getState().getLiteral(), take.isCircled(), file));
        }
        for (List<TakeInfo> list : byShot.values()) {
            list.sort(Comparator.comparingInt(TakeInfo::number));
        }
        return byShot;
    }

    private static int number(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String position(SongPosition position) {
        if (position instanceof TimePosition time) {
            return "at " + clock(time.getSeconds());
        }
        if (position instanceof BarPosition bar) {
            return "at bar " + bar.getBar() + (bar.getBeat() > 1 ? "." + bar.getBeat() : "");
        }
        return "";
    }

    private static String transition(Transition transition) {
        if (transition == null || transition.getKind() == null) {
            return "";
        }
        String kind = transition.getKind().getLiteral();
        return transition.getDuration() > 0 ? kind + " " + seconds(transition.getDuration()) : kind;
    }

    /**
     * The cast (first-appearance order) and the beats' captions ({@code 8s ArtRoom}) of a shot.
     * Names are read from the text (the node model), not by resolving the references: after
     * every edit the script is parsed anew, and linking every reference of a long script again
     * would cost more than the edit. A beat keeps the place and the cast of the beat before it.
     */
    private static void castAndBeats(Shot shot, List<String> cast, List<String> captions) {
        Set<String> names = new LinkedHashSet<>();
        String place = "";
        List<String> with = List.of();
        for (Beat beat : shot.getBeats()) {
            List<String> location = ReferenceNames.of(beat, LongtakePackage.Literals.BEAT__LOCATION);
            if (!location.isEmpty()) {
                place = location.get(0);
            }
            List<String> characters = ReferenceNames.of(beat, LongtakePackage.Literals.BEAT__CAST);
            if (!characters.isEmpty()) {
                with = characters;
            }
            names.addAll(with);
            double time = beat.isSetTime() ? beat.getTime() : safeDouble(beat::startSeconds);
            String action = beat.getAction() == null ? "" : beat.getAction().strip();
            captions.add(seconds(time) + (!place.isEmpty() ? " " + place
                    : action.isEmpty() ? "" : " \u201C" + (action.length() > 28 ? action.substring(0, 27) + "\u2026" : action)
                            + "\u201D"));
        }
        cast.addAll(names);
    }

    /** Seconds as the script writes them: {@code 8s}, {@code 0.5s}. */
    public static String seconds(double value) {
        if (value == Math.rint(value)) {
            return (long) value + "s";
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "") + "s";
    }

    /** {@code M:SS}. */
    public static String clock(double seconds) {
        long whole = Math.round(Math.floor(seconds));
        return whole / 60 + ":" + String.format(Locale.ROOT, "%02d", whole % 60);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static <T> T safe(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            return null; // a half-typed script: shown without it
        }
    }

    private static double safeDouble(java.util.function.Supplier<Double> value) {
        Double result = safe(value);
        return result == null ? 0 : result;
    }
}
