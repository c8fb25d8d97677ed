package dev.longtake.dsl.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import dev.longtake.dsl.prompt.GenerationRequest;

/**
 * Estimates what rendering a script costs, for the budget warning: the editor and
 * {@code longtake check} warn when the estimate exceeds the project's {@code budget} (a render
 * refuses such a plan; it recognizes the warning by {@link ShotsIssueCodes#OVER_BUDGET}).
 * The render plan provides the real estimator through a {@link dev.longtake.dsl.ShotsContext}.
 */
@FunctionalInterface
public interface CostEstimator {

	/** Used until a render plan exists: no estimate, so no budget warning. */
	CostEstimator NONE = (requests, currency) -> Optional.empty();

	/**
	 * The cost, in {@code currency}, of rendering the requests that are not rendered yet; empty
	 * when it cannot be estimated.
	 */
	Optional<BigDecimal> estimate(List<GenerationRequest> requests, String currency);
}
