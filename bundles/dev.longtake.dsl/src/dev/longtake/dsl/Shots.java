package dev.longtake.dsl;

import com.google.inject.Injector;

import dev.longtake.dsl.internal.Logging;

/**
 * The shot language's services, set up once per JVM on first use. Setting up also turns off
 * Guice's bytecode generation (system property {@code guice_bytecode_gen_option=DISABLED},
 * unless set otherwise) and, when log4j has no configuration, sends Xtext's logged errors to
 * standard error one line each.
 */
public final class Shots {

	/** The file extension of shot scripts, without its dot. */
	public static final String FILE_EXTENSION = "shots";

	private Shots() {
	}

	private static final class Holder {
		static final Injector INJECTOR = createInjector();

		private static Injector createInjector() {
			// Guice's bytecode generation (method interception, which nothing here uses) calls
			// sun.misc.Unsafe, which JDK 24+ warns about on standard error; plain reflection does.
			if (System.getProperty(GUICE_BYTECODE_GENERATION) == null) {
				System.setProperty(GUICE_BYTECODE_GENERATION, "DISABLED");
			}
			Logging.configureIfUnconfigured();
			return new ShotsStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
	}

	private static final String GUICE_BYTECODE_GENERATION = "guice_bytecode_gen_option";

	/** The language's Guice injector (parser, linker, validator, formatter, serializer). */
	public static Injector injector() {
		return Holder.INJECTOR;
	}
}
