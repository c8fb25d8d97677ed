package dev.longtake.render.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.longtake.render.RenderRequest;

/**
 * What the journal says about one take: the fold of its records, in order.
 * <p>
 * Record types: {@code intent} (before the paid call: everything needed to submit again or
 * to write the take into the ledger), {@code submitted} (the remote id), {@code finished}
 * (the file, renamed into place, and its SHA-256), {@code failed}, {@code cancelled},
 * {@code uncertain} (a submission whose answer was lost, not to be repeated unasked),
 * {@code recorded} (the ledger holds the outcome: the entry is closed) and {@code abandoned}
 * (closed without an outcome).
 */
public final class JournalEntry {

    /** Where a take stands, as far as the journal knows. */
    public enum Status {
        INTENT, SUBMITTED, FINISHED, FAILED, CANCELLED, UNCERTAIN, RECORDED, ABANDONED;

        public boolean isClosed() {
            return this == RECORDED || this == ABANDONED;
        }

        /** An outcome is known but not yet in the ledger. */
        public boolean awaitsLedger() {
            return this == FINISHED || this == FAILED || this == CANCELLED;
        }
    }

    private final String takeId;
    private final List<JournalRecord> records = new ArrayList<>();
    private JournalRecord intent;
    private Status status = Status.INTENT;
    private String remoteId;
    private JournalRecord outcome;

    JournalEntry(String takeId) {
        this.takeId = takeId;
    }

    void apply(JournalRecord record) {
        records.add(record);
        switch (record.type()) {
            case "intent" -> {
                intent = record;
                status = Status.INTENT;
            }
            case "submitted" -> {
                remoteId = record.get("remote");
                status = Status.SUBMITTED;
            }
            case "finished" -> {
                outcome = record;
                status = Status.FINISHED;
            }
            case "failed" -> {
                outcome = record;
                status = Status.FAILED;
            }
            case "cancelled" -> {
                outcome = record;
                status = Status.CANCELLED;
            }
            case "uncertain" -> status = Status.UNCERTAIN;
            case "recorded" -> status = Status.RECORDED;
            case "abandoned" -> status = Status.ABANDONED;
            default -> {
                // A record type of a newer version: kept for compaction, otherwise ignored.
            }
        }
    }

    public String takeId() {
        return takeId;
    }

    public Status status() {
        return status;
    }

    public String remoteId() {
        return remoteId;
    }

    /** The intent record, or null when the journal lost it (then the entry cannot be used). */
    public JournalRecord intent() {
        return intent;
    }

    /** The last finished, failed or cancelled record, or null. */
    public JournalRecord outcome() {
        return outcome;
    }

    public List<JournalRecord> records() {
        return List.copyOf(records);
    }

    public String field(String key) {
        return intent == null ? null : intent.get(key);
    }

    public String hash() {
        return field("hash");
    }

    public String shotName() {
        return field("shot");
    }

    public String backend() {
        return field("backend");
    }

    public String file() {
        return field("file");
    }

    public String idempotencyKey() {
        return field("key");
    }

    public int number() {
        String n = field("n");
        return n == null ? 0 : Integer.parseInt(n);
    }

    /** The request as it was when the take was meant, rebuilt from the intent record. */
    public RenderRequest request() {
        String refs = field("refs");
        String seed = field("seed");
        return new JournaledRequest(field("shot"), Integer.parseInt(field("takeNumber")), field("prompt"),
                Double.parseDouble(field("duration")), Integer.parseInt(field("width")),
                Integer.parseInt(field("height")), Double.parseDouble(field("fps")),
                seed == null ? null : Long.valueOf(seed),
                refs == null || refs.isEmpty() ? List.of() : Arrays.asList(refs.split("\n")), field("image"),
                field("continues"), field("backend"), field("hash"));
    }

    /** A request rebuilt from the journal. */
    record JournaledRequest(String shotName, int takeNumber, String promptText, double durationSeconds, int width,
            int height, double fps, Long seed, List<String> referenceImages, String imageInput,
            String continuesShot, String backendName, String hash) implements RenderRequest {
    }
}
