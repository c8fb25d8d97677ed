package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.longtake.model.Beat;
import dev.longtake.model.CutEntry;
import dev.longtake.model.Cut;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakePackage.Literals;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.model.Take;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.util.LongtakeValidator;

/**
 * The validator as Xtext and the storyboard see it: through EMF's Diagnostician, each problem
 * an error with the model's source, a code, a message naming the thing, and (object, feature).
 */
class ValidationTest {

	private final Script script = Fixtures.hardestPart();
	private final Ledger ledger = Fixtures.ledger();

	/** The leaf diagnostics (the problems themselves) of validating the object's tree. */
	private static List<Diagnostic> problems(EObject root) {
		List<Diagnostic> problems = new ArrayList<>();
		collect(Diagnostician.INSTANCE.validate(root), problems);
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				into.add(diagnostic);
			}
		} else {
			diagnostic.getChildren().forEach(child -> collect(child, into));
		}
	}

	/** Asserts exactly one problem, with this code, at this object and feature; returns its message. */
	private static String onlyProblem(EObject root, int code, EObject object, EStructuralFeature feature) {
		List<Diagnostic> problems = problems(root);
		assertEquals(1, problems.size(), () -> "problems: " + problems);
		Diagnostic problem = problems.get(0);
		assertEquals(Diagnostic.ERROR, problem.getSeverity());
		assertEquals(LongtakeValidator.DIAGNOSTIC_SOURCE, problem.getSource());
		assertEquals(code, problem.getCode());
		assertSame(object, problem.getData().get(0));
		assertSame(feature, problem.getData().get(1));
		return problem.getMessage();
	}

	@Test
	void theExampleScriptLedgerAndCutAreValid() {
		assertEquals(List.of(), problems(script));
		assertEquals(List.of(), problems(ledger));
		assertEquals(List.of(), problems(Fixtures.cut()));
	}

	@Test
	void aShotMustLastMoreThanZeroSeconds() {
		Shot credits = script.findShot("Credits");
		credits.setDuration(0);
		String message = onlyProblem(script, LongtakeValidator.SHOT__DURATION_IS_POSITIVE, credits,
				Literals.SHOT__DURATION);
		assertTrue(message.contains("'Credits'"), message);
	}

	@Test
	void beatTimesMustStrictlyIncrease() {
		Shot hallway = script.findShot("Hallway");
		Beat third = hallway.getBeats().get(2);
		third.setTime(7);
		String message = onlyProblem(script, LongtakeValidator.SHOT__BEAT_TIMES_INCREASE, third, Literals.BEAT__TIME);
		assertTrue(message.contains("7s") && message.contains("'Hallway'"), message);
	}

	@Test
	void aBeatAfterAnOmittedFirstTimeMustComeAfterZero() {
		Shot bleachers = script.findShot("Bleachers");
		Beat second = Fixtures.beat(bleachers, 0.0, dev.longtake.model.Approach.NONE, null, "he looks up");
		onlyProblem(script, LongtakeValidator.SHOT__BEAT_TIMES_INCREASE, second, Literals.BEAT__TIME);
	}

	@Test
	void aBeatMustStartBeforeTheShotEnds() {
		Shot hallway = script.findShot("Hallway");
		Beat late = Fixtures.beat(hallway, 20.0, dev.longtake.model.Approach.NONE, null, "too late");
		String message = onlyProblem(script, LongtakeValidator.SHOT__BEAT_TIMES_INCREASE, late, Literals.BEAT__TIME);
		assertTrue(message.contains("end"), message);
		late.setTime(19.5);
		assertEquals(List.of(), problems(script));
	}

	@Test
	void onlyTheFirstBeatMayOmitItsTime() {
		Beat second = Fixtures.beat(script.findShot("Bleachers"), null, dev.longtake.model.Approach.NONE, null, "x");
		onlyProblem(script, LongtakeValidator.SHOT__BEAT_TIMES_INCREASE, second, Literals.BEAT__TIME);
	}

	@Test
	void aShotMustWantAtLeastOneTake() {
		Shot hallway = script.findShot("Hallway");
		hallway.setTakesWanted(0);
		onlyProblem(script, LongtakeValidator.SHOT__TAKES_WANTED_IS_POSITIVE, hallway, Literals.SHOT__TAKES_WANTED);
	}

	@Test
	void aShotCannotContinueItselfThroughOtherShots() {
		Shot kitchen = script.findShot("Kitchen");
		Shot porch = script.findShot("Porch");
		kitchen.setContinues(porch);
		List<Diagnostic> problems = problems(script);
		assertEquals(2, problems.size(), () -> "both shots of the cycle are reported: " + problems);
		assertTrue(problems.stream().allMatch(p -> p.getCode() == LongtakeValidator.SHOT__CONTINUATION_IS_ACYCLIC));
		assertTrue(problems.get(0).getMessage().contains("Kitchen -> Porch -> Kitchen"), problems.get(0)::getMessage);
	}

	@Test
	void aBarPositionNeedsTheProjectTempo() {
		script.getSettings().unsetTempo();
		EObject bar = script.getSequences().get(2).getPosition();
		String message = onlyProblem(script, LongtakeValidator.BAR_POSITION__BAR_IS_PLACEABLE, bar,
				Literals.BAR_POSITION__BAR);
		assertTrue(message.contains("tempo"), message);
	}

	@Test
	void aCrossfadeNeedsADuration() {
		var transition = script.getSequences().get(0).getTransition();
		transition.setDuration(0);
		onlyProblem(script, LongtakeValidator.TRANSITION__DURATION_FITS_KIND, transition, Literals.TRANSITION__DURATION);
		transition.setKind(TransitionKind.CUT);
		assertEquals(List.of(), problems(script), "a cut needs no duration");
	}

	@Test
	void aBudgetNeedsACurrencyAndCannotBeNegative() {
		script.getSettings().setCurrency(null);
		onlyProblem(script, LongtakeValidator.PROJECT_SETTINGS__BUDGET_IS_VALID, script.getSettings(),
				Literals.PROJECT_SETTINGS__CURRENCY);
		script.getSettings().setCurrency("USD");
		script.getSettings().setBudget(new BigDecimal("-1"));
		onlyProblem(script, LongtakeValidator.PROJECT_SETTINGS__BUDGET_IS_VALID, script.getSettings(),
				Literals.PROJECT_SETTINGS__BUDGET);
	}

	@Test
	void formatSizesAndRatesMustBePositive() {
		var format = script.getSettings().getFormat();
		format.setFps(0);
		onlyProblem(script, LongtakeValidator.VIDEO_FORMAT__FRAME_RATE_IS_POSITIVE, format, Literals.VIDEO_FORMAT__FPS);
		format.setFps(24);
		script.getSettings().getDeliver().setHeight(0);
		onlyProblem(script, LongtakeValidator.FRAME_SIZE__SIZE_IS_POSITIVE, script.getSettings().getDeliver(),
				Literals.FRAME_SIZE__HEIGHT);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 6, 10 })
	void aRatingOutsideZeroToFiveIsAnError(int rating) {
		Take take = ledger.findTake("hallway-2");
		take.setRating(rating);
		String message = onlyProblem(ledger, LongtakeValidator.TAKE__RATING_IS_WITHIN_RANGE, take,
				Literals.TAKE__RATING);
		assertTrue(message.contains("hallway-2") && message.contains(String.valueOf(rating)), message);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 5 })
	void aRatingFromZeroToFiveIsValid(int rating) {
		ledger.findTake("hallway-2").setRating(rating);
		assertEquals(List.of(), problems(ledger));
	}

	@Test
	void aLedgerWithTwoCircledTakesOfOneShotIsInvalid() {
		// e.g. a ledger edited by hand: the API's circle() cannot produce this
		Take second = ledger.findTake("hallway-2");
		second.setCircled(true);
		String message = onlyProblem(ledger, LongtakeValidator.LEDGER__ONE_CIRCLED_TAKE_PER_SHOT, second,
				Literals.TAKE__CIRCLED);
		assertTrue(message.contains("hallway-1") && message.contains("hallway-2"), message);
	}

	@Test
	void aCircledTakeMustBeDone() {
		Take failed = ledger.findTake("hallway-3");
		ledger.findTake("hallway-1").setCircled(false);
		failed.setCircled(true);
		onlyProblem(ledger, LongtakeValidator.TAKE__ONLY_DONE_TAKES_ARE_CIRCLED, failed, Literals.TAKE__CIRCLED);
	}

	@Test
	void takeIdsMustBeUnique() {
		Take copy = Fixtures.take(ledger, "hallway-2", "Hallway", dev.longtake.model.TakeState.PLANNED);
		List<Diagnostic> problems = problems(ledger);
		assertTrue(problems.stream().anyMatch(p -> p.getCode() == LongtakeValidator.LEDGER__TAKE_IDS_ARE_UNIQUE
				&& p.getData().get(0) == copy), () -> "problems: " + problems);
	}

	@Test
	void aNegativeCostIsAnError() {
		Take take = ledger.findTake("hallway-1");
		take.setCost(new BigDecimal("-0.01"));
		onlyProblem(ledger, LongtakeValidator.TAKE__COST_IS_NOT_NEGATIVE, take, Literals.TAKE__COST);
	}

	@Test
	void aCutEntryMustEndAfterItStarts() {
		Cut cut = Fixtures.cut();
		CutEntry entry = cut.getEntries().get(1);
		entry.setSourceOut(entry.getSourceIn());
		onlyProblem(cut, LongtakeValidator.CUT_ENTRY__RANGES_ARE_VALID, entry, Literals.CUT_ENTRY__SOURCE_OUT);
	}

	@Test
	void theValidatorOnlyJudgesWhenAskedForNoDiagnostics() {
		Take take = ledger.findTake("hallway-2");
		take.setRating(9);
		assertEquals(false, take.ratingIsWithinRange(null, null));
		take.setRating(3);
		assertEquals(true, take.ratingIsWithinRange(null, null));
	}
}
