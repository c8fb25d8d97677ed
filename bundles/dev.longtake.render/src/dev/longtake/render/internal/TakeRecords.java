package dev.longtake.render.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

import dev.longtake.model.Charge;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;

/**
 * Writes what the journal knows of a take into the ledger. Idempotent (a take is found by id
 * and updated; a charge is added once per take), so a change replayed after a crash or a
 * failed write does no harm. Only the engine's fields are set: rating and circle belong to
 * the user and are never touched.
 */
public final class TakeRecords {

    private TakeRecords() {
    }

    public static Take upsert(Ledger ledger, JournalEntry entry, TakeState state) {
        JournalRecord intent = entry.intent();
        Take take = ledger.findTake(entry.takeId());
        if (take == null) {
            take = LongtakeFactory.eINSTANCE.createTake();
            take.setId(entry.takeId());
            ledger.getTakes().add(take);
        }
        if (take.isFinished() && take.getState() != state && state != TakeState.DONE) {
            return take; // an outcome already recorded is not overwritten by an older state
        }
        take.setShotName(intent.get("shot"));
        take.setRequestHash(intent.get("hash"));
        take.setBackend(intent.get("backend"));
        take.setModel(intent.get("model"));
        take.setPromptAsSent(intent.get("prompt"));
        if (intent.get("seed") != null) {
            take.setSeed(Long.parseLong(intent.get("seed")));
        }
        take.setState(state);
        take.setFile(intent.get("file"));
        take.setCurrency(intent.get("currency"));
        take.setCreatedAt(date(intent.get("at")));
        put(take, "take", intent.get("takeNumber"));
        put(take, "duration", intent.get("duration"));
        put(take, "size", intent.get("width") + "x" + intent.get("height"));
        put(take, "fps", intent.get("fps"));
        put(take, "image", intent.get("image"));
        put(take, "continues", intent.get("continues"));
        put(take, "references", intent.get("refs"));
        if (entry.remoteId() != null) {
            take.setRemoteId(entry.remoteId());
        }
        for (JournalRecord record : entry.records()) {
            if (record.type().equals("submitted") && take.getSubmittedAt() == null) {
                take.setSubmittedAt(date(record.get("at")));
            }
        }
        JournalRecord outcome = entry.outcome();
        if (outcome != null && state.getValue() >= TakeState.DONE_VALUE) {
            take.setFinishedAt(date(outcome.get("at")));
            take.setError(outcome.get("reason"));
            if (outcome.get("file") != null) {
                take.setFile(outcome.get("file"));
            }
            put(take, "sha256", outcome.get("sha256"));
            put(take, "bytes", outcome.get("bytes"));
            BigDecimal cost = amount(outcome.get("cost"));
            if (cost == null && state == TakeState.DONE) {
                cost = amount(intent.get("est")); // the service did not say: the plan's estimate
            }
            if (cost != null) {
                take.setCost(cost);
                charge(ledger, take, cost, outcome.get("at"));
            }
        }
        return take;
    }

    private static void charge(Ledger ledger, Take take, BigDecimal amount, String at) {
        if (amount.signum() <= 0) {
            return;
        }
        for (Charge charge : ledger.getSpending()) {
            if (take.getId().equals(charge.getTakeId())) {
                return;
            }
        }
        Charge charge = LongtakeFactory.eINSTANCE.createCharge();
        charge.setTakeId(take.getId());
        charge.setBackend(take.getBackend());
        charge.setAmount(amount);
        charge.setCurrency(take.getCurrency());
        charge.setChargedAt(date(at));
        charge.setNote("take " + take.getId() + " of shot " + take.getShotName() + " ("
                + take.getState().getLiteral() + ")");
        ledger.getSpending().add(charge);
    }

    private static void put(Take take, String key, String value) {
        if (value != null && !value.isEmpty()) {
            take.getParameters().put(key, value);
        }
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }

    private static Date date(String instant) {
        return instant == null ? null : Date.from(Instant.parse(instant));
    }
}
