package dev.longtake.render.internal;

import java.math.BigDecimal;
import java.time.Instant;

import dev.longtake.render.Money;
import dev.longtake.render.RenderRequest;

/** The records of the render journal, made in one place (see {@link JournalEntry}). */
public final class JournalRecords {

    private JournalRecords() {
    }

    /**
     * Before the paid call: the take's id, number, file and idempotency key, the whole request,
     * and the estimate (written as the charge if the service says no price).
     */
    public static JournalRecord intent(String takeId, int number, String file, String key, RenderRequest r,
            String backend, String model, Money estimate, String currency) {
        return of("intent", takeId).put("hash", r.hash()).put("shot", r.shotName()).put("backend", backend)
                .put("model", model).put("key", key).put("n", number).put("file", file)
                .put("takeNumber", r.takeNumber()).put("prompt", r.promptText()).put("duration", r.durationSeconds())
                .put("width", r.width()).put("height", r.height()).put("fps", r.fps()).put("seed", r.seed())
                .put("refs", r.referenceImages() == null ? null : String.join("\n", r.referenceImages()))
                .put("image", r.imageInput()).put("continues", r.continuesShot())
                .put("est", estimate == null ? null : estimate.amount().toPlainString())
                .put("currency", estimate == null ? currency : estimate.currency()).build();
    }

    public static JournalRecord submitted(String takeId, String remoteId, String how) {
        return of("submitted", takeId).put("remote", remoteId).put("found", how).build();
    }

    public static JournalRecord finished(String takeId, String file, String sha256, long bytes, BigDecimal cost) {
        return of("finished", takeId).put("file", file).put("sha256", sha256).put("bytes", bytes)
                .put("cost", cost == null ? null : cost.toPlainString()).build();
    }

    public static JournalRecord failed(String takeId, String reason, BigDecimal cost) {
        return of("failed", takeId).put("reason", reason).put("cost", cost == null ? null : cost.toPlainString())
                .build();
    }

    public static JournalRecord cancelled(String takeId, String reason, BigDecimal cost) {
        return of("cancelled", takeId).put("reason", reason).put("cost", cost == null ? null : cost.toPlainString())
                .build();
    }

    public static JournalRecord uncertain(String takeId, String reason) {
        return of("uncertain", takeId).put("reason", reason).build();
    }

    public static JournalRecord recorded(String takeId) {
        return of("recorded", takeId).build();
    }

    public static JournalRecord abandoned(String takeId, String reason) {
        return of("abandoned", takeId).put("reason", reason).build();
    }

    private static JournalRecord.Builder of(String type, String takeId) {
        return JournalRecord.of(type).put("take", takeId).put("at", Instant.now());
    }
}
