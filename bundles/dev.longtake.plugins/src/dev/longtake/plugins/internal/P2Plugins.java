package dev.longtake.plugins.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.longtake.plugins.InstalledPlugin;
import dev.longtake.plugins.PluginException;
import dev.longtake.plugins.Plugins;

/**
 * Plugins through p2's planner and engine, in-process, on one profile of one agent: the
 * running product's own ({@link IProfileRegistry#SELF}) in the product, any in tests.
 * <p>
 * An install marks the feature's group as a root of the profile and as ours
 * ({@value #PLUGIN}), so {@link #list} shows only plugins and {@link #uninstall} never takes
 * a feature of the product away. The site is used only for the one operation: it is not left
 * among the agent's known repositories unless it was there before.
 */
public final class P2Plugins implements Plugins {

    /** The profile property that marks an IU installed as a plugin. */
    public static final String PLUGIN = "dev.longtake.plugin";
    private static final String GROUP = ".feature.group";
    private static final String ROOT = "org.eclipse.equinox.p2.type.root";

    private final IProvisioningAgent agent;
    private final String profileId;

    public P2Plugins(IProvisioningAgent agent, String profileId) {
        this.agent = Objects.requireNonNull(agent, "agent");
        this.profileId = Objects.requireNonNull(profileId, "profileId");
    }

    /** The running product's agent and profile. */
    public static P2Plugins ofRunningProduct() throws PluginException {
        Bundle bundle = FrameworkUtil.getBundle(P2Plugins.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new PluginException("plugins can only be managed inside the Longtake product");
        }
        // Loading the interface starts p2's core bundle, which registers the provider.
        ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
        if (reference == null) {
            throw new PluginException("p2 is not running in this product (no provisioning agent provider)");
        }
        IProvisioningAgentProvider provider = context.getService(reference);
        try {
            IProvisioningAgent agent = provider.createAgent(null);
            if (agent == null) {
                throw new PluginException("this product has no p2 data area (eclipse.p2.data.area); was it installed by p2?");
            }
            return new P2Plugins(agent, IProfileRegistry.SELF);
        } catch (ProvisionException e) {
            throw new PluginException("cannot open this product's p2 data: " + e.getMessage(), e);
        } finally {
            context.ungetService(reference);
        }
    }

    private <T> T service(Class<T> type) throws PluginException {
        T service = agent.getService(type);
        if (service == null) {
            throw new PluginException("p2 is incomplete in this product: no " + type.getSimpleName());
        }
        return service;
    }

