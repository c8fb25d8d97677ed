package dev.longtake.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates {@code src-gen} of the model bundle from {@code model/longtake.genmodel}, outside
 * Eclipse. Usage: {@code GenerateModel <path to bundles/dev.longtake.model>}.
 *
 * <p>src-gen is deleted first: nothing in it is hand-written, so a clean generation is
 * reproducible and drops classes whose EClass was removed. Files outside src-gen (MANIFEST.MF,
 * plugin.xml, build.properties) are hand-written; the genmodel has no modelPluginID, so EMF
 * does not generate them, and this program fails if they changed anyway.
 */
public final class GenerateModel {

	private static final String BUNDLE = "dev.longtake.model";
	private static final String GENMODEL = "model/longtake.genmodel";
	private static final List<String> HAND_WRITTEN = List.of("META-INF/MANIFEST.MF", "plugin.xml",
			"build.properties", "plugin.properties");

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: GenerateModel <bundles/dev.longtake.model>");
		}
		Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(bundle.resolve(GENMODEL))) {
			throw new IllegalArgumentException("no " + GENMODEL + " in " + bundle);
		}
		Map<String, byte[]> before = snapshot(bundle);

		ResourceSet resourceSet = standaloneResourceSet(bundle);
		URI genModelUri = URI.createPlatformResourceURI(BUNDLE + "/" + GENMODEL, true);
		Resource genModelResource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = (GenModel) genModelResource.getContents().get(0);

		// Reconcile adds GenClass/GenFeature/GenOperation entries for what the .ecore gained
		// and drops stale ones; Xtext reads the genmodel too, so it is saved back complete.
		genModel.reconcile();
		genModelResource.save(Map.of(
				Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER,
				// keeps platform:/plugin/... absolute instead of ../../../plugin/... as Eclipse does
				XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware(),
				XMLResource.OPTION_LINE_WIDTH, 100,
				XMLResource.OPTION_ENCODING, "UTF-8"));

		Diagnostic validation = genModel.diagnose();
		report(validation);
		if (validation.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("the genmodel is invalid; nothing was generated");
		}

		deleteTree(bundle.resolve("src-gen"));
		genModel.setCanGenerate(true);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		report(result);
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed");
		}

		Map<String, byte[]> after = snapshot(bundle);
		for (String file : HAND_WRITTEN) {
			if (!java.util.Arrays.equals(before.get(file), after.get(file))) {
				throw new IllegalStateException("the generator touched hand-written " + file);
			}
		}
		try (Stream<Path> files = Files.walk(bundle.resolve("src-gen"))) {
			System.out.println("generated " + files.filter(Files::isRegularFile).count() + " files into "
					+ bundle.resolve("src-gen"));
		}
	}

	/** A resource set that resolves platform URIs without a workspace or OSGi. */
	private static ResourceSet standaloneResourceSet(Path bundle) {
		// Registering the packages initialises them; in Eclipse the plugin.xml files do it.
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());

		// platform:/resource/dev.longtake.model/ is the bundle folder: the genmodel names its
		// ecore and its modelDirectory (/dev.longtake.model/src-gen) that way.
		EcorePlugin.getPlatformResourceMap().put(BUNDLE, URI.createFileURI(bundle.toString() + "/"));
		// The genmodel reuses Ecore's own GenPackage (for EBigDecimal, EDate, maps, ...),
		// which lives in the org.eclipse.emf.ecore jar.
		URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
				jarRoot(EcorePackage.class));
		return resourceSet;
	}

	private static URI jarRoot(Class<?> type) {
		String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
		return location.endsWith(".jar") ? URI.createURI("archive:" + location + "!/") : URI.createURI(location);
	}

	private static Map<String, byte[]> snapshot(Path bundle) throws IOException {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		for (String file : HAND_WRITTEN) {
			Path path = bundle.resolve(file);
			contents.put(file, Files.exists(path) ? Files.readAllBytes(path) : null);
		}
		return contents;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void report(Diagnostic diagnostic) {
		if (diagnostic.getSeverity() != Diagnostic.OK) {
			print(diagnostic, "");
		}
	}

	private static void print(Diagnostic diagnostic, String indent) {
		String severity = switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR -> "error";
			case Diagnostic.WARNING -> "warning";
			case Diagnostic.INFO -> "info";
			default -> "ok";
		};
		if (diagnostic.getMessage() != null) {
			System.err.println(indent + severity + ": " + diagnostic.getMessage());
		}
		if (diagnostic.getException() != null) {
			diagnostic.getException().printStackTrace();
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			print(child, indent + "  ");
		}
	}
}
