package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EParameter;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import dev.longtake.model.LongtakePackage;

/**
 * model/longtake.ecore is what the DSL grammar imports; src-gen is what the code runs. This
 * fails when one was changed without regenerating the other (releng/dev.longtake.model.codegen).
 */
class ModelFileTest {

	private static final String ECORE = "model/longtake.ecore";

	private static URI ecoreFile() throws IOException {
		URL bundled = LongtakePackage.class.getClassLoader().getResource(ECORE);
		if (bundled != null) {
			return URI.createURI(bundled.toString());
		}
		// Not packaged (an IDE run): look for the bundle folder above the working directory.
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			for (Path candidate : List.of(dir.resolve("dev.longtake.model").resolve(ECORE),
					dir.resolve("bundles/dev.longtake.model").resolve(ECORE))) {
				if (Files.isRegularFile(candidate)) {
					return URI.createFileURI(candidate.toString());
				}
			}
		}
		throw new IOException(ECORE + " is neither on the class path nor in a folder above " + Path.of("").toAbsolutePath());
	}

	private static EPackage loadEcoreFile() throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource resource = resourceSet.getResource(ecoreFile(), true);
		assertTrue(resource.getErrors().isEmpty(), () -> "errors: " + resource.getErrors());
		return (EPackage) resource.getContents().get(0);
	}

	@Test
	void theGeneratedPackageMatchesTheEcoreFile() throws IOException {
		EPackage file = loadEcoreFile();
		EPackage generated = LongtakePackage.eINSTANCE;

		assertEquals(file.getNsURI(), generated.getNsURI());
		assertEquals(file.getNsPrefix(), generated.getNsPrefix());
		assertEquals(signature(file), signature(generated), "src-gen is stale: run the model code generator");
	}

	@Test
	void everyNamedConceptOfTheLanguageHasANameAttribute() {
		for (String concept : List.of("Style", "Character", "Location", "Sequence", "Shot")) {
			EClass eClass = (EClass) LongtakePackage.eINSTANCE.getEClassifier(concept);
			EStructuralFeature name = eClass.getEStructuralFeature("name");
			assertNotNull(name, concept);
			assertEquals("EString", name.getEType().getName(), concept);
		}
	}

	/**
	 * One line per classifier, feature, operation and literal: what the generated code depends on.
	 * Classifiers are sorted by name, because the generated package creates all classes before
	 * the enums whatever the file's order; members keep their order, which fixes feature ids.
	 */
	private static String signature(EPackage ePackage) {
		List<String> blocks = new ArrayList<>();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			List<String> lines = new ArrayList<>();
			if (classifier instanceof EClass eClass) {
				lines.add("class " + eClass.getName() + (eClass.isAbstract() ? " abstract" : "") + " : "
						+ eClass.getESuperTypes().stream().map(EClass::getName).collect(Collectors.joining(",")));
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					String kind = feature instanceof EReference ref
							? (ref.isContainment() ? "contains" : ref.isContainer() ? "container" : "refers")
									+ (ref.getEOpposite() == null ? "" : " opposite " + ref.getEOpposite().getName())
							: "attribute" + (((EAttribute) feature).isID() ? " id" : "");
					lines.add("  " + kind + " " + typed(feature) + (feature.isUnsettable() ? " unsettable" : "")
							+ (feature.isTransient() ? " transient" : "") + " default=" + feature.getDefaultValueLiteral());
				}
				for (EOperation operation : eClass.getEOperations()) {
					lines.add("  op " + typed(operation) + "(" + operation.getEParameters().stream()
							.map(ModelFileTest::typed).collect(Collectors.joining(", ")) + ")");
				}
			} else if (classifier instanceof EEnum eEnum) {
				lines.add("enum " + eEnum.getName());
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					lines.add("  " + literal.getName() + "=" + literal.getValue() + " '" + literal.getLiteral() + "'");
				}
			} else {
				lines.add("datatype " + classifier.getName());
			}
			blocks.add(String.join("\n", lines));
		}
		blocks.sort(null);
		return String.join("\n", blocks);
	}

	private static String typed(ETypedElement element) {
		String type = element.getEGenericType() == null ? "void" : element.getEGenericType().getERawType().getName();
		String parameters = element instanceof EParameter p && !p.getEGenericType().getETypeArguments().isEmpty()
				? "<" + p.getEGenericType().getETypeArguments().size() + ">"
				: "";
		return element.getName() + ": " + type + parameters + " [" + element.getLowerBound() + ".."
				+ element.getUpperBound() + "]";
	}
}
