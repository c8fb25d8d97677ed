package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ScriptFormatting;
import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.validation.ShotsIssueCodes;
import dev.longtake.model.Approach;
import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.TimePosition;
import dev.longtake.model.TransitionKind;

/**
 * examples/the-hardest-part: a four-minute music video in about twenty shots that uses every
 * construct of the language, and checks clean once its song and images exist (they are made
 * by the project's media generator; here stand-ins are written).
 */
class ExampleProjectTest {

	@TempDir
	Path copy;

	private ShotsProject project;

	@BeforeEach
	void loadACopyWithItsMedia() throws IOException {
		Path example = Path.of(System.getProperty("longtake.examples", "../../examples"), "the-hardest-part");
		try (Stream<Path> files = Files.list(example)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".shots")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		Scripts.wav(copy.resolve("media/the-hardest-part.wav"), 4 * 60 + 5);
		for (String image : List.of("theo-front", "june-front", "lake-keyframe", "porch-keyframe")) {
			Scripts.image(copy.resolve("refs/" + image + ".png"), image);
		}
		project = Scripts.load(copy);
	}

	@Test
	void itChecksWithoutErrorsOnceItsMediaExist() {
		List<ShotsDiagnostic> findings = project.diagnostics();
		assertTrue(findings.stream().allMatch(d -> ShotsIssueCodes.CONTINUES_WITHOUT_CHOSEN_TAKE.equals(d.code())),
				"only the continuations wait for a take ledger:\n" + Scripts.describe(findings));
		assertEquals(2, findings.size(), Scripts.describe(findings));
	}

	@Test
	void itIsAFourMinuteVideoOfAboutTwentyShotsOverTwoFiles() {
		assertEquals(List.of("cast.shots", "script.shots"),
				project.files().stream().map(file -> file.getFileName().toString()).toList());
		List<Shot> shots = project.shots();
		assertTrue(shots.size() >= 18 && shots.size() <= 22, shots.size() + " shots");
		Sequence last = script().getSequences().get(script().getSequences().size() - 1);
		assertEquals(240.0, last.endSeconds(), 1e-6, "it ends at 4:00");
	}

	@Test
	void itUsesEveryConstruct() {
		Script script = script();
		assertTrue(script.getSettings().isSetTempo());
		assertTrue(script.getSettings().getDeliver() != null && script.getSettings().getBudget() != null);
		List<Sequence> sequences = script.getSequences();
		assertTrue(sequences.stream().anyMatch(s -> s.getPosition() instanceof BarPosition), "bar positions");
		assertTrue(sequences.stream().anyMatch(s -> s.getPosition() instanceof BarPosition bar && bar.getBeat() > 1),
				"a bar.beat position");
		assertTrue(sequences.stream().anyMatch(s -> s.getPosition() instanceof TimePosition), "time positions");
		assertTrue(sequences.stream().anyMatch(s -> s.getPosition() == null), "a sequence that follows the last");
		assertEquals(EnumSet.allOf(TransitionKind.class), sequences.stream().filter(s -> s.getTransition() != null)
				.map(s -> s.getTransition().getKind()).collect(Collectors.toCollection(() -> EnumSet.noneOf(TransitionKind.class))));

		List<Shot> shots = script.allShots();
		assertTrue(shots.stream().anyMatch(s -> s.getContinues() != null), "continues");
		assertTrue(shots.stream().anyMatch(s -> s.getImageInput() != null), "from image");
		assertTrue(shots.stream().anyMatch(Shot::isSetSeed), "seed");
		assertTrue(shots.stream().anyMatch(s -> s.getBackend() != null), "a backend override");
		assertTrue(shots.stream().anyMatch(s -> s.getTakesWanted() > 1), "takes N");
		assertTrue(shots.stream().map(Shot::getStyle).distinct().count() >= 3, "several styles");
		assertTrue(shots.stream().anyMatch(s -> s.getBeats().size() >= 3 && s.getCamera() != null
				&& s.getCamera().contains("continuous")), "a multi-beat continuous move");
		Set<Approach> approaches = shots.stream().flatMap(s -> s.getBeats().stream()).map(Beat::getApproach)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Approach.class)));
		assertEquals(EnumSet.allOf(Approach.class), approaches, "in, into, through, out to, and beats without a place");
		assertTrue(project.script(copy.resolve("cast.shots")).orElseThrow().getCharacters().stream()
				.anyMatch(c -> !c.getReferences().isEmpty()), "reference images in the other file");
	}

	@Test
	void itIsInTheCanonicalLayout() throws IOException {
		for (Path file : project.files()) {
			assertEquals(Files.readString(file), ScriptFormatting.format(file).text(), file.getFileName().toString());
		}
	}

	private Script script() {
		return Scripts.script(project);
	}
}
