package dev.longtake.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import com.sun.net.httpserver.HttpServer;

import dev.longtake.plugins.InstalledPlugin;
import dev.longtake.plugins.PluginException;
import dev.longtake.plugins.Plugins;

/**
 * Installs, lists and uninstalls features from a real (file) update site into a profile of a
 * temporary p2 agent, with p2's planner, engine and Eclipse touchpoint: what the product does
 * with its own profile.
 */
class P2PluginsTest {

    @TempDir
    Path temp;

    private IProvisioningAgent agent;
    private IProvisioningAgent publisher;
    private Path install;
    private TestSite site;
    private P2Plugins plugins;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(P2Plugins.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
        IProvisioningAgentProvider provider = context.getService(reference);
        agent = provider.createAgent(temp.resolve("p2").toUri());
        publisher = provider.createAgent(temp.resolve("publisher-p2").toUri());
        install = Files.createDirectories(temp.resolve("longtake"));
        agent.getService(IProfileRegistry.class).addProfile("Longtake", Map.of(
                IProfile.PROP_INSTALL_FOLDER, install.toString(),
                IProfile.PROP_CACHE, install.toString(),
                IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
        site = new TestSite(publisher, Files.createDirectories(temp.resolve("site")));
        plugins = new P2Plugins(agent, "Longtake");
    }

    @AfterEach
    void tearDown() {
        agent.stop();
        publisher.stop();
    }

    private Plugins.Progress progress() {
        return steps::add;
    }

    /**
     * The framework configuration the Eclipse touchpoint wrote: config.ini (and bundles.info when
     * the profile holds the simple configurator, as the product's does).
     */
    private String frameworkConfig() throws IOException {
        StringBuilder config = new StringBuilder();
        for (String file : List.of("configuration/config.ini", "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")) {
            Path path = install.resolve(file);
            if (Files.exists(path)) {
                config.append(Files.readString(path));
            }
        }
        return config.toString();
    }

    @Test
    void installsAFeatureWithItsBundlesListsItAndUninstallsIt() throws Exception {
        IInstallableUnit bundle = site.bundle("dev.test.backend", "1.2.0");
        site.feature("dev.test.backend.feature", "1.2.0", "Test backend", List.of(bundle));
        site.feature("dev.test.other.feature", "1.0.0", "Other", List.of(bundle));

        InstalledPlugin installed = plugins.install(site.uri, "dev.test.backend.feature", progress());

        assertEquals(new InstalledPlugin("dev.test.backend.feature", "1.2.0", "Test backend", "Test Studio"), installed);
        assertTrue(Files.isRegularFile(install.resolve("plugins/dev.test.backend_1.2.0.jar")), "the bundle is in the product's plugins");
        assertTrue(frameworkConfig().contains("dev.test.backend_1.2.0.jar"), "the framework starts it: " + frameworkConfig());
        assertEquals(List.of(installed), plugins.list());
        assertTrue(steps.get(0).startsWith("reading " + site.uri), steps.toString());
        assertFalse(agent.getService(org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager.class).contains(site.uri),
                "the site is not left among the agent's known sites");

        InstalledPlugin removed = plugins.uninstall("dev.test.backend.feature.feature.group", progress());

        assertEquals(installed, removed);
        assertEquals(List.of(), plugins.list());
        assertFalse(frameworkConfig().contains("dev.test.backend"), frameworkConfig());
        assertFalse(Files.exists(install.resolve("plugins/dev.test.backend_1.2.0.jar")), "the jar is removed from the product");
    }

    @Test
    void installsFromASiteServedOverHttp() throws Exception {
        site.feature("dev.test.web.feature", "2.0.0", "Web", List.of(site.bundle("dev.test.web", "2.0.0")));
        Path root = Path.of(site.uri);
        List<String> served = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                served.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : bytes.length);
                if (!"HEAD".equals(exchange.getRequestMethod())) {
                    exchange.getResponseBody().write(bytes);
                }
            }
        });
        server.start();
        try {
            URI http = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");

            InstalledPlugin installed = plugins.install(http, "dev.test.web.feature", progress());

            assertEquals("2.0.0", installed.version());
            assertTrue(Files.isRegularFile(install.resolve("plugins/dev.test.web_2.0.0.jar")));
            assertTrue(served.contains("GET /plugins/dev.test.web_2.0.0.jar"), served.toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFeatureTheSiteDoesNotOfferIsRefusedNamingWhatItOffers() throws Exception {
        site.feature("dev.test.a.feature", "1.0.0", "A", List.of(site.bundle("dev.test.a", "1.0.0")));

        PluginException e = assertThrows(PluginException.class, () -> plugins.install(site.uri, "dev.test.b.feature", progress()));
        assertEquals("the update site " + site.uri + " has no feature dev.test.b.feature; it offers: dev.test.a.feature", e.getMessage());
    }

    @Test
    void aSiteThatCannotBeReadIsNamed() {
        URI nowhere = temp.resolve("no-site-here").toUri();

        PluginException e = assertThrows(PluginException.class, () -> plugins.install(nowhere, "dev.test.a.feature", progress()));
        assertTrue(e.getMessage().startsWith("cannot read the update site " + nowhere + ": "), e.getMessage());
    }

    @Test
    void aFeatureWhoseRequirementsAreMissingIsRefusedNamingTheMissingOne() throws Exception {
        site.feature("dev.test.broken.feature", "1.0.0", "Broken", List.of(site.bundle("dev.test.c", "1.0.0")), "dev.longtake.nothere");

        PluginException e = assertThrows(PluginException.class, () -> plugins.install(site.uri, "dev.test.broken.feature", progress()));
        assertTrue(e.getMessage().startsWith("cannot install dev.test.broken.feature: "), e.getMessage());
        assertTrue(e.getMessage().contains("dev.longtake.nothere"), e.getMessage());
        assertEquals(List.of(), plugins.list());
        assertFalse(Files.exists(install.resolve("plugins/dev.test.c_1.0.0.jar")));
    }

    @Test
    void theSameVersionTwiceIsRefusedAndANewerOneReplacesTheOlder() throws Exception {
        site.feature("dev.test.d.feature", "1.0.0", "D", List.of(site.bundle("dev.test.d", "1.0.0")));
        plugins.install(site.uri, "dev.test.d.feature", progress());

        PluginException twice = assertThrows(PluginException.class, () -> plugins.install(site.uri, "dev.test.d.feature", progress()));
        assertEquals("dev.test.d.feature 1.0.0 is already installed", twice.getMessage());

        site.feature("dev.test.d.feature", "1.1.0", "D", List.of(site.bundle("dev.test.d", "1.1.0")));
        InstalledPlugin updated = plugins.install(site.uri, "dev.test.d.feature", progress());
        assertEquals("1.1.0", updated.version());
        assertEquals(List.of(updated), plugins.list());
        assertTrue(frameworkConfig().contains("dev.test.d_1.1.0.jar") && !frameworkConfig().contains("dev.test.d_1.0.0.jar"),
                frameworkConfig());
    }

    @Test
    void theProductsOwnFeaturesAreNeitherListedNorUninstalled() throws Exception {
        IInstallableUnit product = site.feature("dev.test.product.feature", "1.0.0", "Product", List.of(site.bundle("dev.test.core", "1.0.0")));
        installAsProduct(product);

        assertEquals(List.of(), plugins.list());
        PluginException e = assertThrows(PluginException.class, () -> plugins.uninstall("dev.test.product.feature", progress()));
        assertEquals("dev.test.product.feature is part of the product, not a plugin; it cannot be uninstalled", e.getMessage());
        PluginException none = assertThrows(PluginException.class, () -> plugins.uninstall("dev.test.nothing", progress()));
        assertEquals("no plugin dev.test.nothing is installed (no plugin is installed)", none.getMessage());
    }

    /** Installs a feature as the product build does: a root, not marked as a plugin. */
    private void installAsProduct(IInstallableUnit feature) throws Exception {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile("Longtake");
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        request.add(feature);
        request.setInstallableUnitProfileProperty(feature, "org.eclipse.equinox.p2.type.root", "true");
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(site.uri);
        context.setArtifactRepositories(site.uri);
        var plan = planner.getProvisioningPlan(request, context, TestSite.monitor());
        assertTrue(plan.getStatus().isOK(), plan.getStatus().toString());
        var done = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), TestSite.monitor());
        assertTrue(done.isOK(), done.toString());
    }
}
