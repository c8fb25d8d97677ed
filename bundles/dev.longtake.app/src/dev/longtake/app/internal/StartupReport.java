package dev.longtake.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;

/**
 * When the system property {@code longtake.startupReport} names a file, writes to it how long
 * the workbench took to become usable: measured from JVM start to the first moment the UI
 * thread is idle with the window open, and which generation backends the workbench offers (the
 * contributions to {@code dev.longtake.render.backends}, which the Backends preference page and
 * the board's Render list). The start-up benchmark and the product tests read it.
 */
final class StartupReport {

    static final String PROPERTY = "longtake.startupReport";

    /** By name: the workbench does not depend on the render engine. */
    private static final String BACKENDS_POINT = "dev.longtake.render.backends";

    private StartupReport() {
    }

    static void writeWhenIdle(Display display) {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        // asyncExec runs once the events queued by start-up (layout, first paint) are done.
        display.asyncExec(() -> write(Path.of(target)));
    }

    private static String contributedBackends() {
        return Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(BACKENDS_POINT))
                .map(element -> element.getAttribute("name")).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(","));
    }

    private static void write(Path target) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "startup", ".tmp");
            Files.writeString(temp, "window-usable-ms=" + sinceJvmStart + "\nbackends=" + contributedBackends() + "\n");
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("longtake: could not write the start-up report " + target + ": " + e.getMessage());
        }
    }
}
