package dev.longtake.app.internal;

import dev.longtake.dsl.Shots;

/**
 * Makes the shot language's injector (Guice over the whole Xtext language: a few hundred
 * milliseconds of class loading) on a background thread while the workbench builds its window,
 * so that the script editor opening the film finds it ready instead of making it on the UI
 * thread. The UI thread asking first simply waits for the same one-time initialisation.
 */
final class LanguageWarmUp {

    private LanguageWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(Shots::injector, "Longtake: preparing the shot language");
        thread.setDaemon(true);
        thread.start();
    }
}
