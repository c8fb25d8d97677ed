package dev.longtake.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.longtake.model.Charge;
import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.internal.JournalEntry;
import dev.longtake.render.internal.JournalRecord;
import dev.longtake.render.internal.JournalState;
import dev.longtake.render.internal.RenderJournal;

/** Makes render plans from the script's requests, the ledger and the journal. */
public final class RenderPlanner {

    private RenderPlanner() {
    }

    /**
     * The plan for a project as its files stand, reading the ledger and the journal without
     * changing them (a render may be running).
     */
    public static RenderPlan plan(ProjectLayout layout, List<? extends RenderRequest> requests, Money budget,
            BackendRegistry backends) {
        List<JournalRecord> records;
        try {
            records = RenderJournal.readOnly(layout.journalFolder());
        } catch (IOException e) {
            throw new RenderException(layout.journalFolder() + ": cannot read the render journal: " + e.getMessage(), e);
        }
        return plan(requests, LedgerStore.of(layout).read(), JournalState.of(records), backends, budget);
    }

    static RenderPlan plan(List<? extends RenderRequest> requests, Ledger ledger, JournalState journal,
            BackendRegistry backends, Money budget) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        Set<String> done = new HashSet<>();
        for (Take take : ledger.getTakes()) {
            if (take.getState() == TakeState.DONE) {
                done.add(key(take.getShotName(), take.getRequestHash()));
            }
        }
        // Takes an earlier render left open, by request: they are continued, not planned anew.
        Map<String, JournalEntry> open = new LinkedHashMap<>();
        for (JournalEntry entry : journal.open()) {
            if (entry.status() == JournalEntry.Status.FINISHED && entry.outcome() != null) {
                done.add(key(entry.shotName(), entry.hash())); // on disk, soon in the ledger
            } else if (entry.status() == JournalEntry.Status.SUBMITTED || entry.status() == JournalEntry.Status.INTENT
                    || entry.status() == JournalEntry.Status.UNCERTAIN) {
                open.put(key(entry.shotName(), entry.hash()), entry);
            }
        }

        List<PlannedTake> takes = new ArrayList<>();
        List<PlannedTake> uncertain = new ArrayList<>();
        List<RenderRequest> alreadyDone = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> unknownBackends = new TreeMap<>();
        int duplicates = 0;
        for (RenderRequest request : requests) {
            String key = key(request.shotName(), request.hash());
            if (!seen.add(key)) {
                duplicates++;
                continue;
            }
            if (done.contains(key)) {
                alreadyDone.add(request);
                continue;
            }
            JournalEntry entry = open.remove(key);
            Backend backend = backends.find(request.backendName()).orElse(null);
            if (backend == null) {
                unknownBackends.computeIfAbsent(request.backendName(), b -> new ArrayList<>()).add(request.shotName());
                continue;
            }
            if (!ProjectLayout.isSafeName(request.shotName())) {
                problems.add("shot name '" + request.shotName()
                        + "' cannot name a folder of takes (letters, digits, '_', '-' and '.' only)");
                continue;
            }
            BackendCapabilities capabilities = backend.capabilities();
            if (entry == null) {
                problems.addAll(capabilities.problemsWith(request, backend.name()));
            }
            Money estimate = capabilities.estimate(request.durationSeconds(),
                    Resolution.of(Math.max(1, request.width()), Math.max(1, request.height()))).orElse(null);
            PlannedTake planned = continued(entry, request, capabilities, estimate);
            (planned.kind() == PlannedTake.Kind.UNCERTAIN ? uncertain : takes).add(planned);
        }
        // Jobs left open for requests the script no longer makes: paid for, so still fetched.
        for (JournalEntry entry : open.values()) {
            Backend backend = backends.find(entry.backend()).orElse(null);
            if (backend == null) {
                notes.add("take " + entry.takeId() + " was left open with backend " + entry.backend()
                        + ", which is not installed; it stays open");
                continue;
            }
            BackendCapabilities capabilities = backend.capabilities();
            RenderRequest request = entry.request();
            if (entry.status() != JournalEntry.Status.SUBMITTED && capabilities.isFree()) {
                continue; // never reached a free service, or cost nothing there: nothing to keep
            }
            Money estimate = capabilities.estimate(request.durationSeconds(),
                    Resolution.of(request.width(), request.height())).orElse(null);
            PlannedTake planned = continued(entry, request, capabilities, estimate);
            (planned.kind() == PlannedTake.Kind.UNCERTAIN ? uncertain : takes).add(planned);
            notes.add("take " + entry.takeId() + " of shot " + entry.shotName()
                    + " is no longer in the script but was sent to " + entry.backend() + "; it is "
                    + (planned.kind() == PlannedTake.Kind.UNCERTAIN ? "listed as uncertain" : "fetched all the same"));
        }
        unknownBackends.forEach((name, shots) -> problems.add(unknownBackend(backends, name, shots)));
        if (duplicates > 0) {
            notes.add(duplicates + (duplicates == 1 ? " request repeats" : " requests repeat")
                    + " another of the same shot and hash and is rendered once");
        }

