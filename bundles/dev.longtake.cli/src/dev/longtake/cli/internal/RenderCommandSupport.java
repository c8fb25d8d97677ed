package dev.longtake.cli.internal;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.BackendTotal;
import dev.longtake.render.Money;
import dev.longtake.render.PlannedTake;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RecoveryReport;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderListener;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderPlanner;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.RenderResult;
import dev.longtake.render.RenderResult.Outcome;

/**
 * What {@code longtake plan} and {@code longtake render} do once the script is compiled into
 * requests: the commands themselves (which read the script) call this. Failures are
 * {@link CommandFailure}s with one line naming the thing; progress goes to a terminal as
 * redrawn bars, elsewhere as one line per event.
 */
public final class RenderCommandSupport {

    private final ProjectLayout layout;
    private final BackendRegistry backends;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;

    public RenderCommandSupport(Path project, BackendRegistry backends, PrintWriter out, PrintWriter err,
            boolean terminal) {
        this.layout = TakeArguments.layout(project);
        this.backends = backends;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Whether standard output is an interactive terminal. From Java 22 {@code System.console()}
     * exists even when output is redirected, so {@code Console.isTerminal()} is asked when the
     * running Java has it.
     */
    public static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }

    /** {@code longtake plan}: the plan as a table; a plan above the budget fails with the figures. */
    public int plan(List<? extends RenderRequest> requests, Money budget) {
        RenderPlan plan;
        try {
            plan = RenderPlanner.plan(layout, requests, budget, backends);
        } catch (RenderException e) {
            throw new CommandFailure(e.getMessage());
        }
        printPlan(plan, true);
        requireRenderable(plan);
        return ExitCode.OK;
    }

    /** {@code longtake render}: resumes what a killed render left, then renders what the plan needs. */
    public int render(List<? extends RenderRequest> requests, Money budget, RenderOptions options) {
        RenderResult result;
        try (RenderEngine engine = RenderEngine.open(layout.folder(), backends, options)) {
            printRecovery(engine.recovery());
            RenderPlan plan = engine.plan(requests, budget);
            printPlan(plan, false);
            requireRenderable(plan);
            if (plan.takes().isEmpty() && plan.uncertain().isEmpty()) {
                out.println("nothing to render: " + plan.alreadyDone().size() + " of " + plan.requests()
                        + " takes are in the ledger");
                return ExitCode.OK;
            }
            RenderListener progress = terminal ? new TerminalProgress(out, plan) : new PlainProgress(out, plan);
            result = engine.render(plan, progress);
            if (progress instanceof TerminalProgress bars) {
                bars.finish();
            }
        } catch (RenderException e) {
            throw new CommandFailure(e.getMessage());
        }
        return report(result);
    }

    private void requireRenderable(RenderPlan plan) {
        try {
            plan.requireRenderable();
        } catch (RenderException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private int report(RenderResult result) {
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            long count = result.count(outcome);
            if (count > 0) {
                parts.add(count + " " + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        out.println("rendered: " + String.join(", ", parts));
        result.outcomes().stream().filter(o -> o.outcome() != Outcome.DONE && o.message() != null).limit(10)
                .forEach(o -> err.println("  " + o.planned().shotName() + ": " + o.outcome().name().toLowerCase(Locale.ROOT)
                        + ": " + o.message()));
        if (result.allDone()) {
            return ExitCode.OK;
        }
        long unfinished = result.outcomes().size() - result.count(Outcome.DONE);
        throw new CommandFailure(unfinished + " of " + result.outcomes().size()
                + " takes did not finish (see above); run render again to resume what was left open");
    }

    private void printRecovery(RecoveryReport recovery) {
        if (recovery.isEmpty()) {
            return;
        }
        out.println("an earlier render ended before it finished:");
        if (!recovery.recordedDone().isEmpty()) {
            out.println("  " + recovery.recordedDone().size() + " finished takes written into the ledger");
        }
        if (!recovery.recordedEnded().isEmpty()) {
            out.println("  " + recovery.recordedEnded().size() + " failed or cancelled takes written into the ledger");
        }
        if (!recovery.submitted().isEmpty() || !recovery.refetch().isEmpty()) {
            out.println("  " + (recovery.submitted().size() + recovery.refetch().size())
                    + " submitted takes to resume by their job id (not submitted again)");
        }
        if (!recovery.unsent().isEmpty()) {
            out.println("  " + recovery.unsent().size() + " takes whose submission was in progress");
        }
        if (recovery.damagedLines() > 0) {
            err.println("render: warning: " + recovery.damagedLines() + " damaged lines in "
                    + layout.journalFolder() + " were skipped");
        }
    }

    private void printPlan(RenderPlan plan, boolean everyTake) {
        if (everyTake && !plan.takes().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] { "SHOT", "TAKE", "BACKEND", "SIZE", "FPS", "SECONDS", "ESTIMATE", "" });
            for (PlannedTake take : plan.takes()) {
                RenderRequest r = take.request();
                rows.add(new String[] { r.shotName(), String.valueOf(r.takeNumber()), r.backendName(),
                        r.width() + "x" + r.height(), number(r.fps()), number(r.durationSeconds()),
                        take.estimate() == null ? "-" : take.estimate().toString(), kind(take) });
            }
            Table.print(out, rows);
            out.println();
        }
        for (BackendTotal total : plan.totals()) {
            out.println(String.format(Locale.ROOT, "%-12s %5d %s  %8s s  %s", total.backend(), total.takes(),
                    total.takes() == 1 ? "take " : "takes", number(total.seconds()), total.estimate()));
        }
        if (!plan.alreadyDone().isEmpty()) {
            out.println("already in the ledger, not rendered again: " + plan.alreadyDone().size() + " of "
                    + plan.requests() + " takes");
        }
        for (String note : plan.notes()) {
            out.println("note: " + note);
        }
        for (String problem : plan.problems()) {
            err.println(layout.folder() + ": error: " + problem);
        }
        if (plan.problems().isEmpty()) {
            out.println(capitalized(plan.budgetVerdict()));
        }
    }

    private static String kind(PlannedTake take) {
        return switch (take.kind()) {
            case NEW -> "";
            case RESUME -> "resume " + take.takeId() + " (job " + take.remoteId() + ")";
            case RESUBMIT -> "send " + take.takeId() + " again (same key)";
            case UNCERTAIN -> "uncertain " + take.takeId();
        };
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
