package dev.longtake.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;

import dev.longtake.dsl.ShotsRuntimeModule;
import dev.longtake.dsl.ShotsStandaloneSetup;

import org.eclipse.xtext.util.Modules2;

/**
 * Sets the language up with its ide services (runtime module mixed with {@link ShotsIdeModule}).
 * {@link ShotsIde#injector()} does this once per JVM; Xtext's own language server finds it
 * through {@code META-INF/services/org.eclipse.xtext.ISetup} outside OSGi.
 */
public class ShotsIdeSetup extends ShotsStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new ShotsRuntimeModule(), new ShotsIdeModule()));
	}
}
