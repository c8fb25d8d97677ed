package dev.longtake.dsl.validation;

/**
 * Whether a shot already has a chosen (circled) take: a shot that {@code continues} another
 * extends that take, so until it exists the script gets a warning (and a render refuses the
 * shot; it recognizes the warning by {@link ShotsIssueCodes#CONTINUES_WITHOUT_CHOSEN_TAKE}).
 * The take ledger provides the real answer through a {@link dev.longtake.dsl.ShotsContext}.
 */
@FunctionalInterface
public interface ChosenTakes {

	/** Used while a project has no take ledger: no shot has a chosen take. */
	ChosenTakes NO_LEDGER = shotName -> false;

	boolean hasChosenTake(String shotName);
}
