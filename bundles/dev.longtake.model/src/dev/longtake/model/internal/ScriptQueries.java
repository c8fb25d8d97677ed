package dev.longtake.model.internal;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;

/** Look-ups over a script: the bodies of Script.allShots/findShot and Shot.effectiveBackend. */
public final class ScriptQueries {

	private ScriptQueries() {
	}

	public static EList<Shot> allShots(Script script) {
		BasicEList<Shot> shots = new BasicEList<>();
		for (Sequence sequence : script.getSequences()) {
			shots.addAll(sequence.getShots());
		}
		return ECollections.unmodifiableEList(shots);
	}

	public static Shot findShot(Script script, String name) {
		for (Sequence sequence : script.getSequences()) {
			for (Shot shot : sequence.getShots()) {
				if (name != null && name.equals(shot.getName())) {
					return shot;
				}
			}
		}
		return null;
	}

	public static String effectiveBackend(Shot shot) {
		if (!Problems.isBlank(shot.getBackend())) {
			return shot.getBackend();
		}
		Script script = scriptOf(shot);
		ProjectSettings settings = script == null ? null : script.getSettings();
		return settings == null || Problems.isBlank(settings.getDefaultBackend()) ? null
				: settings.getDefaultBackend();
	}

	/** The script that contains the object, or null when it is not (yet) in one. */
	public static Script scriptOf(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Script script) {
				return script;
			}
		}
		return null;
	}
}
