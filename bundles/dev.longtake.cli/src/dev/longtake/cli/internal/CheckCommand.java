package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.longtake.cli.ExitCode;
import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsDiagnostic.Severity;
import dev.longtake.dsl.ShotsProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake check}: every finding of a project or script, one per line. */
@Command(name = "check",
        description = { "Check a film project (every .shots file of a folder) or one script.",
                "Prints each finding as file:line:col: severity: message; exits 1 when there are errors "
                        + "(warnings alone exit 0)." })
public final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project|file>",
            description = "a project folder, or a .shots file (its folder's other scripts are read for names)")
    Path path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ShotsProject project = ScriptPaths.load(path);
        PrintWriter out = spec.commandLine().getOut();
        for (ShotsDiagnostic diagnostic : project.diagnostics()) {
            out.println(ScriptPaths.line(diagnostic));
        }
        long errors = project.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = project.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        String files = ScriptPaths.count(project.reportedFiles().size(), "file");
        PrintWriter err = spec.commandLine().getErr();
        if (errors > 0) {
            err.println("longtake check: " + ScriptPaths.count(errors, "error") + ", "
                    + ScriptPaths.count(warnings, "warning") + " in " + files);
            return ExitCode.FAILURE;
        }
        err.println("longtake check: no errors, " + ScriptPaths.count(warnings, "warning") + " in " + files);
        return ExitCode.OK;
    }
}
