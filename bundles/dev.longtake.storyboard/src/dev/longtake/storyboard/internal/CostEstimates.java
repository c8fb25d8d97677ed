package dev.longtake.storyboard.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.resource.XtextResource;

import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.Money;
import dev.longtake.render.PlannedTake;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderPlanner;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.dsl.CompiledRequest;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.model.ShotNode;

/**
 * The estimated cost of every panel's plan, as {@code longtake plan} computes it (the shots'
 * requests compiled, planned against the ledger and the installed backends' prices), in a
 * background job after every change of the text: the job loads the film in its own resource
 * set, with the script's current text, so nothing of the editor's model is touched off the UI
 * thread. The panels get {@code est. 0.40 USD} (what the takes still needed would cost).
 */
public final class CostEstimates {

    /** The family of the estimating job. */
    public static final Object FAMILY = CostEstimates.class;

    private final BoardSession session;
    private final Display display;
    private volatile boolean disposed;
    private final Job job;
    private volatile String text;

    public CostEstimates(BoardSession session, Display display) {
        this.session = session;
        this.display = display;
        this.job = new Job("Estimating the storyboard's costs") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return estimate(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        session.addTextListener(this::schedule);
        schedule();
    }

    private void schedule() {
        if (!disposed) {
            text = session.text();
            job.cancel();
            job.schedule(250);
        }
    }

    private IStatus estimate(IProgressMonitor monitor) {
        String current = text;
        Path file = session.source().file();
        try {
            ShotsProject project = ShotsProject.load(file);
            Resource resource = project.resourceSet().getResource(URI.createFileURI(file.toString()), false);
            if (resource instanceof XtextResource xtext && xtext.getParseResult() != null
                    && !current.equals(xtext.getParseResult().getRootNode().getText())) {
                xtext.reparse(current);
            }
            if (monitor.isCanceled() || resource == null || resource.getContents().isEmpty()
                    || !(resource.getContents().get(0) instanceof Script script)) {
                return Status.CANCEL_STATUS;
            }
            ShotsContext context = ShotsContext.of(project.resourceSet());
            List<RenderRequest> requests = new ArrayList<>();
            List<String> shots = new ArrayList<>();
            for (Shot shot : script.allShots()) {
                shots.add(shot.getName());
                try {
                    for (GenerationRequest request : context.compiler().compile(shot)) {
                        requests.add(new CompiledRequest(request, project.folder()));
                    }
                } catch (RuntimeException e) {
                    // a half-written shot has no estimate
                }
            }
            RenderPlan plan = RenderPlanner.plan(new ProjectLayout(project.folder()), requests, null,
                    BackendRegistry.installed());
            Map<String, Money> costs = new HashMap<>();
            String currency = plan.currency();
            for (PlannedTake take : plan.takes()) {
                if (take.estimate() != null) {
                    costs.merge(take.shotName(), take.estimate(), Money::plus);
                }
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> {
                if (disposed || !current.equals(session.text())) {
                    return;
                }
                for (String name : shots) {
                    ShotNode node = session.board().shot(name);
                    if (node != null) {
                        Money cost = costs.get(name);
                        node.setCost("est. " + (cost != null ? cost : Money.zero(currency == null ? "USD" : currency)));
                    }
                }
            });
            return Status.OK_STATUS;
        } catch (Exception | LinkageError e) {
            return new Status(IStatus.INFO, "dev.longtake.storyboard", "no cost estimate: " + e.getMessage());
        }
    }

    public void dispose() {
        disposed = true;
        job.cancel();
    }
}
