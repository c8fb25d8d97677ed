package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.media.ContactSheet;
import dev.longtake.media.MediaProgress;
import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.PreviewVariants;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake preview}: cheap variants of a shot and a contact sheet of their first frames. */
@Command(name = "preview", description = { "Render cheap, short, small variants of a shot (the backend's cheapest "
        + "size, distinct seeds) and write a contact sheet of the first 4 frames of each into "
        + "out/previews/<Shot>-<variants>.png, to judge a prompt before paying for takes.",
        "Variants are kept in the ledger as takes of <Shot>.preview: previewing again renders only what is missing; "
        + "a cut never uses them. To keep a variant, give the shot its seed (seed N)." })
final class PreviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Parameters(index = "1", paramLabel = "<shot>", description = "the shot to preview")
    String shot;

    @Option(names = "--variants", paramLabel = "<n>", defaultValue = "8",
            description = "how many variants (8 or 32 are usual; 1 to 64; default ${DEFAULT-VALUE})")
    int variants;

    @Option(names = "--seconds", paramLabel = "<s>", defaultValue = "2",
            description = "the length of each variant, at most the shot's (default ${DEFAULT-VALUE})")
    double seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (variants < 1 || variants > 64) {
            throw new CommandFailure("--variants must be 1 to 64, not " + variants);
        }
        if (!(seconds > 0)) {
            throw new CommandFailure("--seconds must be positive, not " + seconds);
        }
        FilmRequests film = FilmRequests.load(project, err);
        RenderRequest request = film.requests().stream().filter(r -> r.shotName().equals(shot)).findFirst()
                .orElseThrow(() -> new CommandFailure("no shot named " + shot + " in " + film.project().folder()
                        + "; its shots are " + film.requests().stream().map(RenderRequest::shotName).distinct()
                                .collect(Collectors.joining(", "))));
        BackendRegistry backends = CommandLineSettings.installedBackends();
        Backend backend = backends.find(request.backendName()).orElseThrow(() -> new CommandFailure("shot " + shot
                + " uses backend " + request.backendName() + ", which is not installed; installed: "
                + String.join(", ", backends.names())));
        List<RenderRequest> previews = PreviewVariants.of(request, variants, seconds, backend.capabilities());
        RenderRequest first = previews.get(0);
        out.printf(Locale.ROOT, "previewing %s: %d variants of %.1f s at %dx%d on %s%n", shot, variants,
                first.durationSeconds(), first.width(), first.height(), backend.name());

        RenderCommandSupport support = new RenderCommandSupport(film.project().folder(), backends, out, err,
                RenderCommandSupport.stdoutIsTerminal());
        int rendered = support.render(previews, film.budget(), RenderOptions.defaults());
        if (rendered != ExitCode.OK) {
            return rendered;
        }
        return writeSheet(film, previews, out);
    }

    private int writeSheet(FilmRequests film, List<RenderRequest> previews, PrintWriter out) {
        ProjectLayout layout = TakeArguments.layout(film.project().folder());
        Ledger ledger = TakeArguments.read(layout);
        Map<String, Take> done = ledger.getTakes().stream()
                .filter(take -> take.getState() == TakeState.DONE && take.getRequestHash() != null)
                .collect(Collectors.toMap(Take::getRequestHash, Function.identity(), (a, b) -> a));
        List<ContactSheet.Variant> cells = new ArrayList<>();
        for (RenderRequest preview : previews) {
            Take take = done.get(preview.hash());
            if (take == null || take.getFile() == null) {
                throw new CommandFailure("variant " + preview.takeNumber() + " of " + shot + " is not in the ledger "
                        + layout.ledgerFile() + "; run preview again");
            }
            String label = "v" + preview.takeNumber() + (preview.seed() != null ? "  seed " + preview.seed() : "");
            cells.add(new ContactSheet.Variant(label, layout.resolve(take.getFile())));
        }
        Path sheet = layout.folder().resolve("out").resolve("previews").resolve(shot + "-" + previews.size() + ".png");
        try {
            java.nio.file.Files.createDirectories(sheet.getParent());
            ContactSheet.Sheet made = ContactSheet.write(cells,
                    ContactSheet.Layout.DEFAULT.withTitle(shot + ": " + previews.size() + " previews"), sheet,
                    MediaProgress.NONE);
            made.problems().forEach(problem -> spec.commandLine().getErr().println("warning: " + problem.getMessage()));
            out.printf(Locale.ROOT, "contact sheet: %s (%dx%d)%n", layout.relative(sheet), made.width(), made.height());
        } catch (java.io.IOException e) { // a MediaException is one
            throw new CommandFailure("cannot write the contact sheet " + sheet + ": " + e.getMessage());
        }
        out.println("to keep a variant, give shot " + shot + " its seed in the script (seed N) and render");
        return ExitCode.OK;
    }
}
