package dev.longtake.model.internal;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

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
		ProjectSettings settings = projectSettings(shot);
		return settings == null || Problems.isBlank(settings.getDefaultBackend()) ? null
				: settings.getDefaultBackend();
	}

	/**
	 * The project block that applies to the object: its own script's, else the first one found
	 * in another script of the same resource set. The .shots files of one project folder share
	 * one resource set and one project block (the cast may live in cast.shots, the sequences in
	 * script.shots). Null when there is none.
	 */
	public static ProjectSettings projectSettings(EObject object) {
		Script script = scriptOf(object);
		if (script == null) {
			return null;
		}
		if (script.getSettings() != null) {
			return script.getSettings();
		}
		Resource resource = script.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet == null) {
			return null;
		}
		for (Resource other : resourceSet.getResources()) {
			if (other == resource || !other.isLoaded()) {
				continue;
			}
			for (EObject root : other.getContents()) {
				if (root instanceof Script otherScript && otherScript.getSettings() != null) {
					return otherScript.getSettings();
				}
			}
		}
		return null;
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
