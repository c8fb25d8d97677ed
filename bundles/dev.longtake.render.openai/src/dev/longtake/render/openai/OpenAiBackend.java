package dev.longtake.render.openai;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.Resolution;
import dev.longtake.render.http.Auth;
import dev.longtake.render.http.Choices;
import dev.longtake.render.http.Reply;
import dev.longtake.render.http.ServiceClient;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

/**
 * The OpenAI videos API ({@code /v1/videos}, the Sora models), as its API reference documents
 * it: {@code POST /videos} with {@code model}, {@code prompt}, {@code seconds} (a string: 4, 8,
 * 12, 16 or 20) and {@code size} ({@code 1280x720}...) answers a video job; {@code GET
 * /videos/{id}} its {@code status} ({@code queued}, {@code in_progress}, {@code completed},
 * {@code failed}), {@code progress} (percent) and {@code error}; {@code GET /videos/{id}/content}
 * the MP4; {@code DELETE /videos/{id}} removes it (the API has no separate cancel).
 * <p>
 * A shot's length is rounded up to the next length the API renders (the cut uses the shot's
 * length); the charge recorded is for the seconds rendered. No seed (the API takes none); start
 * images go as a multipart upload, which this backend does not send yet (no image input).
 */
public final class OpenAiBackend implements Backend {

    public static final String NAME = "openai";
    public static final String DEFAULT_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "sora-2";
    /** When the prices below were read from OpenAI's published price list. */
    public static final LocalDate PRICES_CHECKED = LocalDate.of(2026, 12, 7);

    static final int[] LENGTHS = { 4, 8, 12, 16, 20 };

    private final ServiceClient client;
    private final BackendCapabilities capabilities;

    public OpenAiBackend(ServiceConfig config, Timeouts timeouts) {
        this.client = new ServiceClient(NAME, config.baseUrl(), Auth.bearer(config.apiKey().orElseThrow()), Map.of(),
                timeouts);
        this.capabilities = capabilitiesOf(config.model(), config.intSetting("concurrency", 2));
    }

    static BackendCapabilities capabilitiesOf(String model, int concurrency) {
        BackendCapabilities.Builder b = BackendCapabilities.builder(model).maxSeconds(Choices.longest(LENGTHS))
                .billedLengths(java.util.Arrays.stream(LENGTHS).asDoubleStream().toArray())
                .maxPromptLength(4000).concurrency(concurrency).seed(false).imageInput(false)
                .currency("USD", PRICES_CHECKED).fileExtension("mp4");
        if (model.startsWith("sora-2-pro")) {
            b.size(1280, 720, "0.30").size(720, 1280, "0.30").size(1792, 1024, "0.50").size(1024, 1792, "0.50");
        } else {
            b.size(1280, 720, "0.10").size(720, 1280, "0.10");
        }
        return b.build();
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
        ObjectNode body = ServiceClient.object();
        body.put("model", capabilities.model());
        body.put("prompt", request.promptText());
        body.put("seconds", String.valueOf(seconds));
        body.put("size", request.width() + "x" + request.height());
        Reply reply = client.submit("/videos", body, ServiceClient.headers("Idempotency-Key", idempotencyKey))
                .requireSuccess("submission");
        String id = reply.json().path("id").asText("");
        if (id.isBlank()) {
            throw BackendException.outcomeUnknown(NAME + ": the answer to the submission has no video id", null);
        }
        return id;
    }

    @Override
    public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
        Reply reply = client.get("/videos/" + remoteId);
        if (reply.status() == 404) {
            return JobStatus.unknown();
        }
        JsonNode video = reply.requireSuccess("status of video " + remoteId).json();
        String status = video.path("status").asText("");
        double progress = video.path("progress").isNumber() ? video.path("progress").asDouble() / 100 : -1;
        return switch (status) {
            case "queued" -> JobStatus.queued();
            case "in_progress" -> JobStatus.running(progress);
            case "completed" -> new JobStatus(JobState.SUCCEEDED, 1, "/videos/" + remoteId + "/content", null,
                    billed(video), null);
            case "failed" -> JobStatus.failed(failure(video));
            default -> throw BackendException.retryable(NAME + ": video " + remoteId + " has an unknown status '"
                    + status + "'");
        };
    }

    /** The charge for what was rendered: its seconds at its size's price, when both are known. */
    private BigDecimal billed(JsonNode video) {
        try {
            Resolution size = Resolution.parse(video.path("size").asText(""));
            BigDecimal seconds = new BigDecimal(video.path("seconds").asText(""));
            return capabilities.priceFor(size).map(price -> price.multiply(seconds)).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String failure(JsonNode video) {
        JsonNode error = video.path("error");
        String message = error.path("message").asText("");
        String code = error.path("code").asText("");
        if (message.isBlank()) {
            message = "the service gives no reason";
        }
        return NAME + ": the video failed" + (code.isBlank() ? "" : " (" + code + ")") + ": " + message;
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        // Always our own path on the service; a location is never a place on disk.
        client.download("/videos/" + remoteId + "/content", target, progress);
    }

    @Override
    public void cancel(String remoteId) throws BackendException, InterruptedException {
        Reply reply = client.delete("/videos/" + remoteId);
        if (reply.status() != 404) {
            reply.requireSuccess("cancellation of video " + remoteId);
        }
    }
}
