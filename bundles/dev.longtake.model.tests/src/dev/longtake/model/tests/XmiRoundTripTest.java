package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Approach;
import dev.longtake.model.BarPosition;
import dev.longtake.model.Cut;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.model.util.LongtakeResources;

/** Saving to a real file and loading into a fresh resource set keeps everything the model holds. */
class XmiRoundTripTest {

	@TempDir
	Path folder;

	/** What a plain-Java caller must do without OSGi: register the package and a factory itself. */
	private static ResourceSet standaloneResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(LongtakePackage.eNS_URI, LongtakePackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return resourceSet;
	}

	private <T extends EObject> T roundTrip(T root, String fileName, ResourceSet writer, ResourceSet reader)
			throws IOException {
		URI uri = URI.createFileURI(folder.resolve(fileName).toString());
		Resource out = writer.createResource(uri);
		out.getContents().add(root);
		out.save(LongtakeResources.saveOptions());
		Resource in = reader.getResource(uri, true);
		assertTrue(in.getErrors().isEmpty(), () -> "load errors: " + in.getErrors());
		@SuppressWarnings("unchecked")
		T loaded = (T) in.getContents().get(0);
		return loaded;
	}

	@Test
	void aScriptSurvivesSavingAndLoadingUnchanged() throws IOException {
		Script original = Fixtures.hardestPart();
		Script loaded = roundTrip(original, "script.xmi", standaloneResourceSet(), standaloneResourceSet());

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded script differs from the saved one");
		assertEquals(new BigDecimal("650.00"), loaded.getSettings().getBudget(), "budget keeps its scale");
		assertEquals(33, ((BarPosition) loaded.getSequences().get(2).getPosition()).getBar());
	}

	@Test
	void crossReferencesOfALoadedScriptPointIntoTheLoadedScript() throws IOException {
		Script loaded = roundTrip(Fixtures.hardestPart(), "script.xmi", standaloneResourceSet(),
				standaloneResourceSet());

		Shot hallway = loaded.findShot("Hallway");
		assertSame(loaded.getStyles().get(0), hallway.getStyle());
		assertSame(loaded.getLocations().get(1), hallway.getBeats().get(1).getLocation());
		assertEquals(loaded.getCharacters(), hallway.getBeats().get(0).getCast());
		assertSame(loaded.findShot("Kitchen"), loaded.findShot("Porch").getContinues());
		assertSame(loaded.getSequences().get(0), hallway.getSequence(), "container opposite is rebuilt on load");
		assertEquals(Approach.OUT_TO, hallway.getBeats().get(2).getApproach());
	}

	@Test
	void optionalNumbersStayUnsetAfterARoundTrip() throws IOException {
		Script loaded = roundTrip(Fixtures.hardestPart(), "script.xmi", standaloneResourceSet(),
				standaloneResourceSet());

		assertTrue(loaded.getSettings().isSetTempo());
		assertEquals(100.0, loaded.getSettings().getTempo());
		assertFalse(loaded.findShot("Hallway").isSetSeed());
		assertTrue(loaded.findShot("Kitchen").isSetSeed());
		assertEquals(1234L, loaded.findShot("Kitchen").getSeed());
		assertFalse(loaded.findShot("Bleachers").getBeats().get(0).isSetTime(), "an omitted first beat time");
		assertTrue(loaded.findShot("Hallway").getBeats().get(0).isSetTime(), "an explicit 0s is kept as set");
		assertEquals(Approach.NONE, loaded.findShot("Porch").getBeats().get(0).getApproach());
		assertNull(loaded.findShot("Porch").getBackend());
	}

	@Test
	void aLedgerSurvivesSavingAndLoadingUnchanged() throws IOException {
		Ledger original = Fixtures.ledger();
		Ledger loaded = roundTrip(original, "ledger.xmi", LongtakeResources.newResourceSet(),
				LongtakeResources.newResourceSet());

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded ledger differs from the saved one");
		Take take = loaded.findTake("hallway-1");
		assertEquals(Map.of("size", "1280x720", "fps", "24"), Map.copyOf(take.getParameters().map()));
		assertEquals(Instant.parse("2026-03-01T10:15:30.123Z"), take.getCreatedAt().toInstant());
		assertEquals(new BigDecimal("1.60"), take.getCost());
		assertEquals(2, take.getThumbnails().size());
		assertTrue(take.isCircled());
		assertEquals(TakeState.FAILED, loaded.findTake("hallway-3").getState());
		assertEquals("the service answered 500 three times", loaded.findTake("hallway-3").getError());
		assertSame(take, loaded.eResource().getEObject("hallway-1"), "a take's id is its XMI id");
	}

	@Test
	void aLedgerFileStandsAloneWithoutItsScript() throws IOException {
		Ledger original = Fixtures.ledger();
		roundTrip(original, "ledger.xmi", LongtakeResources.newResourceSet(), LongtakeResources.newResourceSet());

		String xml = Files.readString(folder.resolve("ledger.xmi"));
		assertFalse(xml.contains("href="), "takes name shots, they never reference another document");
		assertTrue(xml.contains("shotName=\"Hallway\""));
	}

	@Test
	void aCutSurvivesSavingAndLoadingUnchanged() throws IOException {
		Cut original = Fixtures.cut();
		Cut loaded = roundTrip(original, "cut.xmi", LongtakeResources.newResourceSet(),
				LongtakeResources.newResourceSet());

		assertTrue(EcoreUtil.equals(original, loaded));
		assertEquals(31.5, loaded.endSeconds());
	}
}
