package dev.longtake.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import dev.longtake.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code longtake}: the root of every command. Without a command it prints its usage. */
@Command(name = "longtake",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        subcommands = { HelpCommand.class, CheckCommand.class, PromptCommand.class, FormatCommand.class,
                PlanCommand.class, RenderCommand.class, TakesCommand.class, CircleCommand.class, RateCommand.class,
                BackendsCommand.class,
                PreviewCommand.class, AssembleCommand.class, ExportCommand.class, ProbeCommand.class,
                PluginsCommand.class, LspCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { ExitCode.OK + ":the command did what was asked",
                ExitCode.FAILURE + ":the work failed or the input has errors (reason on stderr)",
                ExitCode.USAGE + ":the command line is wrong",
                ExitCode.INTERNAL + ":an internal fault of Longtake (please report it)" },
        description = "Make long-form video from AI generations: write shot scripts, "
                + "render takes, circle the best and assemble the cut.",
        footer = { "", "Run 'longtake help <command>' for a command's usage.",
                "Run 'longtake studio [path]' (the launch script) to open the workbench." })
public final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version of the installed product, taken from this bundle's OSGi version. */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "longtake " + productVersion(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" };
        }
    }

    /** "0.1.0 (build 202611220230)" in the product, "development" outside OSGi. */
    static String productVersion() {
        Bundle bundle = FrameworkUtil.getBundle(RootCommand.class);
        if (bundle == null) {
            return "development";
        }
        Version v = bundle.getVersion();
        String base = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return v.getQualifier().isEmpty() ? base : base + " (build " + v.getQualifier() + ")";
    }
}
