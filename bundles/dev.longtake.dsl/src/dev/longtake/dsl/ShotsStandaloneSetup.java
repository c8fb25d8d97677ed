package dev.longtake.dsl;

import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

import dev.longtake.model.LongtakePackage;

/**
 * Sets the language up without the Equinox extension registry (the headless application,
 * plain JUnit, tools): registers the model's package, the .shots resource factory and the
 * language's services. {@link Shots#injector()} does this once for you.
 */
public class ShotsStandaloneSetup extends ShotsStandaloneSetupGenerated {

	public static void doSetup() {
		new ShotsStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// The grammar imports the model by its nsURI; the generated setup does not register
		// imported packages, and outside OSGi nothing else does.
		EPackage.Registry.INSTANCE.putIfAbsent(LongtakePackage.eNS_URI, LongtakePackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
