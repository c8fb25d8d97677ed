package dev.longtake.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a render would do: the takes still needed (a request whose hash has a done take in
 * the ledger is not generated again), what each costs, totals per backend, and the money
 * already spent, against the project's budget.
 *
 * @param requests    how many requests the script made
 * @param takes       the generations to run, in script order (resumed takes included)
 * @param alreadyDone requests whose take is already in the ledger (not generated again)
 * @param uncertain   takes whose submission may have been charged; not in {@code takes}
 * @param totals      per backend, for {@code takes}
 * @param spent       money spent so far, per currency (from the ledger's charges)
 * @param budget      the project's budget, or null for none
 * @param problems    reasons the plan cannot be rendered (unknown backend, unsupported size);
 *                    empty when it can
 * @param notes       things worth saying that do not stop a render
 */
public record RenderPlan(int requests, List<PlannedTake> takes, List<RenderRequest> alreadyDone,
        List<PlannedTake> uncertain, List<BackendTotal> totals, Map<String, Money> spent, Money budget,
        List<String> problems, List<String> notes) {

    public RenderPlan {
        takes = List.copyOf(takes);
        alreadyDone = List.copyOf(alreadyDone);
        uncertain = List.copyOf(uncertain);
        totals = List.copyOf(totals);
        spent = Map.copyOf(spent);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** Estimated cost of the plan's takes, in the budget's currency (or the only currency used). */
    public Money estimate() {
        String currency = currency();
        Money sum = Money.zero(currency);
        for (PlannedTake take : takes) {
            if (take.estimate() != null && take.estimate().currency().equals(currency)) {
                sum = sum.plus(take.estimate());
            }
        }
        for (PlannedTake take : uncertain) {
            if (take.estimate() != null && take.estimate().currency().equals(currency)) {
                sum = sum.plus(take.estimate()); // it may have been charged: count it
            }
        }
        return sum;
    }

    /** Spent so far in the plan's currency. */
    public Money spentInCurrency() {
        return spent.getOrDefault(currency(), Money.zero(currency()));
    }

    /** The budget's currency, else the currency of the plan's prices, else USD. */
    public String currency() {
        if (budget != null) {
            return budget.currency();
        }
        return totals.stream().map(t -> t.estimate().currency()).filter(c -> !c.isEmpty()).findFirst().orElse("USD");
    }

    public boolean overBudget() {
        return budget != null && spentInCurrency().plus(estimate()).exceeds(budget);
    }

    /** One sentence with the figures: what the plan costs, what is spent, against the budget. */
    public String budgetVerdict() {
        Money spentSoFar = spentInCurrency();
        Money total = spentSoFar.plus(estimate());
        String figures = "the plan's " + takes.size() + (takes.size() == 1 ? " take" : " takes") + " cost an estimated "
                + estimate() + " and " + spentSoFar + " is already spent: " + total;
        if (budget == null) {
            return figures + " (no budget is set)";
        }
        if (overBudget()) {
            BigDecimal over = total.amount().subtract(budget.amount());
            return "render plan refused: " + figures + ", which is " + new Money(over, budget.currency())
                    + " over the budget of " + budget;
        }
        return figures + ", within the budget of " + budget;
    }

    /**
     * @throws RenderException listing the problems, or {@link BudgetExceededException}, when
     *                         this plan must not be rendered
     */
    public void requireRenderable() {
        if (!problems.isEmpty()) {
            throw new RenderException(problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems stop the render: " + String.join("; ", problems));
        }
        if (overBudget()) {
            throw new BudgetExceededException(this);
        }
    }

    /** Nothing to render. */
    public boolean isEmpty() {
        return takes.isEmpty();
    }
}
