package dev.longtake.render.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Starts a class's main in a separate JVM with the classes the tests see: inside OSGi (Tycho's
 * test runtime) the jars and folders of the test bundle's wiring, outside it the class path.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static ProcessBuilder builder(Class<?> main, Map<String, String> environment, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath(main),
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder;
    }

    static String classPath(Class<?> main) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(main);
        if (bundle == null) {
            return System.getProperty("java.class.path");
        }
        Properties dev = devProperties();
        Set<String> entries = new LinkedHashSet<>();
        for (Bundle b : wiringOf(bundle)) {
            entries.addAll(entriesOf(b, dev));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The bundle, its fragments and everything they are wired to, transitively. */
    private static Set<Bundle> wiringOf(Bundle start) {
        Set<Bundle> seen = new LinkedHashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Bundle bundle = todo.pop();
            if (bundle.getBundleId() == 0 || !seen.add(bundle)) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                todo.push(wire.getProvider().getBundle());
            }
            for (BundleWire wire : wiring.getProvidedWires("osgi.wiring.host")) {
                todo.push(wire.getRequirer().getBundle()); // fragments, such as the test bundle
            }
        }
        return seen;
    }

    /** A jar, or a folder's output folders as Tycho's dev.properties lists them. */
    private static List<String> entriesOf(Bundle bundle, Properties dev) {
        // "reference:file:/...", "initial@reference:file:../x.jar" and the like: a file path,
        // absolute or relative to the framework's install area.
        String location = bundle.getLocation();
        int file = location.indexOf("file:");
        if (file < 0) {
            return List.of();
        }
        String spec = location.substring(file + "file:".length());
        Path path = Path.of(spec);
        if (!path.isAbsolute()) {
            String area = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir") + "/");
            path = Path.of(URI.create(area.replace(" ", "%20"))).resolve(spec).normalize();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path.toString());
        }
        String listed = dev.getProperty(bundle.getSymbolicName(), "");
        List<String> entries = new ArrayList<>();
        for (String entry : listed.split(",")) {
            if (!entry.isBlank()) {
                Path resolved = path.resolve(entry.trim());
                if (Files.exists(resolved)) {
                    entries.add(resolved.toString());
                }
            }
        }
        if (entries.isEmpty()) {
            entries.add(path.resolve("target/classes").toString());
        }
        return entries;
    }

    private static Properties devProperties() throws IOException {
        Properties properties = new Properties();
        String dev = System.getProperty("osgi.dev");
        if (dev != null && dev.startsWith("file:")) {
            try (InputStream in = URI.create(dev).toURL().openStream()) {
                properties.load(in);
            }
        }
        return properties;
    }
}
