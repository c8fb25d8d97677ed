package dev.longtake.storyboard.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;

/**
 * Text edits of the script found through the parsed script's node model (the script need not
 * be linked): the words of a shot's header, names, a beat's text, new lines of shots, beats and
 * sequences. Every edit touches only the words it changes, so comments and the layout of
 * everything else stay as written.
 */
public final class ScriptText {

    /** Words of the language, which a name cannot be (the grammar would read the keyword). */
    static final Set<String> KEYWORDS = Set.of("project", "song", "tempo", "bpm", "beats", "per", "bar", "format",
            "at", "fps", "deliver", "backend", "budget", "style", "character", "reference", "location", "sequence",
            "transition", "cut", "crossfade", "dip", "shot", "takes", "seed", "continues", "from", "image", "with",
            "in", "into", "through", "out", "to", "camera");

    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ScriptText() {
    }

    /** Why a word cannot be the name of something in the script, or null when it can. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "A name cannot be empty";
        }
        if (!ID.matcher(name).matches()) {
            return "'" + name + "' is not a name: letters, digits and _ only, not starting with a digit";
        }
        if (KEYWORDS.contains(name)) {
            return "'" + name + "' is a word of the script language and cannot be a name";
        }
        return null;
    }

    /** A replacement of [start, end) of the text. */
    record Edit(int start, int end, String replacement) {
    }

    /** The text with the edits applied (they must not overlap). */
    static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder result = new StringBuilder(text);
        for (Edit edit : sorted) {
            result.replace(edit.start(), edit.end(), edit.replacement());
        }
        return result.toString();
    }

    /** The node of a feature that is written once, or null. */
    static INode node(EObject owner, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    /** The offset of the '{' that opens the shot's block (after its header's words). */
    static int braceOf(Shot shot, String text) {
        INode duration = node(shot, LongtakePackage.Literals.SHOT__DURATION);
        ICompositeNode whole = NodeModelUtils.getNode(shot);
        int from = duration != null ? duration.getEndOffset() : whole.getOffset();
        int brace = text.indexOf('{', from);
        return brace < 0 || brace > whole.getEndOffset() ? -1 : brace;
    }

    /**
     * The text with a word of the shot's header ({@code style}, {@code takes}, {@code backend},
     * {@code seed}) set to a value, or removed when the value is null; null when the header is not
     * where it should be.
     */
    static String headerWord(Shot shot, String text, String keyword, String value) {
        INode duration = node(shot, LongtakePackage.Literals.SHOT__DURATION);
        int brace = braceOf(shot, text);
        if (duration == null || brace < 0) {
            return null;
        }
        int start = duration.getEndOffset();
        String header = text.substring(start, brace);
        Matcher matcher = Pattern.compile("(\\s+)" + keyword + "\\s+([^\\s{]+)").matcher(header);
        if (matcher.find()) {
            if (value == null) {
                return text.substring(0, start + matcher.start()) + text.substring(start + matcher.end());
            }
            return text.substring(0, start + matcher.start(2)) + value + text.substring(start + matcher.end(2));
        }
        if (value == null) {
            return text;
        }
        int at = brace;
        while (at > start && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return text.substring(0, at) + " " + keyword + " " + value + text.substring(at);
    }

    /** The edits that rename a shot and every {@code continues} that names it. */
    static List<Edit> renameShot(Script script, Shot shot, String newName) {
        List<Edit> edits = new ArrayList<>();
        INode name = node(shot, LongtakePackage.Literals.NAMED_ELEMENT__NAME);
        if (name == null) {
            return null;
        }
        edits.add(new Edit(name.getOffset(), name.getEndOffset(), newName));
        for (Shot other : script.allShots()) {
            for (INode node : NodeModelUtils.findNodesForFeature(other, LongtakePackage.Literals.SHOT__CONTINUES)) {
                if (shot.getName().equals(NodeModelUtils.getTokenText(node).strip())) {
                    edits.add(new Edit(node.getOffset(), node.getEndOffset(), newName));
                }
            }
        }
        return edits;
    }

    /** The names of the shots that continue this one. */
    static List<String> continuedBy(Script script, String shotName) {
        List<String> names = new ArrayList<>();
        for (Shot other : script.allShots()) {
            for (INode node : NodeModelUtils.findNodesForFeature(other, LongtakePackage.Literals.SHOT__CONTINUES)) {
                if (shotName.equals(NodeModelUtils.getTokenText(node).strip())) {
                    names.add(other.getName());
                }
            }
        }
        return names;
    }

    /** A string literal of the language. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    /** The whitespace a line starts with. */
    static String indentOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    /** The unit of indentation the script uses (that of its first indented line), else four spaces. */
    static String indentUnit(String text) {
        Matcher matcher = Pattern.compile("\\n([ \\t]+)\\S").matcher(text);
        return matcher.find() ? matcher.group(1) : "    ";
    }

    /** A name made of the prefix and the first number from {@code from} up that is not taken. */
    static String unique(String prefix, int from, Set<String> taken) {
        int n = Math.max(1, from);
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    static Set<String> shotNames(Script script) {
        Set<String> names = new LinkedHashSet<>();
        for (Shot shot : script.allShots()) {
            names.add(shot.getName());
        }
        return names;
    }

    static Set<String> sequenceNames(Script script) {
        Set<String> names = new LinkedHashSet<>();
        for (Sequence sequence : script.getSequences()) {
            names.add(sequence.getName());
        }
        return names;
    }

    /** Where a new line goes after the line holding offset. */
    static int afterLine(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end + 1;
    }
}
