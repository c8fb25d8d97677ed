package dev.longtake.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import dev.longtake.model.NamedElement;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;

/**
 * One parse, link and validation of an editor's text together with the other scripts of its
 * folder (they share one scope). Immutable once made; a newer text makes a new snapshot.
 *
 * @param text     the text that was analysed
 * @param resource the script parsed from it, in a resource set holding the folder's other scripts
 * @param issues   the findings in this script (syntax, linking, validation)
 * @param nanos    how long the analysis took
 */
public record ScriptSnapshot(String text, XtextResource resource, List<Issue> issues, long nanos) {

	public ScriptSnapshot {
		issues = List.copyOf(issues);
	}

	/** The script of this text, if the parser made one. */
	public Optional<Script> script() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Script script)
				? Optional.empty()
				: Optional.of(script);
	}

	public XtextResourceSet resourceSet() {
		return (XtextResourceSet) resource.getResourceSet();
	}

	/** This script and the folder's other scripts, this one first. */
	public List<Script> scripts() {
		List<Script> scripts = new ArrayList<>();
		script().ifPresent(scripts::add);
		if (resource.getResourceSet() != null) {
			for (Resource other : resource.getResourceSet().getResources()) {
				if (other != resource && !other.getContents().isEmpty()
						&& other.getContents().get(0) instanceof Script script) {
					scripts.add(script);
				}
			}
		}
		return scripts;
	}

	/** Every named thing of the folder's scripts of one kind (Character, Location, Style, Shot, Sequence). */
	public <T extends NamedElement> List<T> all(Class<T> kind) {
		List<T> found = new ArrayList<>();
		for (Script script : scripts()) {
			for (EObject object : iterable(script)) {
				if (kind.isInstance(object) && ((NamedElement) object).getName() != null) {
					found.add(kind.cast(object));
				}
			}
		}
		return found;
	}

	private static Iterable<EObject> iterable(Script script) {
		List<EObject> objects = new ArrayList<>();
		objects.addAll(script.getStyles());
		objects.addAll(script.getCharacters());
		objects.addAll(script.getLocations());
		objects.addAll(script.getSequences());
		script.getSequences().forEach(sequence -> objects.addAll(sequence.getShots()));
		return objects;
	}

	/** Whether the snapshot was made from this text (offsets into it are valid). */
	public boolean isOf(String current) {
		return text.equals(current);
	}

	/** The number of errors. */
	public long errors() {
		return issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).count();
	}

	/** The shots of this script. */
	public List<Shot> shots() {
		return script().map(s -> (List<Shot>) new ArrayList<>(s.allShots())).orElse(List.of());
	}
}
