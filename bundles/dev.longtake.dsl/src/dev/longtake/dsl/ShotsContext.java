package dev.longtake.dsl;

import java.util.Objects;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.longtake.dsl.backend.BackendCatalog;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.dsl.prompt.ShotCompiler;
import dev.longtake.dsl.validation.ChosenTakes;
import dev.longtake.dsl.validation.CostEstimator;

/**
 * What validation and compilation know beyond the script's text: the backends, the take
 * ledger's chosen takes and the render plan's cost estimate. Attached to the resource set that
 * holds a project's scripts ({@link #attachTo}); a resource set without one uses
 * {@link #defaults()}. {@link ShotsProject#load(java.nio.file.Path, ShotsContext)} attaches it
 * for you.
 *
 * @param backends    the backends scripts may name
 * @param chosenTakes which shots have a chosen take
 * @param costs       the render cost estimate, for the budget warning
 */
public record ShotsContext(BackendCatalog backends, ChosenTakes chosenTakes, CostEstimator costs) {

	private static final ShotsContext DEFAULTS = new ShotsContext(BackendRegistry.shared(), ChosenTakes.NO_LEDGER,
			CostEstimator.NONE);

	public ShotsContext {
		Objects.requireNonNull(backends, "backends");
		Objects.requireNonNull(chosenTakes, "chosenTakes");
		Objects.requireNonNull(costs, "costs");
	}

	/** The shared backend registry, no take ledger, no cost estimate. */
	public static ShotsContext defaults() {
		return DEFAULTS;
	}

	public ShotsContext withBackends(BackendCatalog catalog) {
		return new ShotsContext(catalog, chosenTakes, costs);
	}

	public ShotsContext withChosenTakes(ChosenTakes takes) {
		return new ShotsContext(backends, takes, costs);
	}

	public ShotsContext withCosts(CostEstimator estimator) {
		return new ShotsContext(backends, chosenTakes, estimator);
	}

	/** A compiler for the backends of this context. */
	public ShotCompiler compiler() {
		return new ShotCompiler(backends);
	}

	/** Makes this the context of every script in the resource set, replacing any other. */
	public void attachTo(ResourceSet resourceSet) {
		resourceSet.eAdapters().removeIf(ContextAdapter.class::isInstance);
		resourceSet.eAdapters().add(new ContextAdapter(this));
	}

	/** The context attached to the resource set, else the defaults. */
	public static ShotsContext of(ResourceSet resourceSet) {
		if (resourceSet != null) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (adapter instanceof ContextAdapter context) {
					return context.context;
				}
			}
		}
		return DEFAULTS;
	}

	private static final class ContextAdapter extends AdapterImpl {
		private final ShotsContext context;

		ContextAdapter(ShotsContext context) {
			this.context = context;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == ShotsContext.class;
		}
	}
}
