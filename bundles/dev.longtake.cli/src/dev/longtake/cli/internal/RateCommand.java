package dev.longtake.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.model.Take;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake rate <project> <Shot> <take> <0-5>}. */
@Command(name = "rate", description = "Rate a take from 1 to 5 stars (0 takes the rating away).")
final class RateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Parameters(index = "1", paramLabel = "<shot>", description = "the shot")
    String shot;

    @Parameters(index = "2", paramLabel = "<take>", description = "the take's number (3) or id (Hallway-3)")
    String take;

    @Parameters(index = "3", paramLabel = "<0-5>", description = "the rating: 1 to 5, or 0 for none")
    int rating;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (rating < 0 || rating > 5) {
            throw new ParameterException(spec.commandLine(), "a rating is 0 to 5, not " + rating);
        }
        ProjectLayout layout = TakeArguments.layout(project);
        String id;
        try {
            id = LedgerStore.of(layout).update(ledger -> {
                Take chosen = TakeArguments.find(ledger, shot, take, layout.ledgerFile());
                chosen.setRating(rating);
                return chosen.getId();
            });
        } catch (RenderException e) {
            throw new CommandFailure(e.getMessage());
        }
        spec.commandLine().getOut().println(rating == 0 ? "took the rating of " + id + " away"
                : "rated " + id + " " + rating + "/5");
        return ExitCode.OK;
    }
}
