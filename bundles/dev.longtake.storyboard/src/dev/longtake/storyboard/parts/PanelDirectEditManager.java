package dev.longtake.storyboard.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Text;

import dev.longtake.storyboard.commands.RenameShotCommand;
import dev.longtake.storyboard.commands.SetBeatTextCommand;
import dev.longtake.storyboard.figures.ShotPanelFigure;
import dev.longtake.storyboard.policies.PanelDirectEditPolicy;

/**
 * A text field over the panel's name or one of its beats' captions. A name that cannot be given
 * (not a name, or another shot's) is refused: the field says why in its tooltip and the status
 * line, and Enter does nothing.
 */
public class PanelDirectEditManager extends DirectEditManager {

    private final ShotEditPart part;
    /** The last open one (tests look at it). */
    private static PanelDirectEditManager current;
    private String problem;
    /** Why the last commit was refused, or null. */
    private static String refused;

    /** @param feature {@link PanelDirectEditPolicy#NAME} or the index of a beat */
    public PanelDirectEditManager(ShotEditPart part, Object feature) {
        super(part, TextCellEditor.class, new Locator(part, feature), feature);
        this.part = part;
    }

    /** The editor open now, or null. */
    public static PanelDirectEditManager current() {
        return current;
    }

    /** The cell editor's text field (null when closed). */
    public Text text() {
        return getCellEditor() == null ? null : (Text) getCellEditor().getControl();
    }

    /** Why the last direct edit's value was refused (null once one was accepted). */
    public static String refused() {
        return refused;
    }

    /** Why the typed value cannot be given, or null. */
    public String problem() {
        return problem;
    }

    @Override
    public void show() {
        super.show();
        current = this;
    }

    @Override
    protected void bringDown() {
        super.bringDown();
        if (current == this) {
            current = null;
        }
    }

    @Override
    protected void initCellEditor() {
        Object feature = getDirectEditFeature();
        String initial = feature instanceof Integer beat
                ? SetBeatTextCommand.current(part.session().script(), part.shot().name(), beat)
                : part.shot().name();
        getCellEditor().setValue(initial == null ? "" : initial);
        Text text = (Text) getCellEditor().getControl();
        text.setFont(dev.longtake.storyboard.figures.Palette.bold());
        text.selectAll();
        if (!(feature instanceof Integer)) {
            getCellEditor().setValidator(value -> new RenameShotCommand(part.session(), part.shot().name(),
                    String.valueOf(value)).problem());
            getCellEditor().addListener(new ICellEditorListener() {
                @Override
                public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                    problem = getCellEditor().getErrorMessage();
                    text.setToolTipText(problem);
                    status(problem);
                }

                @Override
                public void cancelEditor() {
                }

                @Override
                public void applyEditorValue() {
                }
            });
        }
    }

    @Override
    protected void commit() {
        CellEditor editor = getCellEditor();
        if (editor != null && !editor.isValueValid()) {
            // refused: nothing changes, the status line keeps saying why
            refused = problem;
            bringDown();
            return;
        }
        status(null);
        refused = null;
        super.commit();
    }

    private static void status(String message) {
        var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        var page = window == null ? null : window.getActivePage();
        var editor = page == null ? null : page.getActiveEditor();
        if (editor != null) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    /** Puts the field over the name's line or the beats' line of the panel. */
    private record Locator(ShotEditPart part, Object feature) implements CellEditorLocator {
        @Override
        public void relocate(CellEditor celleditor) {
            ShotPanelFigure panel = part.panel();
            Rectangle area = (feature instanceof Integer ? panel.beatsArea() : panel.nameArea()).getCopy();
            panel.translateToAbsolute(area);
            Text text = (Text) celleditor.getControl();
            int height = Math.max(area.height, text.computeSize(-1, -1).y);
            int width = Math.max(area.width, feature instanceof Integer ? 320 : 160);
            text.setBounds(area.x - 2, area.y - 2, width, height);
        }
    }
}
