package dev.longtake.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake circle <project> <Shot> <take>}: the take the cut uses for the shot. */
@Command(name = "circle", description = "Circle a take: the one the cut uses for its shot. "
        + "The shot's other takes are uncircled.")
final class CircleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Parameters(index = "1", paramLabel = "<shot>", description = "the shot")
    String shot;

    @Parameters(index = "2", paramLabel = "<take>", description = "the take's number (3) or id (Hallway-3)")
    String take;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectLayout layout = TakeArguments.layout(project);
        String[] result;
        try {
            result = LedgerStore.of(layout).update(ledger -> {
                Take chosen = TakeArguments.find(ledger, shot, take, layout.ledgerFile());
                if (chosen.getState() != TakeState.DONE) {
                    throw new CommandFailure("take " + chosen.getId() + " is " + chosen.getState().getLiteral()
                            + ": only a done take can be circled");
                }
                Take before = ledger.circledTake(shot);
                ledger.circle(chosen);
                return new String[] { chosen.getId(), chosen.getFile(),
                        before == null || before == chosen ? null : before.getId() };
            });
        } catch (RenderException e) {
            throw new CommandFailure(e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("circled " + result[0] + " (" + result[1] + ")"
                + (result[2] == null ? "" : "; " + result[2] + " is no longer circled"));
        if (result[1] != null && !Files.isRegularFile(layout.folder().resolve(result[1]))) {
            spec.commandLine().getErr().println("circle: warning: " + result[1] + " is missing from " + layout.folder());
        }
        return ExitCode.OK;
    }
}
