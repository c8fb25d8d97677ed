package dev.longtake.storyboard.commands;

import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;

/**
 * Minimal text edits of shots, through the parsed script's node model: a shot that has its lines
 * to itself (as the formatter lays scripts out) moves or goes as those lines, comments inside it
 * included, and a duration is rewritten as its one word. Where the layout is unusual these
 * answer null and the command falls back to the language's serializer.
 */
final class ShotText {

    private ShotText() {
    }

    /** [start, end) of the whole lines the shot occupies, or null when it shares a line. */
    static int[] lines(Shot shot, String text) {
        ICompositeNode node = NodeModelUtils.getNode(shot);
        if (node == null) {
            return null;
        }
        int start = node.getOffset();
        int end = node.getEndOffset();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!text.substring(lineStart, start).isBlank()) {
            return null;
        }
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
        String rest = text.substring(end, lineEnd).strip();
        if (!rest.isEmpty() && !rest.startsWith("//")) {
            return null;
        }
        return new int[] { lineStart, lineEnd };
    }

    /** The text with the range moved to {@code at} (an offset outside the range). */
    static String move(String text, int[] range, int at) {
        String moved = text.substring(range[0], range[1]);
        if (!moved.endsWith("\n")) {
            moved += "\n";
        }
        if (at >= range[1]) {
            return text.substring(0, range[0]) + text.substring(range[1], at) + moved + text.substring(at);
        }
        return text.substring(0, at) + moved + text.substring(at, range[0]) + text.substring(range[1]);
    }

    /** Where a shot goes to be the last of a sequence: after the lines of its last other shot. */
    static Integer endOf(Sequence sequence, Shot moving, String text) {
        List<Shot> shots = sequence.getShots();
        for (int i = shots.size() - 1; i >= 0; i--) {
            if (shots.get(i) != moving) {
                int[] last = lines(shots.get(i), text);
                return last == null ? null : last[1];
            }
        }
        return null;
    }

    /** The text with the shot's duration word replaced, or null when it is not written as one word. */
    static String duration(Shot shot, String text, String newWord) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(shot, LongtakePackage.Literals.SHOT__DURATION);
        if (nodes.size() != 1) {
            return null;
        }
        INode node = nodes.get(0);
        String word = text.substring(node.getOffset(), node.getEndOffset());
        if (!word.matches("[0-9.]+s")) {
            return null;
        }
        return text.substring(0, node.getOffset()) + newWord + text.substring(node.getEndOffset());
    }
}
