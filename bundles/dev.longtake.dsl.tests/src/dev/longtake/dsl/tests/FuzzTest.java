package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ScriptFormatting;
import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.dsl.prompt.ShotCompiler;
import dev.longtake.model.Shot;

/**
 * Broken input of every kind through the whole pipeline (load = parse + link + validate, then
 * compile every shot, then format): every input ends in a list of diagnostics, nothing throws
 * or logs an error, and no input takes 2 s. Mutations of real scripts (tokens deleted and
 * inserted, lines dropped and repeated, cut short), random bytes, very long texts, deep
 * nesting, huge numbers, an empty and binary files. Seeded: input i is made from
 * Random(seed * 1000003 + i), so -Dlongtake.fuzz.seed=N replays a run whatever the threads;
 * -Dlongtake.fuzz.inputs=N and -Dlongtake.fuzz.threads=N change how many and on how many
 * threads (2 by default, the machines' cores).
 */
class FuzzTest {

	private static final long SEED = Long.getLong("longtake.fuzz.seed", 20261122L);
	private static final int INPUTS = Integer.getInteger("longtake.fuzz.inputs", 10_000);
	private static final long LIMIT_MILLIS = 2_000;

	private static final String[] VOCABULARY = { "project", "song", "tempo", "bpm", "format", "at", "fps",
			"deliver", "backend", "budget", "style", "character", "reference", "location", "sequence", "bar", "shot",
			"takes", "seed", "continues", "camera dolly in", "from", "image", "in", "into", "through", "out", "to",
			"with", "transition", "cut", "crossfade", "dip", "beats", "per", "{", "}", ":", ",", ".", "0:32", "7s",
			"0.5s", "1280x720", "24", "17.3", "\"text\"", "\"", "Ernest", "Lane", "Hallway", "Kitchen", "Vintage",
			"Corridor", "//", "/*", "*/", "\n", "-1", "1e9", "\u00e9", "\u0000", "\t" };

	private static final int THREADS = Integer.getInteger("longtake.fuzz.threads", 2);

	/** Each worker thread has its own project folder. */
	private static final java.util.concurrent.atomic.AtomicInteger WORKERS = new java.util.concurrent.atomic.AtomicInteger();
	private static final ThreadLocal<Integer> WORKER = ThreadLocal.withInitial(() -> WORKERS.getAndIncrement() % THREADS);
	/** The input a thread is on, for the error log. */
	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	@TempDir
	Path folder;

	private record Outcome(int index, String kind, boolean errors, boolean formatted, long millis) {
	}

