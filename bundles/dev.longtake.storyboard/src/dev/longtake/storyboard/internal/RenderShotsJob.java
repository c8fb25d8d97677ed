package dev.longtake.storyboard.internal;

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

import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.render.Money;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderEvent;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.RenderResult;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.model.ShotNode;

/**
 * Renders requests of the board's script with the render engine, as an Eclipse job: progress
 * in the Progress view (one unit per percent of each take) and on the panels, cancelled from
 * there (the engine cancels its takes; what was submitted is recorded as the engine does).
 */
public final class RenderShotsJob extends Job {

    /** The family of render jobs. */
    public static final Object FAMILY = RenderShotsJob.class;

    private static final String PLUGIN = "dev.longtake.storyboard";

    private final BoardSession session;
    private final List<RenderRequest> requests;
    private final Money budget;
    private final Display display;
    private volatile RenderResult result;

    /**
     * @param budget the budget to hold the plan to, or null when the user accepted going over it
     */
    public RenderShotsJob(BoardSession session, List<RenderRequest> requests, Money budget, Display display) {
        super("Rendering " + describe(requests));
        this.session = session;
        this.requests = List.copyOf(requests);
        this.budget = budget;
        this.display = display;
        setUser(true);
    }

    private static String describe(List<RenderRequest> requests) {
        long shots = requests.stream().map(RenderRequest::shotName).distinct().count();
        return shots == 1 ? requests.get(0).shotName() : shots + " shots";
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The engine's result once the job has run, else null. */
    public RenderResult result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "render cancel watcher");
            thread.setDaemon(true);
            return thread;
        });
        try (RenderEngine engine = RenderEngine.open(session.folder(), BackendPreferences.installedBackends(),
                RenderOptions.defaults())) {
            RenderPlan plan = engine.plan(requests, budget);
            if (!plan.problems().isEmpty()) {
                // e.g. a backend whose key was removed since the action planned: nothing is submitted
                return new Status(IStatus.ERROR, PLUGIN, "nothing rendered: " + String.join("; ", plan.problems()));
            }
            int takes = plan.takes().size();
            monitor.beginTask(getName() + ": " + takes + (takes == 1 ? " take" : " takes"), Math.max(1, takes) * 100);
            if (takes == 0) {
                return new Status(IStatus.OK, PLUGIN, "nothing to render: every take is in the ledger");
            }
            Map<String, Integer> worked = new HashMap<>();
            watcher.scheduleWithFixedDelay(() -> {
                if (monitor.isCanceled()) {
                    engine.cancel();
                }
            }, 100, 100, TimeUnit.MILLISECONDS);
            result = engine.render(plan, event -> progress(event, worked, monitor));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (result.allDone()) {
                long done = result.count(RenderResult.Outcome.DONE);
                return new Status(IStatus.OK, PLUGIN, "rendered " + done + (done == 1 ? " take" : " takes"));
            }
            long unfinished = result.outcomes().size() - result.count(RenderResult.Outcome.DONE);
            String first = result.outcomes().stream().filter(o -> o.message() != null).map(
                    o -> o.planned().shotName() + ": " + o.message()).findFirst().orElse("");
            return new Status(IStatus.WARNING, PLUGIN,
                    unfinished + " of " + result.outcomes().size() + " takes did not finish. " + first);
        } catch (RenderException e) {
            return new Status(IStatus.ERROR, PLUGIN, e.getMessage(), e);
        } finally {
            watcher.shutdownNow();
            monitor.done();
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    for (RenderRequest request : requests) {
                        ShotNode shot = session.board().shot(request.shotName());
                        if (shot != null) {
                            shot.setProgress(-1);
                        }
                    }
                    session.reloadLedger();
                });
            }
        }
    }

    private void progress(RenderEvent event, Map<String, Integer> worked, IProgressMonitor monitor) {
        String take = event.planned().shotName() + " take " + event.planned().request().takeNumber();
        int percent = event.type().isFinal() ? 100 : (int) Math.round(Math.max(0, Math.min(1, event.progress())) * 100);
        int before = worked.getOrDefault(take, 0);
        if (percent > before) {
            monitor.worked(percent - before);
            worked.put(take, percent);
        }
        monitor.subTask(take + ": " + event.type().name().toLowerCase(java.util.Locale.ROOT));
        String shotName = event.planned().shotName();
        double progress = event.type().isFinal() ? 1 : Math.max(0, event.progress());
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                ShotNode shot = session.board().shot(shotName);
                if (shot != null) {
                    shot.setProgress(progress);
                }
            });
        }
    }
}
