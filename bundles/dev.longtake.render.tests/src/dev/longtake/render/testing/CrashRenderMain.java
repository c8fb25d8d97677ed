package dev.longtake.render.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.longtake.render.BackendRegistry;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderResult;

/**
 * The render the crash test kills: a separate JVM that opens the project (finishing what the
 * killed one left), plans, and renders {@link #requests} against the contract server.
 * <p>
 * Arguments: project folder, service base URL, number of takes, concurrency. The API key comes
 * from {@code LONGTAKE_CONTRACT_API_KEY}. Exit 0 when every take is done.
 */
public final class CrashRenderMain {

    private CrashRenderMain() {
    }

    /** {@code count} takes: shots of four takes, four seconds each. */
    public static List<TestRequest> requests(int count) {
        List<TestRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String shot = String.format("Shot%03d", i / 4 + 1);
            requests.add(TestRequest.of(shot, i % 4 + 1, "One continuous shot, camera dolly forward. 0-4 s: in "
                    + shot + ", take " + (i % 4 + 1) + " of the crash test.", 4, HttpVideoBackend.NAME));
        }
        return requests;
    }

    public static RenderOptions options() {
        return RenderOptions.defaults().withRetries(8, Duration.ofMillis(50), Duration.ofSeconds(2))
                .withPolling(Duration.ofMillis(20), Duration.ofMillis(250), 0.1);
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        String key = System.getenv("LONGTAKE_CONTRACT_API_KEY");
        HttpVideoBackend backend = new HttpVideoBackend(URI.create(args[1]), key, Integer.parseInt(args[3]));
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend), options())) {
            RenderPlan plan = engine.plan(requests(Integer.parseInt(args[2])), null);
            System.out.println("rendering " + plan.takes().size() + " takes"); // the crash test waits for this
            System.out.flush();
            RenderResult result = engine.render(plan, event -> {
            });
            System.out.println("recovered " + engine.recovery() + "; rendered " + result.count(RenderResult.Outcome.DONE)
                    + " of " + plan.takes().size());
            System.exit(result.allDone() ? 0 : 3);
        } catch (RenderException e) {
            System.err.println("render: " + e.getMessage());
            System.exit(4);
        }
    }
}
