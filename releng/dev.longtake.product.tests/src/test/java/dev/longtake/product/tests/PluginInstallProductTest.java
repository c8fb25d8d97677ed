package dev.longtake.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party plugin in the product: the sample Replicate backend's feature is installed from
 * the update site the build made into a fresh copy of the materialized product, listed, used by
 * {@code plan} and {@code render} (one take, against a local stand-in of the service), and
 * uninstalled again. The built product itself is never changed.
 */
class PluginInstallProductTest {

    static final Path SITE = LongtakeCommand.ROOT.resolve("releng/dev.longtake.site/target/repository");
    static final String FEATURE = "dev.example.replicate.feature";

    private static final String SCRIPT = """
            project "Plugin test" {
                format 1280x720 at 24 fps
                backend animatic
            }

            sequence One at 0:00 {
                shot Rain 4s backend replicate {
                    "rain on a window at night, neon reflections"
                }
                shot Title 2s {
                    "a title card"
                }
            }
            """;

    @Test
    void aPluginFromTheUpdateSiteRendersATakeInACopyOfTheProduct(@TempDir Path temp) throws Exception {
        Path product = copy(LongtakeCommand.PRODUCT, temp.resolve("longtake"));
        Map<String, String> env = new HashMap<>(Map.of("LONGTAKE_PRODUCT", product.toString()));

        LongtakeCommand.Result none = LongtakeCommand.run(env, "plugins", "list");
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().startsWith("no plugins installed"), none.out());

        LongtakeCommand.Result install = LongtakeCommand.run(env, "plugins", "install", SITE.toUri().toString(), FEATURE);
        assertEquals(0, install.exitCode(), install.err());
        assertTrue(install.out().startsWith("installed " + FEATURE + " 0.1.0"), install.out());
        assertTrue(listed(product, "dev.example.replicate"),
                "the plugin's bundle is in the copy's configuration");
        assertFalse(listed(LongtakeCommand.PRODUCT, "dev.example.replicate"), "the built product is left alone");

        LongtakeCommand.Result list = LongtakeCommand.run(env, "plugins", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().lines().anyMatch(line -> line.matches(FEATURE.replace(".", "\\.")
                + "\\s+0\\.1\\.0\\.\\S+\\s+Replicate backend \\(example plugin\\) \\(Example Studio\\)")), list.out());

        Path film = Files.createDirectories(temp.resolve("film"));
        Files.writeString(film.resolve("script.shots"), SCRIPT);
        if (System.getenv("DISPLAY") != null) { // the test command runs under xvfb-run
            // the copy's workbench offers the plugin's backend (Backends preferences, Render on the board)
            String report = LongtakeCommand.studioReport(env, film, Files.createDirectories(temp.resolve("studio")));
            assertTrue(report.lines().anyMatch(line -> line.startsWith("backends=")
                    && List.of(line.substring("backends=".length()).split(",")).contains("replicate")), report);
        }
        byte[] video = new byte[150_000];
        for (int i = 0; i < video.length; i++) {
            video[i] = (byte) (i * 13 + 5);
        }
        try (ReplicateStandIn service = new ReplicateStandIn(video)) {
            env.put("LONGTAKE_REPLICATE_URL", service.url());
            env.put("LONGTAKE_REPLICATE_API_KEY", ReplicateStandIn.TOKEN);
            env.put("LONGTAKE_REPLICATE_MODEL", "acme/video-1");
            env.put("LONGTAKE_REPLICATE_PRICE_PER_SECOND", "0.05");

            LongtakeCommand.Result plan = LongtakeCommand.run(env, "plan", film.toString());
            assertEquals(0, plan.exitCode(), plan.out() + plan.err());
            assertTrue(plan.out().lines().anyMatch(line -> line.contains("Rain") && line.contains("replicate")), plan.out());
            assertTrue(plan.out().lines().anyMatch(line -> line.matches("replicate\\s+1 take\\s+4 s\\s+0\\.20 USD")),
                    "4 s at 0.05 USD a second: " + plan.out());
            assertTrue(service.requests.isEmpty(), "planning calls no service: " + service.requests);

            LongtakeCommand.Result render = LongtakeCommand.run(env, "render", "--no-assemble", film.toString());
            assertEquals(0, render.exitCode(), render.out() + render.err());
            Path take = film.resolve("takes/Rain/1.mp4");
            assertArrayEquals(video, Files.readAllBytes(take), "the take is the file the service made");
            assertEquals(1, service.submissions.size(), "one prediction accepted after one throttled submission");
            assertTrue(service.submissions.get(0).contains("rain on a window at night"), service.submissions.get(0));
            assertEquals(2, service.requests.stream().filter(r -> r.startsWith("POST /v1/models/acme/video-1/predictions")).count(),
                    service.requests.toString());

            LongtakeCommand.Result takes = LongtakeCommand.run(env, "takes", film.toString(), "Rain");
            assertEquals(0, takes.exitCode(), takes.err());
            assertTrue(takes.out().lines().anyMatch(line -> line.matches("Rain\\s+1\\s+done.*replicate.*")), takes.out());
        }

