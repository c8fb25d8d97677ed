package dev.longtake.storyboard.commands;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.longtake.model.BarPosition;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.TimePosition;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.model.BoardModel;

/**
 * Moves a sequence on the song: its position becomes {@code at M:SS} (a whole second) or
 * {@code at bar N} (a whole bar, when the film has a tempo). Only the position's words change in
 * the text; a sequence without a position gets one after its name.
 */
public final class MoveSequenceCommand extends ScriptTextCommand {

    private final String sequenceName;
    private final Integer bar;
    private final int seconds;

    private MoveSequenceCommand(BoardSession session, String sequenceName, Integer bar, int seconds) {
        super("Move " + sequenceName + " to " + (bar != null ? "bar " + bar : BoardModel.clock(seconds)), session);
        this.sequenceName = sequenceName;
        this.bar = bar;
        this.seconds = seconds;
    }

    /** Moves a sequence to a whole second of the song. */
    public static MoveSequenceCommand toSecond(BoardSession session, String sequence, int seconds) {
        return new MoveSequenceCommand(session, sequence, null, Math.max(0, seconds));
    }

    /** Moves a sequence to the first beat of a bar (bars count from 1). */
    public static MoveSequenceCommand toBar(BoardSession session, String sequence, int bar) {
        return new MoveSequenceCommand(session, sequence, Math.max(1, bar), 0);
    }

    /** The position's words as written after {@code at}: {@code 1:05} or {@code bar 17}. */
    public String position() {
        return bar != null ? "bar " + bar : BoardModel.clock(seconds);
    }

    @Override
    protected String editText(Script script, String text) {
        Sequence sequence = sequence(script, sequenceName);
        List<INode> position = NodeModelUtils.findNodesForFeature(sequence, LongtakePackage.Literals.SEQUENCE__POSITION);
        if (position.size() == 1) {
            INode node = position.get(0);
            return text.substring(0, node.getOffset()) + position() + text.substring(node.getEndOffset());
        }
        List<INode> name = NodeModelUtils.findNodesForFeature(sequence, LongtakePackage.Literals.NAMED_ELEMENT__NAME);
        if (position.isEmpty() && name.size() == 1) {
            int end = name.get(0).getEndOffset();
            return text.substring(0, end) + " at " + position() + text.substring(end);
        }
        return null;
    }

    @Override
    protected void edit(Script script) {
        Sequence sequence = sequence(script, sequenceName);
        if (bar != null) {
            BarPosition position = LongtakeFactory.eINSTANCE.createBarPosition();
            position.setBar(bar);
            sequence.setPosition(position);
        } else {
            TimePosition position = LongtakeFactory.eINSTANCE.createTimePosition();
            position.setSeconds(seconds);
            sequence.setPosition(position);
        }
    }
}
