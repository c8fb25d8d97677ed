package dev.longtake.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.longtake.cli.CommandFailure;
import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderException;

/** What the take commands share: the project argument and finding a take by shot and number. */
final class TakeArguments {

    private TakeArguments() {
    }

    static ProjectLayout layout(Path project) {
        try {
            return ProjectLayout.of(project);
        } catch (RenderException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    static Ledger read(ProjectLayout layout) {
        try {
            return LedgerStore.of(layout).read();
        } catch (RenderException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The take a user means by {@code 3} or {@code Hallway-3}; a failure naming the takes there are. */
    static Take find(Ledger ledger, String shot, String take, Path ledgerFile) {
        List<Take> takes = ledger.takesOf(shot);
        if (takes.isEmpty()) {
            String shots = ledger.getTakes().stream().map(Take::getShotName).filter(Objects::nonNull).distinct()
                    .collect(Collectors.joining(", "));
            throw new CommandFailure("shot " + shot + " has no takes in " + ledgerFile
                    + (shots.isEmpty() ? "" : " (shots with takes: " + shots + ")"));
        }
        for (Take candidate : takes) {
            if (take.equals(candidate.getId()) || take.equals(number(candidate))) {
                return candidate;
            }
        }
        throw new CommandFailure("shot " + shot + " has no take " + take + " (its takes: "
                + takes.stream().map(TakeArguments::number).collect(Collectors.joining(", ")) + ")");
    }

    /** "3" for take Hallway-3; the whole id when it does not end in a number. */
    static String number(Take take) {
        String id = take.getId() == null ? "" : take.getId();
        String prefix = take.getShotName() + "-";
        String rest = id.startsWith(prefix) ? id.substring(prefix.length()) : id;
        return rest.matches("\\d+") ? rest : id;
    }
}
