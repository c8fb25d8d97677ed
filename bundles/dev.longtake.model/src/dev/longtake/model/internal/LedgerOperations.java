package dev.longtake.model.internal;

import java.math.BigDecimal;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import dev.longtake.model.Charge;
import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;

/** The bodies of the Ledger and Take operations; see their documentation. */
public final class LedgerOperations {

	private LedgerOperations() {
	}

	public static EList<Take> takesOf(Ledger ledger, String shotName) {
		BasicEList<Take> takes = new BasicEList<>();
		for (Take take : ledger.getTakes()) {
			if (Objects.equals(shotName, take.getShotName())) {
				takes.add(take);
			}
		}
		return ECollections.unmodifiableEList(takes);
	}

	public static EList<Take> takesFor(Ledger ledger, String shotName, String requestHash) {
		BasicEList<Take> takes = new BasicEList<>();
		for (Take take : ledger.getTakes()) {
			if (Objects.equals(shotName, take.getShotName()) && Objects.equals(requestHash, take.getRequestHash())) {
				takes.add(take);
			}
		}
		return ECollections.unmodifiableEList(takes);
	}

	public static Take findTake(Ledger ledger, String id) {
		for (Take take : ledger.getTakes()) {
			if (id != null && id.equals(take.getId())) {
				return take;
			}
		}
		return null;
	}

	public static Take circledTake(Ledger ledger, String shotName) {
		for (Take take : ledger.getTakes()) {
			if (take.isCircled() && Objects.equals(shotName, take.getShotName())) {
				return take;
			}
		}
		return null;
	}

	public static void circle(Ledger ledger, Take take) {
		Objects.requireNonNull(take, "take");
		if (take.eContainer() != ledger) {
			throw new IllegalArgumentException("take " + take.getId() + " is not in this ledger");
		}
		requireDone(take);
		// Uncircle first, so that anyone listening never sees two circled takes of one shot.
		for (Take other : ledger.getTakes()) {
			if (other != take && other.isCircled() && Objects.equals(take.getShotName(), other.getShotName())) {
				other.setCircled(false);
			}
		}
		if (!take.isCircled()) {
			take.setCircled(true);
		}
	}

	public static void circle(Take take) {
		if (take.eContainer() instanceof Ledger ledger) {
			ledger.circle(take);
		} else {
			requireDone(take);
			take.setCircled(true);
		}
	}

	private static void requireDone(Take take) {
		if (take.getState() != TakeState.DONE) {
			throw new IllegalStateException("take " + take.getId() + " of shot " + take.getShotName() + " is "
					+ take.getState().getLiteral() + ": only a done take can be circled");
		}
	}

	public static boolean isFinished(Take take) {
		TakeState state = take.getState();
		return state == TakeState.DONE || state == TakeState.FAILED || state == TakeState.CANCELLED;
	}

	public static BigDecimal totalSpending(Ledger ledger, String currency) {
		BigDecimal total = BigDecimal.ZERO;
		for (Charge charge : ledger.getSpending()) {
			if (charge.getAmount() != null && currency != null && currency.equalsIgnoreCase(charge.getCurrency())) {
				total = total.add(charge.getAmount());
			}
		}
		return total;
	}
}
