package dev.longtake.takes.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.longtake.render.BackendRegistry;
import dev.longtake.render.Money;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderEvent;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderResult;
import dev.longtake.storyboard.SelectedShot;

/**
 * Renders a promoted preview variant as a full take with the render engine, as a user job:
 * progress in the Progress view, Cancel stops the engine. When it ends the board reads the
 * ledger again, so the panel and the Takes view show the new take.
 */
public final class PromoteJob extends Job {

    /** The family of promotion jobs. */
    public static final Object FAMILY = PromoteJob.class;
    private static final String PLUGIN = "dev.longtake.takes.ui";

    private final SelectedShot shot;
    private final PromotedRequest request;
    private final Money budget;
    private final Display display;
    private volatile String takeId;

    public PromoteJob(SelectedShot shot, PromotedRequest request, Money budget, Display display) {
        super("Rendering " + shot.shotName() + " with seed " + request.seed());
        this.shot = shot;
        this.request = request;
        this.budget = budget;
        this.display = display;
        setUser(true);
    }

    /** The id of the take rendered (or found already rendered), once the job has run; else null. */
    public String takeId() {
        return takeId;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "promote cancel watcher");
            thread.setDaemon(true);
            return thread;
        });
        try (RenderEngine engine = RenderEngine.open(shot.folder(), BackendRegistry.installed(),
                RenderOptions.defaults())) {
            RenderPlan plan = engine.plan(List.of(request), budget);
            if (plan.takes().isEmpty()) {
                takeId = engine.ledger().read().getTakes().stream()
                        .filter(t -> request.hash().equals(t.getRequestHash())).map(t -> t.getId()).findFirst()
                        .orElse(null);
                return new Status(IStatus.OK, PLUGIN, "already rendered: " + takeId);
            }
            monitor.beginTask(getName(), 100);
            watcher.scheduleWithFixedDelay(() -> {
                if (monitor.isCanceled()) {
                    engine.cancel();
                }
            }, 100, 100, TimeUnit.MILLISECONDS);
            Map<String, Integer> worked = new HashMap<>();
            RenderResult result = engine.render(plan, event -> progress(event, worked, monitor));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            RenderResult.TakeOutcome outcome = result.outcomes().get(0);
            takeId = outcome.takeId();
            if (result.allDone()) {
                return new Status(IStatus.OK, PLUGIN, "rendered " + takeId);
            }
            return new Status(IStatus.WARNING, PLUGIN, shot.shotName() + ": " + outcome.message());
        } catch (RenderException e) {
            return new Status(IStatus.ERROR, PLUGIN, e.getMessage(), e);
        } finally {
            watcher.shutdownNow();
            monitor.done();
            if (!display.isDisposed()) {
                display.asyncExec(() -> shot.session().reloadLedger());
            }
        }
    }

    private void progress(RenderEvent event, Map<String, Integer> worked, IProgressMonitor monitor) {
        int percent = event.type().isFinal() ? 100
                : (int) Math.round(Math.max(0, Math.min(1, event.progress())) * 100);
        int before = worked.getOrDefault("take", 0);
        if (percent > before) {
            monitor.worked(percent - before);
            worked.put("take", percent);
        }
        monitor.subTask(event.type().name().toLowerCase(java.util.Locale.ROOT));
    }
}
