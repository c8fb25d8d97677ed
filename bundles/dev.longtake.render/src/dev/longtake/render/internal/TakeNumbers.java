package dev.longtake.render.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.longtake.model.Ledger;
import dev.longtake.model.Take;

/**
 * Gives each new take of a shot the next number, after every number the ledger or the journal
 * has used: take files are never overwritten by a later take of the same shot.
 */
public final class TakeNumbers {

    private static final Pattern NUMBERED_FILE = Pattern.compile(".*/(\\d+)\\.[a-z0-9]+");
    private static final Pattern NUMBERED_ID = Pattern.compile(".*-(\\d+)");

    private final Map<String, Integer> highest = new HashMap<>();

    public TakeNumbers(Ledger ledger, JournalState journal) {
        for (Take take : ledger.getTakes()) {
            note(take.getShotName(), number(take.getFile(), NUMBERED_FILE));
            note(take.getShotName(), number(take.getId(), NUMBERED_ID));
        }
        for (JournalEntry entry : journal.entries()) {
            if (entry.intent() != null) {
                note(entry.shotName(), entry.number());
            }
        }
    }

    private void note(String shot, int number) {
        if (shot != null && number > 0) {
            highest.merge(shot, number, Math::max);
        }
    }

    private static int number(String text, Pattern pattern) {
        if (text == null) {
            return 0;
        }
        Matcher m = pattern.matcher(text);
        return m.matches() && m.group(1).length() < 9 ? Integer.parseInt(m.group(1)) : 0;
    }

    public synchronized int next(String shot) {
        return highest.merge(shot, 1, Integer::sum);
    }

    /** The ledger id of take {@code number} of a shot. */
    public static String id(String shot, int number) {
        return shot + "-" + number;
    }
}
