package dev.longtake.plugins.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * An update site made the way a build publishes one: a simple metadata repository holding a
 * feature group that requires bundles, and a simple artifact repository holding the bundles'
 * jars (with real OSGi manifests). Written through its own agent, like a separate build.
 */
final class TestSite {

    static final String OSGI = "org.eclipse.equinox.p2.osgi";

    private final IMetadataRepository metadata;
    private final IArtifactRepository artifacts;
    final URI uri;

    TestSite(IProvisioningAgent publisher, Path folder) throws ProvisionException {
        uri = folder.toUri();
        metadata = publisher.getService(IMetadataRepositoryManager.class).createRepository(uri, "test site",
                IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
        artifacts = publisher.getService(IArtifactRepositoryManager.class).createRepository(uri, "test site",
                IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
    }

    /** Publishes a bundle (its IU and its jar) and returns its IU. */
    IInstallableUnit bundle(String id, String version) throws IOException, ProvisionException {
        Version v = Version.create(version);
        IArtifactKey key = artifacts.createArtifactKey("osgi.bundle", id, v);
        InstallableUnitDescription d = new InstallableUnitDescription();
        d.setId(id);
        d.setVersion(v);
        d.setArtifacts(new IArtifactKey[] { key });
        d.setCapabilities(new IProvidedCapability[] { MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, v),
                MetadataFactory.createProvidedCapability("osgi.bundle", id, v) });
        d.setTouchpointType(MetadataFactory.createTouchpointType(OSGI, Version.create("1.0.0")));
        d.addTouchpointData(MetadataFactory.createTouchpointData(Map.of("manifest",
                "Bundle-ManifestVersion: 2\nBundle-SymbolicName: " + id + "\nBundle-Version: " + version + "\n")));
        d.addTouchpointData(MetadataFactory.createTouchpointData(Map.of(
                "install", MetadataFactory.createTouchpointInstruction("installBundle(bundle:${artifact})", null),
                "uninstall", MetadataFactory.createTouchpointInstruction("uninstallBundle(bundle:${artifact})", null))));
        IInstallableUnit unit = MetadataFactory.createInstallableUnit(d);
        metadata.addInstallableUnits(List.of(unit));

        IArtifactDescriptor descriptor = artifacts.createArtifactDescriptor(key);
        try (OutputStream out = artifacts.getOutputStream(descriptor)) {
            out.write(jar(id, version));
        }
        return unit;
    }

    /** Publishes a feature group requiring exactly these IUs (and more, by id, that may be missing). */
    IInstallableUnit feature(String id, String version, String label, List<IInstallableUnit> includes, String... alsoRequired) {
        Version v = Version.create(version);
        InstallableUnitDescription d = new InstallableUnitDescription();
        d.setId(id + ".feature.group");
        d.setVersion(v);
        d.setProperty(InstallableUnitDescription.PROP_TYPE_GROUP, Boolean.TRUE.toString());
        d.setProperty(IInstallableUnit.PROP_NAME, label);
        d.setProperty(IInstallableUnit.PROP_PROVIDER, "Test Studio");
        d.setCapabilities(new IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id + ".feature.group", v) });
        List<IRequirement> requirements = new ArrayList<>();
        for (IInstallableUnit unit : includes) {
            requirements.add(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, unit.getId(),
                    new VersionRange(unit.getVersion(), true, unit.getVersion(), true), null, false, false, true));
        }
        for (String missing : alsoRequired) {
            requirements.add(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, missing, VersionRange.emptyRange,
                    null, false, false, true));
        }
        d.setRequirements(requirements.toArray(IRequirement[]::new));
        IInstallableUnit unit = MetadataFactory.createInstallableUnit(d);
        metadata.addInstallableUnits(List.of(unit));
        return unit;
    }

    private static byte[] jar(String id, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", id);
        main.putValue("Bundle-Version", version);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write(("bundle " + id + " " + version + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    static NullProgressMonitor monitor() {
        return new NullProgressMonitor();
    }
}
