package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.plugins.InstalledPlugin;
import dev.longtake.plugins.PluginException;
import dev.longtake.plugins.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longtake plugins install|list|uninstall}: features from an update site installed
 * into this product with p2 (dev.longtake.plugins). Changes apply from the next command on.
 */
@Command(name = "plugins", description = { "Install, list and uninstall plugins: features from a p2 update site "
        + "(backends, exporters, ...) added to this Longtake. A change applies from the next command on." },
        subcommands = { PluginsCommand.Install.class, PluginsCommand.ListCommand.class, PluginsCommand.Uninstall.class })
final class PluginsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A site given as a URL (file:, http:, https:) or as a folder or zip file. */
    static URI site(String text) {
        if (text.matches("(?i)(file|https?|jar):.*")) {
            return URI.create(text);
        }
        Path path = Path.of(text).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new CommandFailure(text + ": no such update site (a folder, a zip file or a URL)");
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip")) {
            return URI.create("jar:" + path.toUri() + "!/");
        }
        return path.toUri();
    }

    static Plugins plugins() {
        try {
            return Plugins.ofRunningProduct();
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    @Command(name = "install", description = "Install a feature from an update site into this Longtake.")
    static final class Install implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "<site>", description = "the update site: a folder, a zip file or a file:/http(s): URL")
        String site;

        @Parameters(index = "1", paramLabel = "<feature>", description = "the feature's id (dev.example.replicate.feature)")
        String feature;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                InstalledPlugin installed = plugins().install(site(site), feature, message -> err.println("  " + message));
                spec.commandLine().getOut().println("installed " + installed.featureId() + " " + installed.version()
                        + " (" + installed.name() + "); it is available from the next longtake command on");
                return ExitCode.OK;
            } catch (PluginException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        }
    }

    @Command(name = "list", description = "List the plugins installed into this Longtake.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                List<InstalledPlugin> plugins = plugins().list();
                if (plugins.isEmpty()) {
                    out.println("no plugins installed (longtake plugins install <site> <feature> adds one)");
                    return ExitCode.OK;
                }
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] { "FEATURE", "VERSION", "NAME", "PROVIDER" });
                for (InstalledPlugin plugin : plugins) {
                    rows.add(new String[] { plugin.featureId(), plugin.version(), plugin.name(), plugin.provider() });
                }
                for (String[] row : rows) {
                    out.println(String.format("%-36s %-24s %s%s", row[0], row[1], row[2], row[3].isEmpty() ? "" : " (" + row[3] + ")")
                            .stripTrailing());
                }
                return ExitCode.OK;
            } catch (PluginException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        }
    }

    @Command(name = "uninstall", description = "Uninstall a plugin (never a feature of the product itself).")
    static final class Uninstall implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "<feature>", description = "the plugin's feature id")
        String feature;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                InstalledPlugin removed = plugins().uninstall(feature, message -> err.println("  " + message));
                spec.commandLine().getOut().println("uninstalled " + removed.featureId() + " " + removed.version()
                        + "; it is gone from the next longtake command on");
                return ExitCode.OK;
            } catch (PluginException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        }
    }
}
