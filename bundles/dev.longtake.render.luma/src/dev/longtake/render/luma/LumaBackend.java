package dev.longtake.render.luma;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.http.Auth;
import dev.longtake.render.http.Choices;
import dev.longtake.render.http.Reply;
import dev.longtake.render.http.ServiceClient;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

/**
 * Luma's Dream Machine API, as its reference documents it: {@code POST /generations} (under
 * {@code https://api.lumalabs.ai/dream-machine/v1}) with {@code prompt}, {@code model}
 * ({@code ray-2}), {@code resolution} ({@code 540p}, {@code 720p}, {@code 1080p}),
 * {@code duration} ({@code "5s"} or {@code "9s"}) and {@code aspect_ratio} ({@code "16:9"})
 * answers a generation; {@code GET /generations/{id}} its {@code state} ({@code queued},
 * {@code dreaming}, {@code completed}, {@code failed}), {@code failure_reason} and
 * {@code assets.video} (the URL of the MP4); {@code DELETE /generations/{id}} deletes it (the
 * API has no separate cancel). Errors carry {@code detail}.
 * <p>
 * No seed (the API takes none); no start image (keyframes need a public image URL, which the
 * render SPI does not give).
 */
public final class LumaBackend implements Backend {

    public static final String NAME = "luma";
    public static final String DEFAULT_URL = "https://api.lumalabs.ai/dream-machine/v1";
    public static final String DEFAULT_MODEL = "ray-2";
    /** When the prices below were worked out from Luma's published API pricing. */
    public static final LocalDate PRICES_CHECKED = LocalDate.of(2026, 12, 7);

    static final int[] LENGTHS = { 5, 9 };

    private final ServiceClient client;
    private final BackendCapabilities capabilities;

    public LumaBackend(ServiceConfig config, Timeouts timeouts) {
        this.client = new ServiceClient(NAME, config.baseUrl(), Auth.bearer(config.apiKey().orElseThrow()), Map.of(),
                timeouts);
        this.capabilities = capabilitiesOf(config.model(), config.intSetting("concurrency", 2));
    }

    /**
     * Luma prices ray-2 by pixels rendered (0.0064 USD a million pixels at 24 fps): per second,
     * 540p 0.0796, 720p 0.1416, 1080p 0.3185; ray-flash-2 a third of that.
     */
    static BackendCapabilities capabilitiesOf(String model, int concurrency) {
        boolean flash = model.contains("flash");
        String p540 = flash ? "0.0265" : "0.0796";
        String p720 = flash ? "0.0472" : "0.1416";
        String p1080 = flash ? "0.1062" : "0.3185";
        return BackendCapabilities.builder(model).maxSeconds(Choices.longest(LENGTHS))
                .billedLengths(java.util.Arrays.stream(LENGTHS).asDoubleStream().toArray()).maxPromptLength(5000)
                .concurrency(concurrency).seed(false).imageInput(false).frameRates(24)
                .size(960, 540, p540).size(540, 960, p540).size(1280, 720, p720).size(720, 1280, p720)
                .size(1920, 1080, p1080).size(1080, 1920, p1080).currency("USD", PRICES_CHECKED).fileExtension("mp4")
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BackendCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String submit(RenderRequest request, String idempotencyKey) throws BackendException, InterruptedException {
        int seconds = Choices.lengthAtLeast(request.durationSeconds(), LENGTHS);
        if (seconds < 0) {
            throw BackendException.permanent(NAME + ": " + request.durationSeconds() + " s is longer than the "
                    + Choices.longest(LENGTHS) + " s the API renders");
        }
        int shortSide = Math.min(request.width(), request.height());
        ObjectNode body = ServiceClient.object();
        body.put("prompt", request.promptText());
        body.put("model", capabilities.model());
        body.put("resolution", shortSide + "p");
        body.put("duration", seconds + "s");
        body.put("aspect_ratio", request.width() > request.height() ? "16:9" : "9:16");
        Reply reply = client.submit("/generations", body, Map.of()).requireSuccess("submission");
        String id = reply.json().path("id").asText("");
        if (id.isBlank()) {
            throw BackendException.outcomeUnknown(NAME + ": the answer to the submission has no generation id", null);
        }
        return id;
    }

    @Override
    public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
        Reply reply = client.get("/generations/" + remoteId);
        if (reply.status() == 404) {
            return JobStatus.unknown();
        }
        JsonNode generation = reply.requireSuccess("status of generation " + remoteId).json();
        String state = generation.path("state").asText("");
        return switch (state) {
            case "queued" -> JobStatus.queued();
            case "dreaming" -> JobStatus.running(-1);
            case "completed" -> {
                String url = generation.path("assets").path("video").asText("");
                if (!(url.startsWith("https://") || url.startsWith("http://"))) {
                    throw BackendException.permanent(NAME + ": generation " + remoteId
                            + " completed without an http(s) video URL");
                }
                yield JobStatus.succeeded(url);
            }
            case "failed" -> JobStatus.failed(NAME + ": the generation failed: "
                    + generation.path("failure_reason").asText("the service gives no reason"));
            default -> throw BackendException.retryable(NAME + ": generation " + remoteId + " has an unknown state '"
                    + state + "'");
        };
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        client.download(finished.resultLocation(), target, progress);
    }

    @Override
    public void cancel(String remoteId) throws BackendException, InterruptedException {
        Reply reply = client.delete("/generations/" + remoteId);
        if (reply.status() != 404) {
            reply.requireSuccess("cancellation of generation " + remoteId);
        }
    }
}
