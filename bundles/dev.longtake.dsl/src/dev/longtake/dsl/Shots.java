package dev.longtake.dsl;

import com.google.inject.Injector;

/** The shot language's services, set up once per JVM on first use. */
public final class Shots {

	/** The file extension of shot scripts, without its dot. */
	public static final String FILE_EXTENSION = "shots";

	private Shots() {
	}

	private static final class Holder {
		static final Injector INJECTOR = new ShotsStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/** The language's Guice injector (parser, linker, validator, formatter, serializer). */
	public static Injector injector() {
		return Holder.INJECTOR;
	}
}
