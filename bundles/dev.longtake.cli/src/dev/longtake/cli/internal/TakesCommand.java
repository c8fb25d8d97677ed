package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import dev.longtake.cli.ExitCode;
import dev.longtake.model.Charge;
import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.Money;
import dev.longtake.render.ProjectLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake takes <project> [Shot]}: the takes in the ledger, by shot. */
@Command(name = "takes", description = "List the takes of a film's shots, from its take ledger.")
final class TakesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<shot>", description = "only this shot's takes")
    String shot;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProjectLayout layout = TakeArguments.layout(project);
        Ledger ledger = TakeArguments.read(layout);
        List<Take> takes = shot == null ? new ArrayList<>(ledger.getTakes()) : new ArrayList<>(ledger.takesOf(shot));
        if (shot != null && takes.isEmpty()) {
            TakeArguments.find(ledger, shot, "", layout.ledgerFile()); // throws, naming the shots with takes
        }
        if (takes.isEmpty()) {
            out.println("no takes yet (" + layout.ledgerFile() + " has none)");
            return ExitCode.OK;
        }
        // Grouped by shot, shots in the order of their first take.
        Set<String> shots = new LinkedHashSet<>();
        takes.forEach(take -> shots.add(take.getShotName()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "SHOT", "TAKE", "STATE", "RATING", "CIRCLED", "BACKEND", "COST", "FILE / NOTE" });
        int circled = 0;
        for (String name : shots) {
            for (Take take : takes) {
                if (!name.equals(take.getShotName())) {
                    continue;
                }
                circled += take.isCircled() ? 1 : 0;
                rows.add(new String[] { name, TakeArguments.number(take), take.getState().getLiteral(),
                        take.getRating() == 0 ? "-" : take.getRating() + "/5", take.isCircled() ? "circled" : "",
                        nonNull(take.getBackend()), cost(take), note(take) });
            }
        }
        Table.print(out, rows);
        out.println();
        out.println(takes.size() + (takes.size() == 1 ? " take" : " takes") + " of " + shots.size()
                + (shots.size() == 1 ? " shot" : " shots") + ", " + circled + " circled; spent so far: "
                + spending(ledger));
        return ExitCode.OK;
    }

    private static String cost(Take take) {
        if (take.getCost() == null) {
            return "-";
        }
        return take.getCurrency() == null ? take.getCost().toPlainString()
                : new Money(take.getCost(), take.getCurrency()).toString();
    }

    private static String note(Take take) {
        if (take.getState() == TakeState.DONE || take.getError() == null) {
            return nonNull(take.getFile());
        }
        String error = take.getError().replace('\n', ' ');
        return error.length() > 70 ? error.substring(0, 69) + "\u2026" : error;
    }

    static String spending(Ledger ledger) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        for (Charge charge : ledger.getSpending()) {
            if (charge.getAmount() != null && charge.getCurrency() != null) {
                byCurrency.merge(charge.getCurrency().toUpperCase(Locale.ROOT), charge.getAmount(), BigDecimal::add);
            }
        }
        if (byCurrency.isEmpty()) {
            return "nothing";
        }
        List<String> parts = new ArrayList<>();
        byCurrency.forEach((currency, amount) -> parts.add(new Money(amount, currency).toString()));
        return String.join(" + ", parts);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