        LongtakeCommand.Result uninstall = LongtakeCommand.run(env, "plugins", "uninstall", FEATURE);
        assertEquals(0, uninstall.exitCode(), uninstall.err());
        LongtakeCommand.Result gone = LongtakeCommand.run(env, "plugins", "list");
        assertTrue(gone.out().startsWith("no plugins installed"), gone.out());
        LongtakeCommand.Result check = LongtakeCommand.run(env, "check", film.toString());
        assertEquals(1, check.exitCode(), "without the plugin the script names an unknown backend: " + check.out());
        assertTrue((check.out() + check.err()).contains("replicate"), check.out() + check.err());
    }

    @Test
    void theProductsOwnFeaturesCannotBeUninstalledUnknownFeaturesAreNamedAndTheSitesZipInstalls(@TempDir Path temp) throws Exception {
        Path product = copy(LongtakeCommand.PRODUCT, temp.resolve("longtake"));
        Map<String, String> env = Map.of("LONGTAKE_PRODUCT", product.toString());

        LongtakeCommand.Result own = LongtakeCommand.run(env, "plugins", "uninstall", "dev.longtake.feature");
        assertEquals(1, own.exitCode());
        assertTrue(own.err().contains("dev.longtake.feature is part of the product"), own.err());

        LongtakeCommand.Result missing = LongtakeCommand.run(env, "plugins", "install", SITE.toString(), "no.such.feature");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("has no feature no.such.feature; it offers: ")
                && missing.err().contains(FEATURE), missing.err());

        LongtakeCommand.Result noSite = LongtakeCommand.run(env, "plugins", "install", temp.resolve("nowhere").toString(), FEATURE);
        assertEquals(1, noSite.exitCode());
        assertTrue(noSite.err().contains("no such update site"), noSite.err());

        // The site's zip installs as well as its folder.
        Path zip;
        try (Stream<Path> files = Files.list(SITE.getParent())) {
            zip = files.filter(file -> file.getFileName().toString().matches("dev\\.longtake\\.site-.*\\.zip")).findFirst().orElseThrow();
        }
        LongtakeCommand.Result fromZip = LongtakeCommand.run(env, "plugins", "install", zip.toString(), FEATURE);
        assertEquals(0, fromZip.exitCode(), fromZip.err());
        assertTrue(fromZip.err().contains("reading jar:file:"), fromZip.err());
        assertTrue(listed(product, "dev.example.replicate"));
    }

    /** True when the product's simpleconfigurator list names the bundle. */
    private static boolean listed(Path product, String bundle) throws IOException {
        Path info = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        try (Stream<String> lines = Files.lines(info)) {
            return lines.anyMatch(line -> line.startsWith(bundle + ","));
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
