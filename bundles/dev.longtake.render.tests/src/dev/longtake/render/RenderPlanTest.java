package dev.longtake.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Charge;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.testing.FakeBackend;
import dev.longtake.render.testing.TestRequest;

class RenderPlanTest {

    @TempDir
    Path project;

    private final FakeBackend paid = FakeBackend.paid("cloud", false, 4);
    private final BackendRegistry backends = new BackendRegistry().register(paid).register(FakeBackend.free("animatic"));

    private void recordTake(TestRequest request, TakeState state) {
        LedgerStore.of(new ProjectLayout(project)).update(ledger -> {
            Take take = LongtakeFactory.eINSTANCE.createTake();
            take.setId(request.shotName() + "-" + (ledger.getTakes().size() + 1));
            take.setShotName(request.shotName());
            take.setRequestHash(request.hash());
            take.setState(state);
            return ledger.getTakes().add(take);
        });
    }

    private void recordCharge(String amount, String currency) {
        LedgerStore.of(new ProjectLayout(project)).update(ledger -> {
            Charge charge = LongtakeFactory.eINSTANCE.createCharge();
            charge.setAmount(new BigDecimal(amount));
            charge.setCurrency(currency);
            return ledger.getSpending().add(charge);
        });
    }

    private RenderPlan plan(List<TestRequest> requests, Money budget) {
        return RenderPlanner.plan(new ProjectLayout(project), requests, budget, backends);
    }

    @Test
    void aRequestWhoseHashHasADoneTakeIsNotGeneratedAgain() {
        List<TestRequest> requests = TestRequest.takes("Hallway", 5, 10, "cloud");
        recordTake(requests.get(0), TakeState.DONE);
        recordTake(requests.get(2), TakeState.DONE);
        recordTake(requests.get(3), TakeState.FAILED); // a failed take is rendered again

        RenderPlan plan = plan(requests, null);
        assertEquals(List.of(2, 4, 5), plan.takes().stream().map(t -> t.request().takeNumber()).toList());
        assertEquals(2, plan.alreadyDone().size());
        assertTrue(plan.takes().stream().allMatch(t -> t.kind() == PlannedTake.Kind.NEW));
    }

    @Test
    void anEditedShotHasNewHashesAndIsPlannedAgain() {
        List<TestRequest> before = TestRequest.takes("Hallway", 2, 10, "cloud");
        before.forEach(r -> recordTake(r, TakeState.DONE));
        List<TestRequest> after = new ArrayList<>(List.of(before.get(0)));
        after.add(TestRequest.of("Hallway", 2, "an edited prompt", 10, "cloud"));
        RenderPlan plan = plan(after, null);
        assertEquals(1, plan.takes().size());
        assertEquals("an edited prompt", plan.takes().get(0).request().promptText());
    }

    @Test
    void eachTakeCarriesItsEstimateAndEachBackendItsTotals() {
        List<TestRequest> requests = new ArrayList<>(TestRequest.takes("Hallway", 3, 10, "cloud"));
        requests.add(TestRequest.of("Kitchen", 1, "a kitchen", 8, 1920, 1080, 24, "cloud"));
        requests.addAll(TestRequest.takes("Porch", 2, 20, "animatic"));
        RenderPlan plan = plan(requests, Money.of("100", "USD"));

        assertEquals(Money.of("0.50", "USD"), plan.takes().get(0).estimate()); // 10 s at 0.05
        assertEquals(Money.of("0.80", "USD"), plan.takes().get(3).estimate()); // 8 s at 0.10 (1080p)
        BackendTotal cloud = plan.totals().get(0);
        assertEquals("cloud", cloud.backend());
        assertEquals(4, cloud.takes());
        assertEquals(38.0, cloud.seconds());
        assertEquals(Money.of("2.30", "USD"), cloud.estimate());
        BackendTotal animatic = plan.totals().get(1);
        assertEquals(2, animatic.takes());
        assertTrue(animatic.estimate().isZero());
        assertEquals(Money.of("2.30", "USD"), plan.estimate());
        assertFalse(plan.overBudget());
        plan.requireRenderable();
    }

