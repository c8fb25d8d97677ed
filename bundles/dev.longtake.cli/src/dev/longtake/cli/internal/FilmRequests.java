package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.longtake.cli.CommandFailure;
import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsDiagnostic.Severity;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.render.Money;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.dsl.CompiledRequest;

/**
 * A film's script, checked and compiled into the requests the render engine works on:
 * what {@code plan}, {@code render}, {@code assemble} and {@code export} start from.
 */
record FilmRequests(ShotsProject project, List<RenderRequest> requests) {

    /** Loads and checks the film; errors are printed and stop the command, warnings are printed. */
    static FilmRequests load(Path path, PrintWriter err) {
        ShotsProject project = ScriptPaths.load(path);
        List<ShotsDiagnostic> errors = project.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            errors.forEach(error -> err.println(ScriptPaths.line(error)));
            throw new CommandFailure("the script has " + ScriptPaths.count(errors.size(), "error")
                    + "; fix them first (longtake check " + path + ")");
        }
        List<RenderRequest> requests = new ArrayList<>();
        for (Shot shot : project.shots()) {
            for (GenerationRequest request : project.context().compiler().compile(shot)) {
                requests.add(new CompiledRequest(request, project.folder()));
            }
        }
        return new FilmRequests(project, requests);
    }

    /** The budget of the project block, or null when the script sets none. */
    Money budget() {
        ProjectSettings settings = settings();
        if (settings == null || settings.getBudget() == null) {
            return null;
        }
        BigDecimal amount = settings.getBudget();
        return Money.of(amount.toPlainString(), settings.getCurrency() == null ? "USD" : settings.getCurrency());
    }

    ProjectSettings settings() {
        return project.scripts().stream().map(Script::getSettings).filter(s -> s != null).findFirst().orElse(null);
    }

    /**
     * The script that holds the film's sequences (a project may keep its cast in other files).
     * Sequences in several files are not joined yet: that is refused with a clear message.
     */
    Script cutScript() {
        List<Script> withSequences = project.scripts().stream().filter(s -> !s.getSequences().isEmpty()).toList();
        if (withSequences.isEmpty()) {
            throw new CommandFailure("the film in " + project.folder() + " has no sequences to cut");
        }
        if (withSequences.size() > 1) {
            throw new CommandFailure("the film's sequences are spread over " + withSequences.size()
                    + " files; keep them in one script (cast, places and styles may live anywhere)");
        }
        Script script = withSequences.get(0);
        if (script.getSettings() == null) {
            script.setSettings(org.eclipse.emf.ecore.util.EcoreUtil.copy(settings()));
        }
        return script;
    }
}
