package dev.longtake.model.util;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import dev.longtake.model.LongtakePackage;

/**
 * Reading and writing Longtake models (ledger, cut, or a script as XMI) without relying on
 * OSGi registrations, so the same code runs in the workbench, the headless application and
 * plain JUnit.
 */
public final class LongtakeResources {

	private LongtakeResources() {
	}

	/** A resource set that knows the Longtake package and reads and writes any file as XMI. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(LongtakePackage.eNS_URI, LongtakePackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
		return resourceSet;
	}

	/** Save options giving stable, diffable UTF-8 files. */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		return options;
	}
}