    @Test
    void aPlanAboveTheBudgetIsRefusedWithTheFigures() {
        recordCharge("9.00", "USD");
        List<TestRequest> requests = TestRequest.takes("Hallway", 3, 10, "cloud"); // 1.50 USD
        RenderPlan plan = plan(requests, Money.of("10", "USD"));

        assertTrue(plan.overBudget());
        assertEquals(Money.of("9.00", "USD"), plan.spentInCurrency());
        BudgetExceededException e = assertThrows(BudgetExceededException.class, plan::requireRenderable);
        assertEquals("render plan refused: the plan's 3 takes cost an estimated 1.50 USD and 9.00 USD is already"
                + " spent: 10.50 USD, which is 0.50 USD over the budget of 10.00 USD", e.getMessage());
        // One take fewer fits exactly.
        assertFalse(plan(requests.subList(0, 2), Money.of("10", "USD")).overBudget());
    }

    @Test
    void duplicateRequestsAreRenderedOnce() {
        TestRequest request = TestRequest.of("Hallway", 1, "p", 10, "cloud");
        RenderPlan plan = plan(List.of(request, request), null);
        assertEquals(1, plan.takes().size());
        assertTrue(plan.notes().get(0).contains("1 request repeats"), plan.notes().toString());
    }

    @Test
    void requestsABackendCannotRenderAreProblems() {
        List<TestRequest> requests = List.of(TestRequest.of("Long", 1, "p", 30, "cloud"),
                TestRequest.of("Odd", 1, "p", 5, 1000, 1000, 24, "cloud"),
                TestRequest.of("Elsewhere", 1, "p", 5, "runway"));
        RenderPlan plan = plan(requests, null);
        assertEquals(3, plan.problems().size(), plan.problems().toString());
        assertEquals("shot Long (take 1) is 30 s long; backend cloud renders at most 20 s", plan.problems().get(0));
        assertTrue(plan.problems().get(1).contains("does not render 1000x1000"), plan.problems().get(1));
        assertEquals("unknown backend 'runway'; installed: animatic, cloud (shot Elsewhere)", plan.problems().get(2));
        assertThrows(RenderException.class, plan::requireRenderable);
    }

    @Test
    void aShotNameThatIsAPathIsRefused() {
        RenderPlan plan = plan(List.of(TestRequest.of("../../etc", 1, "p", 5, "animatic")), null);
        assertTrue(plan.problems().get(0).contains("cannot name a folder of takes"), plan.problems().toString());
        assertThrows(RenderException.class, () -> new ProjectLayout(project).resolve("../outside.mp4"));
    }

    @Test
    void pricesInAnotherCurrencyThanTheBudgetAreAProblem() {
        FakeBackend euros = new FakeBackend("euro", BackendCapabilities.builder("e").size(1280, 720, "0.04")
                .currency("EUR", java.time.LocalDate.of(2026, 10, 1)).build());
        BackendRegistry withEuros = new BackendRegistry().register(euros);
        RenderPlan plan = RenderPlanner.plan(new ProjectLayout(project), List.of(TestRequest.of("A", 1, "p", 5, "euro")),
                Money.of("10", "USD"), withEuros);
        assertTrue(plan.problems().get(0).contains("prices in EUR but the budget is in USD"), plan.problems().toString());
    }

    @Test
    void aServiceThatRendersFixedLengthsIsEstimatedForTheLengthItBills() {
        BackendCapabilities fixed = BackendCapabilities.builder("fixed").maxSeconds(12).billedLengths(8, 4, 12)
                .size(1280, 720, "0.10").currency("USD", java.time.LocalDate.of(2026, 12, 1)).build();
        Resolution hd = Resolution.of(1280, 720);
        assertEquals(12.0, fixed.billedSeconds(10));
        assertEquals(4.0, fixed.billedSeconds(3));
        assertEquals(8.0, fixed.billedSeconds(8));
        assertEquals(Money.of("1.20", "USD"), fixed.estimate(10, hd).orElseThrow(), "10 s are billed as 12 s");
        BackendCapabilities exact = BackendCapabilities.builder("exact").maxSeconds(12).size(1280, 720, "0.10")
                .currency("USD", java.time.LocalDate.of(2026, 12, 1)).build();
        assertEquals(Money.of("1.00", "USD"), exact.estimate(10, hd).orElseThrow());
    }
}