    private IProfile profile() throws PluginException {
        IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            throw new PluginException("this product has no p2 profile" + (IProfileRegistry.SELF.equals(profileId) ? ""
                    : " " + profileId) + "; only a product installed by p2 can install plugins");
        }
        return profile;
    }

    @Override
    public InstalledPlugin install(URI site, String featureId, Progress progress) throws PluginException {
        IProfile profile = profile();
        String groupId = groupId(featureId);
        IMetadataRepositoryManager metadata = service(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = service(IArtifactRepositoryManager.class);
        boolean knewMetadata = metadata.contains(site);
        boolean knewArtifacts = artifacts.contains(site);
        IProgressMonitor monitor = new NullProgressMonitor();
        try {
            progress.step("reading " + site);
            IMetadataRepository repository;
            try {
                repository = metadata.loadRepository(site, monitor);
                artifacts.loadRepository(site, monitor);
            } catch (ProvisionException e) {
                throw new PluginException("cannot read the update site " + site + ": " + message(e.getStatus()) + httpHint(site), e);
            }
            IQueryResult<IInstallableUnit> found = repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(groupId)), monitor);
            if (found.isEmpty()) {
                throw new PluginException("the update site " + site + " has no feature " + strip(groupId) + offered(repository));
            }
            IInstallableUnit feature = found.iterator().next();
            IInstallableUnit installed = installed(profile, groupId);
            if (installed != null && installed.getVersion().equals(feature.getVersion())) {
                throw new PluginException(strip(groupId) + " " + installed.getVersion() + " is already installed");
            }

            IPlanner planner = service(IPlanner.class);
            IProfileChangeRequest request = planner.createChangeRequest(profile);
            if (installed != null) {
                request.remove(installed);
            }
            request.add(feature);
            request.setInstallableUnitInclusionRules(feature, ProfileInclusionRules.createStrictInclusionRule(feature));
            request.setInstallableUnitProfileProperty(feature, ROOT, Boolean.TRUE.toString());
            request.setInstallableUnitProfileProperty(feature, PLUGIN, Boolean.TRUE.toString());
            ProvisioningContext context = new ProvisioningContext(agent);
            context.setMetadataRepositories(site);
            context.setArtifactRepositories(site);
            progress.step("planning the install of " + strip(groupId) + " " + feature.getVersion());
            perform(planner.getProvisioningPlan(request, context, monitor), "install " + strip(groupId), progress);
            return plugin(feature);
        } finally {
            if (!knewMetadata) {
                metadata.removeRepository(site);
            }
            if (!knewArtifacts) {
                artifacts.removeRepository(site);
            }
        }
    }

    @Override
    public List<InstalledPlugin> list() throws PluginException {
        IProfile profile = profile();
        List<InstalledPlugin> plugins = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), new NullProgressMonitor())) {
            if (Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, PLUGIN))) {
                plugins.add(plugin(unit));
            }
        }
        plugins.sort(Comparator.comparing(InstalledPlugin::featureId));
        return plugins;
    }

    @Override
    public InstalledPlugin uninstall(String featureId, Progress progress) throws PluginException {
        IProfile profile = profile();
        String groupId = groupId(featureId);
        IInstallableUnit installed = installed(profile, groupId);
        if (installed == null) {
            throw new PluginException("no plugin " + strip(groupId) + " is installed" + names(list()));
        }
        if (!Boolean.parseBoolean(profile.getInstallableUnitProperty(installed, PLUGIN))) {
            throw new PluginException(strip(groupId) + " is part of the product, not a plugin; it cannot be uninstalled");
        }
        IPlanner planner = service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        request.remove(installed);
        ProvisioningContext context = new ProvisioningContext(agent);
        // Removing needs no repository: nothing is fetched.
        context.setMetadataRepositories(new URI[0]);
        context.setArtifactRepositories(new URI[0]);
        progress.step("planning the removal of " + strip(groupId) + " " + installed.getVersion());
        perform(planner.getProvisioningPlan(request, context, new NullProgressMonitor()), "uninstall " + strip(groupId), progress);
        return plugin(installed);
    }

    private void perform(IProvisioningPlan plan, String what, Progress progress) throws PluginException {
        IStatus planned = plan.getStatus();
        if (planned.getSeverity() == IStatus.ERROR || planned.getSeverity() == IStatus.CANCEL) {
            throw new PluginException("cannot " + what + ": " + message(planned));
        }
        progress.step("applying the change to the profile " + profileId);
        try {
            IStatus done = service(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), new NullProgressMonitor());
            if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
                throw new PluginException("cannot " + what + ": " + message(done));
            }
        } catch (OperationCanceledException e) {
            throw new PluginException(what + " was cancelled", e);
        }
    }

    private static IInstallableUnit installed(IProfile profile, String groupId) {
        IQueryResult<IInstallableUnit> found = profile.query(QueryUtil.createIUQuery(groupId), new NullProgressMonitor());
        return found.isEmpty() ? null : found.iterator().next();
    }

    private static InstalledPlugin plugin(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        String provider = unit.getProperty(IInstallableUnit.PROP_PROVIDER, null);
        return new InstalledPlugin(strip(unit.getId()), unit.getVersion().toString(),
                name == null || name.isBlank() ? strip(unit.getId()) : name, provider == null ? "" : provider);
    }

    /** "; it offers: a, b" listing the site's features, or "" when it has none. */
    private static String offered(IMetadataRepository repository) {
        Set<String> ids = new TreeSet<>();
        for (IInstallableUnit unit : repository.query(QueryUtil.createIUGroupQuery(), new NullProgressMonitor())) {
            if (unit.getId().endsWith(GROUP)) {
                ids.add(strip(unit.getId()));
            }
        }
        return ids.isEmpty() ? " (it offers no features)" : "; it offers: " + String.join(", ", ids);
    }

    private static String names(List<InstalledPlugin> plugins) {
        return plugins.isEmpty() ? " (no plugin is installed)"
                : "; installed: " + String.join(", ", plugins.stream().map(InstalledPlugin::featureId).toList());
    }

    /** p2 rewrites plain http sites to https unless the JVM allows http: say so when it may be why. */
    static String httpHint(URI site) {
        if ("http".equalsIgnoreCase(site.getScheme()) && !"allow".equalsIgnoreCase(System.getProperty("p2.httpRule"))) {
            return " (p2 reads plain http sites over https unless Java runs with -Dp2.httpRule=allow;"
                    + " for longtake: LONGTAKE_JAVA_OPTS=-Dp2.httpRule=allow)";
        }
        return "";
    }

    static String groupId(String featureId) {
        String id = featureId.trim();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("no feature id");
        }
        return id.endsWith(GROUP) ? id : id + GROUP;
    }

    static String strip(String id) {
        return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
    }

    /** A status and its children as one readable line per problem. */
    static String message(IStatus status) {
        List<String> lines = new ArrayList<>();
        collect(status, lines);
        return lines.isEmpty() ? status.getMessage() : String.join("; ", lines.stream().distinct().toList());
    }

    private static void collect(IStatus status, List<String> lines) {
        if (status.isMultiStatus() && status.getChildren().length > 0) {
            for (IStatus child : status.getChildren()) {
                collect(child, lines);
            }
            return;
        }
        if (status.getSeverity() >= IStatus.WARNING || lines.isEmpty()) {
            String text = status.getMessage();
            if (status.getException() != null && status.getException().getMessage() != null
                    && !text.contains(status.getException().getMessage())) {
                text += " (" + status.getException().getMessage() + ")";
            }
            lines.add(text);
        }
    }
}
