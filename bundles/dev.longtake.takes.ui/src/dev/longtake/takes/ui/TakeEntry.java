package dev.longtake.takes.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.ProjectLayout;

/**
 * One take as the Takes view and the contact sheet show it: what the ledger records of it.
 *
 * @param id      the ledger's id ({@code Hallway-3})
 * @param number  its number within the shot, 0 when the id carries none
 * @param state   done, failed, submitted...
 * @param circled whether the cut uses it
 * @param rating  0 (unrated) to 5
 * @param backend the backend that rendered it
 * @param seed    its seed, or null when the backend chose
 * @param cost    what it cost, or null when unknown
 * @param prompt  the prompt exactly as sent to the backend
 * @param file    its video, or null when it has none (yet)
 */
public record TakeEntry(String id, int number, String state, boolean circled, int rating, String backend, Long seed,
        BigDecimal cost, String currency, String prompt, Path file) {

    private static final Pattern NUMBER = Pattern.compile(".*-(\\d{1,8})");

    public boolean done() {
        return TakeState.DONE.getLiteral().equals(state);
    }

    /** The takes of a shot by number, with files resolved against the film's folder. */
    public static List<TakeEntry> of(Ledger ledger, String shotName, ProjectLayout layout) {
        List<TakeEntry> entries = new ArrayList<>();
        if (ledger == null) {
            return entries;
        }
        for (Take take : ledger.takesOf(shotName)) {
            entries.add(of(take, layout));
        }
        entries.sort(java.util.Comparator.comparingInt(TakeEntry::number));
        return entries;
    }

    static TakeEntry of(Take take, ProjectLayout layout) {
        Matcher m = take.getId() == null ? null : NUMBER.matcher(take.getId());
        int number = m != null && m.matches() ? Integer.parseInt(m.group(1)) : 0;
        Path file = null;
        if (take.getFile() != null) {
            try {
                file = layout.resolve(take.getFile());
            } catch (RuntimeException e) {
                file = null; // a path outside the film is not shown
            }
        }
        return new TakeEntry(take.getId(), number, take.getState() == null ? "" : take.getState().getLiteral(),
                take.isCircled(), take.getRating(), take.getBackend() == null ? "" : take.getBackend(),
                take.isSetSeed() ? Long.valueOf(take.getSeed()) : null, take.getCost(), take.getCurrency(),
                take.getPromptAsSent() == null ? "" : take.getPromptAsSent(), file);
    }

    /** "animatic · seed 42 · 0.40 USD" */
    public String details() {
        StringBuilder text = new StringBuilder(backend.isEmpty() ? "?" : backend);
        text.append(" \u00b7 ").append(seed == null ? "no seed" : "seed " + seed);
        if (cost != null) {
            text.append(" \u00b7 ").append(String.format(Locale.ROOT, "%s %s", cost.toPlainString(),
                    currency == null ? "" : currency).trim());
        }
        return text.toString();
    }

    /** "★★★☆☆" */
    public static String stars(int rating) {
        return "\u2605".repeat(Math.max(0, Math.min(5, rating))) + "\u2606".repeat(5 - Math.max(0, Math.min(5, rating)));
    }
}
