package dev.longtake.dsl.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.mwe2.launch.runtime.Mwe2Runner;
import org.eclipse.emf.mwe2.language.Mwe2StandaloneSetup;

import com.google.inject.Injector;

/**
 * Regenerates the Xtext infrastructure of the shot language: runs the MWE2 workflow
 * {@code bundles/dev.longtake.dsl/src/dev/longtake/dsl/GenerateShots.mwe2} and then records
 * the SHA-256 of the grammar and the workflow in {@code src-gen/dev/longtake/dsl/generated-from.sha256}
 * (sha256sum format), which a test of dev.longtake.dsl.tests compares with the grammar the
 * bundle ships, so a forgotten regeneration fails the build. The same stamp goes to
 * {@code dev.longtake.dsl.ide}'s {@code src-gen/dev/longtake/dsl/ide/generated-from.sha256}
 * (its content assist parser comes from the same grammar), checked by dev.longtake.dsl.ide.tests.
 *
 * <p>Usage: {@code GenerateLanguage <path to bundles/>}. Unlike {@code Mwe2Launcher.main}, a
 * failure ends with an exception and a non-zero exit that Maven reports, not a bare
 * {@code System.exit(1)}.
 */
public final class GenerateLanguage {

	private static final String BUNDLE = "dev.longtake.dsl";
	/** The ide bundle: content assist parser and abstract ide module (genericIde of the workflow). */
	private static final String IDE_BUNDLE = "dev.longtake.dsl.ide";
	private static final String IDE_FOLDER = "dev/longtake/dsl/ide";
	private static final String LANGUAGE_FOLDER = "dev/longtake/dsl";
	private static final List<String> INPUTS = List.of("Shots.xtext", "GenerateShots.mwe2");
	private static final List<String> HAND_WRITTEN = List.of("META-INF/MANIFEST.MF", "build.properties", "plugin.xml");

	private GenerateLanguage() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: GenerateLanguage <bundles folder>");
		}
		Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
		Path bundle = bundles.resolve(BUNDLE);
		Path sources = bundle.resolve("src").resolve(LANGUAGE_FOLDER);
		Path workflow = sources.resolve("GenerateShots.mwe2");
		if (!Files.isRegularFile(workflow)) {
			throw new IllegalArgumentException("no " + workflow);
		}
		Path ideBundle = bundles.resolve(IDE_BUNDLE);
		if (!Files.isRegularFile(ideBundle.resolve("META-INF/MANIFEST.MF"))) {
			throw new IllegalArgumentException("no " + ideBundle.resolve("META-INF/MANIFEST.MF"));
		}
		Map<String, byte[]> before = snapshot(bundle);
		Map<String, byte[]> ideBefore = snapshot(ideBundle);

		Injector injector = new Mwe2StandaloneSetup().createInjectorAndDoEMFRegistration();
		Mwe2Runner runner = injector.getInstance(Mwe2Runner.class);
		runner.run(URI.createFileURI(workflow.toString()),
				Map.of("rootPath", bundles.toString(), "ecorePlugin", ecorePluginUri()));

		checkUntouched(BUNDLE, before, snapshot(bundle));
		checkUntouched(IDE_BUNDLE, ideBefore, snapshot(ideBundle));

		StringBuilder stamp = new StringBuilder();
		for (String input : INPUTS) {
			stamp.append(sha256(Files.readAllBytes(sources.resolve(input)))).append("  ").append(input).append('\n');
		}
		Path stampFile = bundle.resolve("src-gen").resolve(LANGUAGE_FOLDER).resolve("generated-from.sha256");
		Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
		Path ideStampFile = ideBundle.resolve("src-gen").resolve(IDE_FOLDER).resolve("generated-from.sha256");
		Files.writeString(ideStampFile, stamp, StandardCharsets.UTF_8);
		System.out.println("generated the shot language into " + bundle.resolve("src-gen") + " and "
				+ ideBundle.resolve("src-gen") + " (inputs recorded in " + bundle.relativize(stampFile) + " and "
				+ ideBundle.relativize(ideStampFile) + ")");
	}

	private static void checkUntouched(String bundle, Map<String, byte[]> before, Map<String, byte[]> after) {
		for (String file : HAND_WRITTEN) {
			if (!java.util.Arrays.equals(before.get(file), after.get(file))) {
				throw new IllegalStateException("the workflow changed the hand-written " + file
						+ " of " + bundle + "; check createEclipseMetaData in GenerateShots.mwe2");
			}
		}
	}

	/** The root of org.eclipse.emf.ecore's jar, as the EMF URI archive:file:/...jar!/ */
	private static String ecorePluginUri() {
		try {
			Path jar = Path.of(EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return "archive:" + URI.createFileURI(jar.toString()) + "!/";
		} catch (java.net.URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, byte[]> snapshot(Path bundle) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String file : HAND_WRITTEN) {
			Path path = bundle.resolve(file);
			files.put(file, Files.exists(path) ? Files.readAllBytes(path) : null);
		}
		return files;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
