package dev.longtake.dsl.ide;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import dev.longtake.dsl.Shots;

/**
 * The shot language's language server (Xtext's {@link LanguageServerImpl} with the services of
 * {@link ShotsIdeModule}) on any pair of streams: {@code longtake lsp} runs it on standard input
 * and output, tests on pipes.
 *
 * <p>Unlike Xtext's {@code ServerLauncher} it works inside OSGi (the language is registered
 * directly, not found through {@code ServiceLoader}), never writes to {@code System.out} and
 * never calls {@code System.exit}: the {@code exit} notification ends {@link Session#awaitExit()}
 * with 0 when {@code shutdown} came first and 1 otherwise, as the protocol asks.
 */
public final class ShotsLanguageServer {

	private ShotsLanguageServer() {
	}

	/** A running server: its connection and how it ended. */
	public static final class Session implements AutoCloseable {
		private final Future<Void> listening;
		private final ExitHandler exit;
		private final CompletableFuture<Integer> ended = new CompletableFuture<>();

		private Session(Future<Void> listening, ExitHandler exit) {
			this.listening = listening;
			this.exit = exit;
			exit.code.thenAccept(ended::complete);
			// the end of the input (the client closed its end, or died) also ends the session
			Thread watcher = new Thread(() -> {
				try {
					listening.get();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				} catch (ExecutionException | CancellationException e) {
					// the connection failed or was closed: the client is gone
				}
				ended.complete(1);
			}, "shots language server input");
			watcher.setDaemon(true);
			watcher.start();
		}

		/**
		 * Waits for the {@code exit} notification or the end of the input, whichever comes first.
		 *
		 * @return 0 after {@code shutdown} then {@code exit}; 1 after an {@code exit} without
		 *         {@code shutdown} or when the input ended without {@code exit}
		 */
		public int awaitExit() throws InterruptedException {
			try {
				return ended.get();
			} catch (ExecutionException e) {
				return 1;
			}
		}

		/** As {@link #awaitExit()}, for at most the given time. */
		public int awaitExit(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
			try {
				return ended.get(timeout, unit);
			} catch (ExecutionException e) {
				return 1;
			}
		}

		/** Whether {@code shutdown} has been received. */
		public boolean shutdownRequested() {
			return exit.shutdown;
		}

		/** Stops listening (the streams are the caller's to close). */
		@Override
		public void close() {
			listening.cancel(true);
		}
	}

	/** Starts a server that reads requests from {@code in} and writes answers to {@code out}. */
	public static Session start(InputStream in, OutputStream out) {
		ExitHandler exit = new ExitHandler();
		Injector injector = serverInjector(exit);
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out, true,
				null);
		server.connect(launcher.getRemoteProxy());
		return new Session(launcher.startListening(), exit);
	}

	/**
	 * Xtext's server module with the shot language registered for {@code .shots} and the given
	 * shutdown and exit handler.
	 */
	public static Injector serverInjector(ILanguageServerShutdownAndExitHandler exit) {
		Injector language = ShotsIde.injector();
		ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put(Shots.FILE_EXTENSION,
				language.getInstance(IResourceServiceProvider.class));
		return Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exit);
			// completion that does not wait for the build of the change before it
			binder.bind(LanguageServerImpl.class).to(dev.longtake.dsl.ide.internal.ShotsServer.class);
		}));
	}

	private static final class ExitHandler implements ILanguageServerShutdownAndExitHandler {
		final CompletableFuture<Integer> code = new CompletableFuture<>();
		volatile boolean shutdown;

		@Override
		public void shutdown() {
			shutdown = true;
		}

		@Override
		public void exit() {
			code.complete(shutdown ? 0 : 1);
		}
	}
}