        Map<String, Money> spent = spending(ledger);
        List<BackendTotal> totals = totals(takes);
        if (budget != null) {
            for (BackendTotal total : totals) {
                if (!total.estimate().currency().equals(budget.currency()) && !total.estimate().isZero()) {
                    problems.add("backend " + total.backend() + " prices in " + total.estimate().currency()
                            + " but the budget is in " + budget.currency() + "; no currency is converted");
                }
            }
            spent.forEach((currency, amount) -> {
                if (!currency.equals(budget.currency()) && !amount.isZero()) {
                    notes.add(amount + " spent in another currency is not counted against the budget of " + budget);
                }
            });
        }
        for (PlannedTake take : uncertain) {
            notes.add("take " + take.takeId() + " of shot " + take.shotName() + ": the answer of its submission to "
                    + take.backendName() + " was lost and it may have been charged; check the service, then render"
                    + " with the uncertain takes resubmitted or forgotten");
        }
        return new RenderPlan(requests.size(), takes, alreadyDone, uncertain, totals, spent, budget, problems, notes);
    }

    /** A new take, or how an open journal entry for the same request continues. */
    private static PlannedTake continued(JournalEntry entry, RenderRequest request, BackendCapabilities capabilities,
            Money estimate) {
        if (entry == null) {
            return new PlannedTake(request, PlannedTake.Kind.NEW, estimate, null, null);
        }
        if (entry.status() == JournalEntry.Status.SUBMITTED) {
            return new PlannedTake(entry.request(), PlannedTake.Kind.RESUME, estimate, entry.takeId(), entry.remoteId());
        }
        // Meant, maybe sent, answer lost: see PlannedTake.Kind.
        PlannedTake.Kind kind = capabilities.isFree() || capabilities.idempotentSubmit() ? PlannedTake.Kind.RESUBMIT
                : PlannedTake.Kind.UNCERTAIN;
        return new PlannedTake(entry.request(), kind, estimate, entry.takeId(), null);
    }

    private static String unknownBackend(BackendRegistry backends, String name, List<String> shots) {
        String reason;
        try {
            backends.get(name);
            reason = "backend " + name + " is not available";
        } catch (RenderException e) {
            reason = e.getMessage();
        }
        List<String> shown = shots.stream().distinct().limit(5).toList();
        return reason + " (shot" + (shown.size() == 1 ? " " : "s ") + String.join(", ", shown)
                + (shots.stream().distinct().count() > shown.size() ? ", ..." : "") + ")";
    }

    private static Map<String, Money> spending(Ledger ledger) {
        Map<String, Money> spent = new TreeMap<>();
        for (Charge charge : ledger.getSpending()) {
            if (charge.getAmount() != null && charge.getCurrency() != null) {
                Money amount = new Money(charge.getAmount(), charge.getCurrency());
                spent.merge(amount.currency(), amount, Money::plus);
            }
        }
        return spent;
    }

    private static List<BackendTotal> totals(List<PlannedTake> takes) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, double[]> seconds = new HashMap<>();
        Map<String, Money> costs = new HashMap<>();
        for (PlannedTake take : takes) {
            String backend = take.backendName();
            counts.computeIfAbsent(backend, b -> new int[1])[0]++;
            seconds.computeIfAbsent(backend, b -> new double[1])[0] += take.request().durationSeconds();
            if (take.estimate() != null) {
                costs.merge(backend, take.estimate(), Money::plus);
            }
        }
        List<BackendTotal> totals = new ArrayList<>();
        counts.forEach((backend, count) -> totals.add(new BackendTotal(backend, count[0], seconds.get(backend)[0],
                costs.getOrDefault(backend, new Money(BigDecimal.ZERO, "USD")))));
        return totals;
    }

    private static String key(String shot, String hash) {
        return shot + '\u0000' + hash;
    }
}
