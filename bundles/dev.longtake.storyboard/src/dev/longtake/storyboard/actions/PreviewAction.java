package dev.longtake.storyboard.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.Money;
import dev.longtake.render.PreviewVariants;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderPlanner;
import dev.longtake.render.RenderRequest;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.internal.PreviewSheetsJob;
import dev.longtake.storyboard.internal.RenderShotsJob;
import dev.longtake.storyboard.parts.SequenceEditPart;
import dev.longtake.storyboard.parts.ShotEditPart;

/**
 * Renders the preview variants (as {@code longtake preview}: 8 cheap, short, small variants) of
 * the selected shots, or of every shot when nothing is selected, as a background job (Progress
 * view, cancellable), then writes each shot's contact sheet (out/previews/&lt;Shot&gt;-8.png). A plan
 * above the budget asks first.
 */
public class PreviewAction extends SelectionAction {

    public static final String ID = "dev.longtake.storyboard.preview";

    /** The title of the question asked when the plan is over the budget. */
    public static final String OVER_BUDGET = "Preview over budget";

    private final BoardSession session;
    private RenderShotsJob lastJob;

    public PreviewAction(IWorkbenchPart part, BoardSession session) {
        super(part);
        this.session = session;
        setId(ID);
        setText("Pre&view");
        setToolTipText("Render " + PreviewVariants.DEFAULT_VARIANTS
                + " cheap short variants of the selected shots (every shot when nothing is selected)");
    }

    @Override
    protected boolean calculateEnabled() {
        return session.script() != null;
    }

    /** The job the last run scheduled, or null (also when the user declined). */
    public RenderShotsJob lastJob() {
        return lastJob;
    }

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

    /** The variants of the shots: for each shot its first request's variants. */
    List<RenderRequest> variants(List<String> shots, BackendRegistry backends) {
        Map<String, RenderRequest> firstOfShot = new LinkedHashMap<>();
        for (RenderRequest request : session.requests(shots)) {
            firstOfShot.putIfAbsent(request.shotName(), request);
        }
        List<RenderRequest> variants = new ArrayList<>();
        for (RenderRequest request : firstOfShot.values()) {
            Backend backend = backends.find(request.backendName()).orElse(null);
            if (backend != null) {
                variants.addAll(PreviewVariants.of(request, PreviewVariants.DEFAULT_VARIANTS,
                        PreviewVariants.DEFAULT_SECONDS, backend.capabilities()));
            }
        }
        return variants;
    }

    @Override
    public void run() {
        lastJob = null;
        Shell shell = getWorkbenchPart().getSite().getShell();
        // the backends as the preferences set them (keys in secure storage), as Render uses them
        BackendRegistry backends = dev.longtake.preferences.ui.BackendPreferences.installedBackends();
        List<RenderRequest> variants = variants(selectedShots(), backends);
        if (variants.isEmpty()) {
            MessageDialog.openInformation(shell, "Preview", "The selection has no shots to preview on an installed backend.");
            return;
        }
        Money budget = session.budget();
        RenderPlan plan;
        try {
            plan = RenderPlanner.plan(session.layout(), variants, budget, backends);
        } catch (RenderException e) {
            MessageDialog.openError(shell, "Preview", e.getMessage());
            return;
        }
        if (!plan.problems().isEmpty()) {
            MessageDialog.openError(shell, "Preview", String.join("\n", plan.problems()));
            return;
        }
        if (plan.overBudget()) {
            if (!MessageDialog.openQuestion(shell, OVER_BUDGET, plan.budgetVerdict() + ".\n\nPreview anyway?")) {
                return;
            }
            budget = null; // the user accepted the overrun
        }
        lastJob = new RenderShotsJob(session, variants, budget, shell.getDisplay());
        // then the contact sheets of the variants, as longtake preview writes them
        lastJob.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getResult().getSeverity() != org.eclipse.core.runtime.IStatus.CANCEL) {
                    new PreviewSheetsJob(session.folder(), variants).schedule();
                }
            }
        });
        lastJob.schedule();
    }
}
