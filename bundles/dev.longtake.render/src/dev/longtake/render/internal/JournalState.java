package dev.longtake.render.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The journal folded into one entry per take id, in the order takes were first meant. */
public final class JournalState {

    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();

    public static JournalState of(List<JournalRecord> records) {
        JournalState state = new JournalState();
        records.forEach(state::apply);
        return state;
    }

    public synchronized void apply(JournalRecord record) {
        String take = record.take();
        if (take != null) {
            entries.computeIfAbsent(take, JournalEntry::new).apply(record);
        }
    }

    public synchronized JournalEntry entry(String takeId) {
        return entries.get(takeId);
    }

    public synchronized Collection<JournalEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** Entries not yet closed (in the ledger or abandoned), with a usable intent. */
    public synchronized List<JournalEntry> open() {
        List<JournalEntry> open = new ArrayList<>();
        for (JournalEntry entry : entries.values()) {
            if (!entry.status().isClosed() && entry.intent() != null) {
                open.add(entry);
            }
        }
        return open;
    }

    /** The records of open entries, in journal order: what compaction keeps. */
    public synchronized List<JournalRecord> openRecords() {
        List<JournalRecord> keep = new ArrayList<>();
        for (JournalEntry entry : open()) {
            keep.addAll(entry.records());
        }
        return keep;
    }
}