	@Test
	void everyBrokenScriptEndsInDiagnostics() throws Exception {
		List<String> corpus = List.of(Scripts.specExample(), Scripts.resource("all-constructs.shots"),
				Scripts.specExample().replace("sequence Years at 0:32", "sequence Years at bar 54"));
		ShotsContext context = cleanContext();
		ErrorLog errors = new ErrorLog();
		Logger.getRootLogger().addAppender(errors);
		ExecutorService workers = Executors.newFixedThreadPool(THREADS);
		try {
			List<Path> folders = new ArrayList<>();
			for (int worker = 0; worker < THREADS; worker++) {
				folders.add(projectFolder(folder.resolve("worker" + worker)));
			}
			// The corpus itself is clean here: what the mutations break is what is reported.
			for (String script : corpus) {
				Outcome clean = run(folders.get(0), context, -1, "corpus", script.getBytes(StandardCharsets.UTF_8));
				assertFalse(clean.errors(), "a corpus script has errors");
			}
			errors.events.clear();

			long started = System.nanoTime();
			List<Future<Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < INPUTS; i++) {
				int index = i;
				futures.add(workers.submit(() -> {
					Random random = new Random(SEED * 1_000_003L + index);
					Input input = mutate(index, corpus.get(random.nextInt(corpus.size())), random);
					CURRENT.set(index + " (" + input.kind() + ")");
					return run(folders.get(WORKER.get()), context, index, input.kind(), input.bytes());
				}));
			}
			TreeMap<String, long[]> byKind = new TreeMap<>();
			Outcome slowest = null;
			int withErrors = 0;
			int formatted = 0;
			for (Future<Outcome> future : futures) {
				Outcome outcome = future.get();
				long[] counts = byKind.computeIfAbsent(outcome.kind(), k -> new long[3]);
				counts[0]++;
				counts[2] += outcome.millis();
				if (outcome.errors()) {
					withErrors++;
					counts[1]++;
				}
				formatted += outcome.formatted() ? 1 : 0;
				slowest = slowest == null || outcome.millis() > slowest.millis() ? outcome : slowest;
				assertTrue(outcome.millis() < LIMIT_MILLIS, "input #" + outcome.index() + " (" + outcome.kind()
						+ ", seed " + SEED + ") took " + outcome.millis() + " ms");
			}
			long seconds = (System.nanoTime() - started) / 1_000_000_000L;
			System.out.printf("fuzz (seed %d, %d threads): %d inputs in %d s: %d with errors, %d without, %d formatted;"
					+ " slowest %d ms (%s #%d)%n", SEED, THREADS, futures.size(), seconds, withErrors,
					futures.size() - withErrors, formatted, slowest.millis(), slowest.kind(), slowest.index());
			byKind.forEach((kind, counts) -> System.out.printf("  %-18s %5d inputs, %5d with errors, %5d ms%n", kind,
					counts[0], counts[1], counts[2]));
			assertEquals(INPUTS, futures.size());
			assertEquals(List.of(), errors.events, "nothing is logged as an error");
			assertTrue(withErrors > INPUTS / 2, "the mutations break most scripts: " + withErrors);
		} finally {
			workers.shutdownNow();
			Logger.getRootLogger().removeAppender(errors);
		}
	}

	/** A project folder with the corpus's song, images and a second file. */
	private static Path projectFolder(Path project) {
		Scripts.write(project, "cast.shots", "character Ray \"a neighbour\"\nlocation Porch \"a porch at night\"\n");
		Scripts.wav(project.resolve("media/the-hardest-part.wav"), 300);
		Scripts.wav(project.resolve("media/song.wav"), 300);
		for (String image : List.of("refs/ernest-front.png", "refs/kitchen-keyframe.png", "refs/ada-front.png",
				"refs/ada-side.png", "refs/start.png")) {
			Scripts.image(project.resolve(image), image);
		}
		return project;
	}

	/** The backends and chosen takes that make the corpus clean. */
	private static ShotsContext cleanContext() {
		BackendRegistry backends = BackendRegistry.withBuiltIns();
		backends.register(BackendLimits.builder("comfyui").imageInput(true).referenceImages(true).build());
		return ShotsContext.defaults().withBackends(backends)
				.withChosenTakes(shot -> shot.equals("Kitchen") || shot.equals("Walk"));
	}

	/** Loads, compiles and formats one input; any exception fails the test naming the input. */
	private static Outcome run(Path project, ShotsContext context, int index, String kind, byte[] bytes) {
		Path script = project.resolve("script.shots");
		try {
			Files.write(script, bytes);
			long started = System.nanoTime();
			ShotsProject loaded = ShotsProject.load(project, context);
			ShotCompiler compiler = loaded.context().compiler();
			for (Shot shot : loaded.shots()) {
				for (GenerationRequest request : compiler.compile(shot)) {
					assertEquals(64, request.hash().length());
				}
			}
			ScriptFormatting.Result format = ScriptFormatting.format(script);
			if (format.formatted()) {
				ScriptFormatting.Result again = ScriptFormatting.format(format.text(), script);
				assertEquals(format.text(), again.text(), "formatting #" + index + " (" + kind + ") twice");
			} else {
				assertTrue(format.syntaxErrors().stream().noneMatch(e -> e.message().startsWith("cannot format")),
						"#" + index + " (" + kind + "): " + format.syntaxErrors());
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			boolean errors = loaded.diagnostics().stream()
					.anyMatch(d -> d.severity() == ShotsDiagnostic.Severity.ERROR);
			return new Outcome(index, kind, errors, format.formatted(), millis);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (RuntimeException | StackOverflowError e) {
			throw new AssertionError("input #" + index + " (" + kind + ", seed " + SEED + ") threw " + e, e);
		}
	}

	private record Input(String kind, byte[] bytes) {
	}

	/** The kinds of mutation, with how many in a hundred inputs get each. */
	private static Input mutate(int index, String base, Random random) {
		// One empty file and one binary file first, then mutations by weight.
		if (index == 0) {
			return new Input("empty file", new byte[0]);
		}
		if (index == 1) {
			byte[] binary = new byte[4096];
			random.nextBytes(binary);
			return new Input("binary file", binary);
		}
		int roll = random.nextInt(100);
		if (roll < 20) {
			return text("delete tokens", deleteTokens(base, random, 1 + random.nextInt(3)));
		} else if (roll < 40) {
			return text("insert tokens", insertTokens(base, random, 1 + random.nextInt(3)));
		} else if (roll < 50) {
			return text("delete and insert", insertTokens(deleteTokens(base, random, 1), random, 1));
		} else if (roll < 57) {
			return text("drop a line", dropLine(base, random));
		} else if (roll < 64) {
			return text("repeat a line", repeatLine(base, random));
		} else if (roll < 71) {
			return text("cut short", base.substring(0, random.nextInt(base.length())));
		} else if (roll < 81) {
			return new Input("random bytes", randomBytesInside(base, random));
		} else if (roll < 91) {
			return text("huge number", hugeNumber(base, random));
		} else if (roll < 94) {
			return text("very long text", veryLong(base, random));
		} else if (roll < 97) {
			return text("deep nesting", deepNesting(random));
		}
		byte[] binary = new byte[1 + random.nextInt(8192)];
		random.nextBytes(binary);
		return new Input("binary file", binary);
	}

	private static Input text(String kind, String text) {
		return new Input(kind, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Token boundaries: starts of runs of letters/digits, and every other non-space character. */
	private static List<int[]> tokens(String text) {
		List<int[]> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			int start = i;
			if (Character.isLetterOrDigit(c)) {
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
					i++;
				}
			} else if (c == '"') {
				i = text.indexOf('"', i + 1);
				i = i < 0 ? text.length() : i + 1;
			} else {
				i++;
			}
			tokens.add(new int[] { start, i });
		}
		return tokens;
	}

	private static String deleteTokens(String text, Random random, int count) {
		String result = text;
		for (int n = 0; n < count; n++) {
			List<int[]> tokens = tokens(result);
			if (tokens.isEmpty()) {
				return result;
			}
			int[] token = tokens.get(random.nextInt(tokens.size()));
			result = result.substring(0, token[0]) + result.substring(token[1]);
		}
		return result;
	}

	private static String insertTokens(String text, Random random, int count) {
		StringBuilder result = new StringBuilder(text);
		for (int n = 0; n < count; n++) {
			int at = random.nextInt(result.length() + 1);
			result.insert(at, " " + VOCABULARY[random.nextInt(VOCABULARY.length)] + " ");
		}
		return result.toString();
	}

	private static String dropLine(String text, Random random) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		lines.remove(random.nextInt(lines.size()));
		return String.join("\n", lines);
	}

	private static String repeatLine(String text, Random random) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		int at = random.nextInt(lines.size());
		lines.add(random.nextInt(lines.size()), lines.get(at));
		return String.join("\n", lines);
	}

	private static byte[] randomBytesInside(String text, Random random) {
		byte[] original = text.getBytes(StandardCharsets.UTF_8);
		byte[] noise = new byte[1 + random.nextInt(64)];
		random.nextBytes(noise);
		int at = random.nextInt(original.length + 1);
		byte[] result = new byte[original.length + noise.length];
		System.arraycopy(original, 0, result, 0, at);
		System.arraycopy(noise, 0, result, at, noise.length);
		System.arraycopy(original, at, result, at + noise.length, original.length - at);
		return result;
	}

	private static String veryLong(String text, Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> text.replaceFirst("\"[^\"]*\"", "\"" + "very long description ".repeat(5_000) + "\"");
			case 1 -> text.replaceFirst("Ernest", "E" + "r".repeat(50_000));
			case 2 -> text + "\n// " + "comment ".repeat(10_000);
			default -> text.replaceFirst("\"[^\"]*\"", "\"" + "unterminated ".repeat(5_000));
		};
	}

	private static String deepNesting(Random random) {
		int depth = 200 + random.nextInt(800);
		return switch (random.nextInt(3)) {
			case 0 -> "{".repeat(depth) + "}".repeat(depth);
			case 1 -> "sequence A { ".repeat(depth) + "}".repeat(depth);
			default -> "sequence A { shot B 5s { ".repeat(depth) + "\"x\" }".repeat(depth);
		};
	}

	private static String hugeNumber(String text, Random random) {
		String[] huge = { "99999999999999999999999999999999999999", "2147483648", "9223372036854775808",
				"0.000000000000000000000001", "1" + "0".repeat(400), "00000000000000000000000001" };
		String number = huge[random.nextInt(huge.length)];
		return switch (random.nextInt(5)) {
			case 0 -> text.replaceFirst("\\b\\d+s\\b", number + "s");
			case 1 -> text.replaceFirst("takes \\d+", "takes " + number);
			case 2 -> text.replaceFirst("\\b\\d+x\\d+", number + "x" + number);
			case 3 -> text.replaceFirst("at \\d+:\\d+", "at " + number + ":00");
			default -> text.replaceFirst("tempo \\d+", "tempo " + number);
		};
	}

	/** Collects what is logged at ERROR or above (Xtext logs a validator's exceptions instead of throwing). */
	private static final class ErrorLog extends AppenderSkeleton {
		final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());

		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				java.io.StringWriter trace = new java.io.StringWriter();
				if (event.getThrowableInformation() != null) {
					event.getThrowableInformation().getThrowable().printStackTrace(new java.io.PrintWriter(trace));
				}
				events.add("input #" + CURRENT.get() + ": " + event.getRenderedMessage() + "\n" + trace);
			}
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
