package dev.longtake.model.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;

import dev.longtake.model.CutEntry;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakePackage.Literals;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.model.util.LongtakeValidator;

/** The invariants of the take ledger and the cut, run by the generated LongtakeValidator. */
public final class LedgerConstraints {

	private LedgerConstraints() {
	}

	public static boolean oneCircledTakePerShot(Ledger ledger, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		Map<String, Take> firstCircled = new HashMap<>();
		for (Take take : ledger.getTakes()) {
			if (!take.isCircled()) {
				continue;
			}
			Take first = firstCircled.putIfAbsent(take.getShotName(), take);
			if (first != null) {
				valid = Problems.error(diagnostics, LongtakeValidator.LEDGER__ONE_CIRCLED_TAKE_PER_SHOT,
						"Shot '" + take.getShotName() + "' has more than one circled take: " + first.getId() + " and "
								+ take.getId(),
						take, Literals.TAKE__CIRCLED);
			}
		}
		return valid;
	}

	public static boolean takeIdsAreUnique(Ledger ledger, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		Set<String> ids = new HashSet<>();
		for (Take take : ledger.getTakes()) {
			if (Problems.isBlank(take.getId())) {
				valid = Problems.error(diagnostics, LongtakeValidator.LEDGER__TAKE_IDS_ARE_UNIQUE,
						"A take of shot '" + take.getShotName() + "' has no id", take, Literals.TAKE__ID);
			} else if (!ids.add(take.getId())) {
				valid = Problems.error(diagnostics, LongtakeValidator.LEDGER__TAKE_IDS_ARE_UNIQUE,
						"Take id " + take.getId() + " is used more than once", take, Literals.TAKE__ID);
			}
		}
		return valid;
	}

	public static boolean ratingIsWithinRange(Take take, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (take.getRating() >= 0 && take.getRating() <= 5) {
			return true;
		}
		return Problems.error(diagnostics, LongtakeValidator.TAKE__RATING_IS_WITHIN_RANGE,
				"Take " + take.getId() + " is rated " + take.getRating() + "; a rating is 0 (unrated) to 5", take,
				Literals.TAKE__RATING);
	}

	public static boolean onlyDoneTakesAreCircled(Take take, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!take.isCircled() || take.getState() == TakeState.DONE) {
			return true;
		}
		return Problems.error(diagnostics, LongtakeValidator.TAKE__ONLY_DONE_TAKES_ARE_CIRCLED,
				"Take " + take.getId() + " is circled but " + take.getState().getLiteral()
						+ "; only a done take can be circled",
				take, Literals.TAKE__CIRCLED);
	}

	public static boolean costIsNotNegative(Take take, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (take.getCost() == null || take.getCost().signum() >= 0) {
			return true;
		}
		return Problems.error(diagnostics, LongtakeValidator.TAKE__COST_IS_NOT_NEGATIVE,
				"Take " + take.getId() + " has a negative cost (" + take.getCost().toPlainString() + ")", take,
				Literals.TAKE__COST);
	}

	public static boolean rangesAreValid(CutEntry entry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String what = "Cut entry of shot '" + entry.getShotName() + "' (take " + entry.getTakeId() + ")";
		boolean valid = true;
		if (!(entry.getSourceIn() >= 0)) {
			valid = Problems.error(diagnostics, LongtakeValidator.CUT_ENTRY__RANGES_ARE_VALID,
					what + " starts before the take does (in point " + Problems.seconds(entry.getSourceIn()) + ")",
					entry, Literals.CUT_ENTRY__SOURCE_IN);
		}
		if (!(entry.getSourceOut() > entry.getSourceIn())) {
			valid = Problems.error(diagnostics, LongtakeValidator.CUT_ENTRY__RANGES_ARE_VALID,
					what + " must end after it starts (in " + Problems.seconds(entry.getSourceIn()) + ", out "
							+ Problems.seconds(entry.getSourceOut()) + ")",
					entry, Literals.CUT_ENTRY__SOURCE_OUT);
		}
		if (!(entry.getRecord() >= 0)) {
			valid = Problems.error(diagnostics, LongtakeValidator.CUT_ENTRY__RANGES_ARE_VALID,
					what + " is placed before the song starts (" + Problems.seconds(entry.getRecord()) + ")", entry,
					Literals.CUT_ENTRY__RECORD);
		}
		return valid;
	}
}
