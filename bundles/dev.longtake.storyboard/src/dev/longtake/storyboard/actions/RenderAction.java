package dev.longtake.storyboard.actions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;

import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.render.Money;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderPlanner;
import dev.longtake.render.RenderRequest;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.internal.RenderShotsJob;
import dev.longtake.storyboard.parts.SequenceEditPart;
import dev.longtake.storyboard.parts.ShotEditPart;

/**
 * Renders the selected shots (or sequences, or the whole film when nothing is selected) with
 * the backends the script names, as a background job. A plan above the budget asks first.
 */
public class RenderAction extends SelectionAction {

    public static final String ID = "dev.longtake.storyboard.render";

    private final BoardSession session;
    private RenderShotsJob lastJob;

    public RenderAction(IWorkbenchPart part, BoardSession session) {
        super(part);
        this.session = session;
        setId(ID);
        setText("&Render");
        setToolTipText("Render the selected shots' takes (the whole film when nothing is selected)");
    }

    @Override
    protected boolean calculateEnabled() {
        return session.script() != null;
    }

    /** The names of the shots the selection stands for; empty for the whole film. */
    List<String> selectedShots() {
        Set<String> names = new LinkedHashSet<>();
        for (Object selected : getSelectedObjects()) {
            if (selected instanceof ShotEditPart shot) {
                names.add(shot.shot().name());
            } else if (selected instanceof SequenceEditPart sequence) {
                sequence.sequence().shots().forEach(s -> names.add(s.name()));
            }
        }
        return new ArrayList<>(names);
    }

    /** The job the last run scheduled, or null. */
    public RenderShotsJob lastJob() {
        return lastJob;
    }

    @Override
    public void run() {
        Shell shell = getWorkbenchPart().getSite().getShell();
        List<RenderRequest> requests = session.requests(selectedShots());
        if (requests.isEmpty()) {
            MessageDialog.openInformation(shell, "Render", "The selection has no shots to render.");
            return;
        }
        Money budget = session.budget();
        RenderPlan plan;
        try {
            plan = RenderPlanner.plan(session.layout(), requests, budget, BackendPreferences.installedBackends());
        } catch (RenderException e) {
            MessageDialog.openError(shell, "Render", e.getMessage());
            return;
        }
        if (!plan.problems().isEmpty()) {
            MessageDialog.openError(shell, "Render", String.join("\n", plan.problems()));
            return;
        }
        if (plan.overBudget()) {
            if (!MessageDialog.openQuestion(shell, "Render over budget",
                    plan.budgetVerdict() + ".\n\nRender anyway?")) {
                return;
            }
            budget = null; // the user accepted the overrun
        }
        lastJob = new RenderShotsJob(session, requests, budget, shell.getDisplay());
        lastJob.schedule();
    }
}
