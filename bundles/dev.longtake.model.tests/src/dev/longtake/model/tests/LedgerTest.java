package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;

import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;

class LedgerTest {

	private final Ledger ledger = Fixtures.ledger();

	private long circledTakesOf(String shotName) {
		return ledger.takesOf(shotName).stream().filter(Take::isCircled).count();
	}

	@Test
	void circlingATakeUncirclesTheOtherTakesOfTheSameShot() {
		Take second = ledger.findTake("hallway-2");
		ledger.circle(second);

		assertTrue(second.isCircled());
		assertFalse(ledger.findTake("hallway-1").isCircled());
		assertEquals(1, circledTakesOf("Hallway"));
		assertSame(second, ledger.circledTake("Hallway"));
	}

	@Test
	void circlingATakeLeavesTheCircledTakesOfOtherShotsAlone() {
		ledger.circle(ledger.findTake("hallway-2"));
		assertTrue(ledger.findTake("bleachers-1").isCircled());
	}

	@Test
	void circlingThroughTheTakeAlsoKeepsOneCircledTakePerShot() {
		ledger.findTake("hallway-2").circle();
		assertEquals(1, circledTakesOf("Hallway"));
		assertSame(ledger.findTake("hallway-2"), ledger.circledTake("Hallway"));
	}

	@Test
	void circlingTheCircledTakeAgainChangesNothing() {
		Take circled = ledger.findTake("hallway-1");
		ledger.circle(circled);
		assertSame(circled, ledger.circledTake("Hallway"));
	}

	@Test
	void observersNeverSeeTwoCircledTakesOfOneShot() {
		List<Long> seen = new java.util.ArrayList<>();
		ledger.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				seen.add(circledTakesOf("Hallway"));
			}
		});
		ledger.circle(ledger.findTake("hallway-2"));
		assertFalse(seen.isEmpty());
		assertTrue(seen.stream().allMatch(count -> count <= 1), () -> "circled counts seen: " + seen);
	}

	@Test
	void onlyADoneTakeCanBeCircled() {
		Take failed = ledger.findTake("hallway-3");
		assertThrows(IllegalStateException.class, () -> ledger.circle(failed));
		assertThrows(IllegalStateException.class, () -> ledger.findTake("hallway-4").circle());
		assertFalse(failed.isCircled());
		assertSame(ledger.findTake("hallway-1"), ledger.circledTake("Hallway"), "the circle did not move");
	}

	@Test
	void aLedgerCirclesOnlyItsOwnTakes() {
		Take stranger = Fixtures.take(Fixtures.F.createLedger(), "hallway-9", "Hallway", TakeState.DONE);
		assertThrows(IllegalArgumentException.class, () -> ledger.circle(stranger));
		assertSame(ledger.findTake("hallway-1"), ledger.circledTake("Hallway"));
	}

	@Test
	void aShotWithoutCircledTakeHasNone() {
		ledger.findTake("bleachers-1").setCircled(false);
		assertNull(ledger.circledTake("Bleachers"));
		assertNull(ledger.circledTake("Kitchen"));
	}

	@Test
	void takesAreFoundByShotAndByRequest() {
		assertEquals(4, ledger.takesOf("Hallway").size());
		ledger.findTake("hallway-2").setRequestHash("sha256:changed-prompt");
		String hash = ledger.findTake("hallway-1").getRequestHash();
		assertEquals(List.of("hallway-1", "hallway-3", "hallway-4"),
				ledger.takesFor("Hallway", hash).stream().map(Take::getId).toList());
		assertTrue(ledger.takesFor("Bleachers", hash).isEmpty());
		assertNull(ledger.findTake("nope"));
	}

	@Test
	void totalSpendingAddsTheChargesOfOneCurrency() {
		assertEquals(new BigDecimal("3.60"), ledger.totalSpending("USD"), "1.60 + 1.60 + a 0.40 preview in usd");
		assertEquals(new BigDecimal("0.96"), ledger.totalSpending("EUR"));
		assertEquals(BigDecimal.ZERO, ledger.totalSpending("GBP"));
		assertEquals(BigDecimal.ZERO, Fixtures.F.createLedger().totalSpending("USD"));
	}

	@Test
	void aTakeIsFinishedOnceDoneFailedOrCancelled() {
		assertTrue(ledger.findTake("hallway-1").isFinished());
		assertTrue(ledger.findTake("hallway-3").isFinished());
		assertFalse(ledger.findTake("hallway-4").isFinished());
		ledger.findTake("hallway-4").setState(TakeState.CANCELLED);
		assertTrue(ledger.findTake("hallway-4").isFinished());
		ledger.findTake("hallway-4").setState(TakeState.SUBMITTED);
		assertFalse(ledger.findTake("hallway-4").isFinished());
	}
}
