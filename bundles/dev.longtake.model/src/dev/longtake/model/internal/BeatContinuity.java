package dev.longtake.model.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import dev.longtake.model.Beat;
import dev.longtake.model.Character;
import dev.longtake.model.Location;
import dev.longtake.model.Shot;

/**
 * "A beat may omit its place and cast (it keeps the previous ones)": the place and cast a beat
 * actually shows. A shot that continues another starts where that one ends, so its first beat
 * keeps the last place and cast of the continued shot.
 */
public final class BeatContinuity {

	private BeatContinuity() {
	}

	public static Beat previousBeat(Beat beat) {
		Shot shot = beat.getShot();
		if (shot == null) {
			return null;
		}
		List<Beat> beats = shot.getBeats();
		int index = beats.indexOf(beat);
		return index > 0 ? beats.get(index - 1) : null;
	}

	public static Location effectiveLocation(Beat beat) {
		Set<Shot> visited = new HashSet<>();
		for (Beat current = beat; current != null; current = predecessor(current, visited)) {
			if (current.getLocation() != null) {
				return current.getLocation();
			}
		}
		return null;
	}

	public static EList<Character> effectiveCast(Beat beat) {
		Set<Shot> visited = new HashSet<>();
		for (Beat current = beat; current != null; current = predecessor(current, visited)) {
			if (!current.getCast().isEmpty()) {
				return ECollections.unmodifiableEList(new BasicEList<>(current.getCast()));
			}
		}
		return ECollections.emptyEList();
	}

	/**
	 * The beat whose place and cast this one keeps: the previous beat of its shot, or for a
	 * first beat the last beat of the shot it continues (skipping continued shots without
	 * beats). {@code visited} stops at a 'continues' cycle, which validation reports.
	 */
	private static Beat predecessor(Beat beat, Set<Shot> visited) {
		Beat previous = beat.previousBeat();
		if (previous != null) {
			return previous;
		}
		Shot shot = beat.getShot();
		if (shot == null) {
			return null;
		}
		visited.add(shot);
		for (Shot continued = shot.getContinues(); continued != null && visited.add(continued);
				continued = continued.getContinues()) {
			List<Beat> beats = continued.getBeats();
			if (!beats.isEmpty()) {
				return beats.get(beats.size() - 1);
			}
		}
		return null;
	}
}
