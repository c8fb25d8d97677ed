package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsDiagnostic.Severity;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.dsl.prompt.ImageReference;
import dev.longtake.dsl.prompt.ShotCompiler;
import dev.longtake.model.Shot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake prompt}: the generation requests of every shot, or of one, exactly as sent. */
@Command(name = "prompt",
        description = { "Print the generation requests of a project's shots, or of one shot, exactly as they are "
                + "sent: the prompt text, the parameters and each take's seed and hash.",
                "A script with errors is not compiled: the errors are printed and the command exits 1." })
public final class PromptCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project|file>", description = "a project folder or a .shots file")
    Path path;

    @Parameters(index = "1", paramLabel = "Shot", arity = "0..1", description = "only this shot")
    String shotName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ShotsProject project = ScriptPaths.load(path);
        List<ShotsDiagnostic> errors = project.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            errors.forEach(error -> err.println(ScriptPaths.line(error)));
            throw new CommandFailure("the script has " + ScriptPaths.count(errors.size(), "error")
                    + ": its prompts are not compiled until they are fixed");
        }
        List<Shot> shots = shotName == null ? project.shots() : List.of(shot(project));
        ShotCompiler compiler = project.context().compiler();
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (Shot shot : shots) {
            List<GenerationRequest> requests = compiler.compile(shot);
            if (requests.isEmpty()) {
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            print(out, requests);
        }
        return ExitCode.OK;
    }

    private Shot shot(ShotsProject project) {
        return project.shot(shotName).orElseThrow(() -> {
            List<String> close = project.shotNamesLike(shotName);
            return new CommandFailure("no shot named '" + shotName + "' in " + path
                    + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"));
        });
    }

    /** A shot's requests: what they share once, then each take's seed and hash. */
    static void print(PrintWriter out, List<GenerationRequest> requests) {
        GenerationRequest request = requests.get(0);
        out.println("shot " + request.shotName() + ": " + requests.size() + (requests.size() == 1 ? " take" : " takes"));
        out.println("backend: " + request.backend());
        out.println("duration: " + plain(request.durationSeconds()) + " s");
        out.println("size: " + request.width() + "x" + request.height());
        out.println("fps: " + plain(request.fps()));
        out.println("reference images: " + (request.referenceImages().isEmpty() ? "none"
                : request.referenceImages().stream().map(PromptCommand::image).collect(Collectors.joining(", "))));
        out.println("image input: " + (request.imageInput() == null ? "none" : image(request.imageInput())));
        out.println("continues: " + (request.continuesShot() == null ? "none" : request.continuesShot()));
        out.println("prompt:");
        out.println(request.prompt());
        for (GenerationRequest take : requests) {
            out.println("take " + take.take() + ": seed "
                    + (take.seed() == null ? "none (the backend picks)" : take.seed()) + ", hash " + take.hash());
        }
    }

    private static String image(ImageReference image) {
        return image.path() + (image.sha256() == null ? " (missing)" : " (sha256 " + image.sha256() + ")");
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
