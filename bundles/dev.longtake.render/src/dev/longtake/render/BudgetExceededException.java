package dev.longtake.render;

/** A render plan that would spend more than the project's budget; the message gives the figures. */
public class BudgetExceededException extends RenderException {

    private static final long serialVersionUID = 1L;

    private final transient RenderPlan plan;

    public BudgetExceededException(RenderPlan plan) {
        super(plan.budgetVerdict());
        this.plan = plan;
    }

    public RenderPlan plan() {
        return plan;
    }
}
