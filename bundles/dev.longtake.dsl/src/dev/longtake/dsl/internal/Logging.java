package dev.longtake.dsl.internal;

import java.io.PrintStream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Xtext logs through log4j 1.x (reload4j). Left unconfigured, log4j prints "No appenders could
 * be found" on the first message; configured by default, it would print stack traces. When
 * nothing has configured it, this sends Xtext's errors (a check that failed inside Xtext, which
 * Xtext logs instead of throwing) to standard error as one line each, and nothing else.
 */
public final class Logging {

	private Logging() {
	}

	public static synchronized void configureIfUnconfigured() {
		Logger root = Logger.getRootLogger();
		if (root.getAllAppenders().hasMoreElements()) {
			return;
		}
		root.setLevel(Level.ERROR);
		root.addAppender(new OneLineErrors(System.err));
	}

	private static final class OneLineErrors extends AppenderSkeleton {
		private final PrintStream out;

		OneLineErrors(PrintStream out) {
			this.out = out;
			setThreshold(Level.ERROR);
		}

		@Override
		protected void append(LoggingEvent event) {
			Throwable thrown = event.getThrowableInformation() == null ? null
					: event.getThrowableInformation().getThrowable();
			out.println("longtake: internal error in " + event.getLoggerName() + ": " + event.getRenderedMessage()
					+ (thrown == null || String.valueOf(event.getRenderedMessage()).equals(thrown.getMessage()) ? ""
							: " (" + thrown + ")"));
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}
}
