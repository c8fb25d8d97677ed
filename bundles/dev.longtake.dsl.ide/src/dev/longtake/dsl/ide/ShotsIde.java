package dev.longtake.dsl.ide;

import com.google.inject.Injector;

import dev.longtake.dsl.Shots;

/**
 * The shot language's injector with its ide services, set up once per JVM on first use. It is
 * also registered for the {@code .shots} extension, replacing the runtime-only registration of
 * {@link Shots#injector()} (the ide injector binds everything the runtime one does).
 */
public final class ShotsIde {

	private ShotsIde() {
	}

	private static final class Holder {
		static final Injector INJECTOR = create();

		private static Injector create() {
			// the same JVM-wide preparations as the runtime injector (Guice without bytecode
			// generation, Xtext's log to standard error when log4j is unconfigured)
			Shots.injector();
			return new ShotsIdeSetup().createInjectorAndDoEMFRegistration();
		}
	}

	/** The injector of the language with its ide services. */
	public static Injector injector() {
		return Holder.INJECTOR;
	}
}
