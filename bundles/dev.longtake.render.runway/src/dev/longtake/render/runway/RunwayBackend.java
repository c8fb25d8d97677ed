package dev.longtake.render.runway;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.http.Auth;
import dev.longtake.render.http.Reply;
import dev.longtake.render.http.ServiceClient;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.StartImage;
import dev.longtake.render.http.Timeouts;

/**
 * Runway's developer API, as its reference documents it: every request carries
 * {@code Authorization: Bearer <key>} and {@code X-Runway-Version: 2024-11-06};
 * {@code POST /v1/text_to_video} with {@code model}, {@code promptText}, {@code ratio}
 * ({@code "1280:720"}), {@code duration} (whole seconds) and {@code seed} answers a task
 * {@code id}; {@code GET /v1/tasks/{id}} its {@code status} ({@code PENDING}, {@code THROTTLED},
 * {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED}, {@code CANCELLED}), {@code progress} (0 to
 * 1), {@code output} (URLs of the results, presigned and short-lived) and {@code failure} /
 * {@code failureCode}; {@code DELETE /v1/tasks/{id}} cancels a running task (or deletes a
 * finished one).
 * <p>
 * The result is downloaded from the presigned URL without the key (another origin). A shot with
 * a start image ({@code from image}) goes to {@code POST /v1/image_to_video} instead, with the
 * same fields and {@code promptImage}: the image inline as a {@code data:} URI (the API takes
 * data URIs under 5 MB, so images above {@value #MAX_IMAGE_BYTES} bytes are refused before
 * anything is sent).
 */
public final class RunwayBackend implements Backend {

    public static final String NAME = "runway";
    public static final String DEFAULT_URL = "https://api.dev.runwayml.com";
    public static final String DEFAULT_MODEL = "gen4.5";
    public static final String API_VERSION = "2024-11-06";
    /** The largest start image whose data URI (base 64, 4/3 of it) stays under 5 MB. */
    static final long MAX_IMAGE_BYTES = 3_700_000;
    /** When the credit prices below were read from Runway's published API pricing. */
    public static final LocalDate PRICES_CHECKED = LocalDate.of(2026, 12, 7);

    private final ServiceClient client;
    private final BackendCapabilities capabilities;

    public RunwayBackend(ServiceConfig config, Timeouts timeouts) {
        this.client = new ServiceClient(NAME, config.baseUrl(), Auth.bearer(config.apiKey().orElseThrow()),
                ServiceClient.headers("X-Runway-Version", API_VERSION), timeouts);
        this.capabilities = capabilitiesOf(config.model(), config.intSetting("concurrency", 1));
    }

    /**
     * gen4.5: 12 credits a second, veo3.1: 40, veo3.1_fast: 15; a credit is 0.01 USD. Ratios
     * as the API names them (width:height in pixels).
     */
    static BackendCapabilities capabilitiesOf(String model, int concurrency) {
        String price = switch (model) {
            case "veo3.1", "veo3" -> "0.40";
            case "veo3.1_fast" -> "0.15";
            default -> "0.12";
        };
        BackendCapabilities.Builder b = BackendCapabilities.builder(model).maxSeconds(model.startsWith("veo") ? 8 : 10)
                .maxPromptLength(1000).concurrency(concurrency).seed(!model.startsWith("veo")).imageInput(true)
                .currency("USD", PRICES_CHECKED).fileExtension("mp4");
        b.size(1280, 720, price).size(720, 1280, price);
        if (!model.startsWith("veo")) {
            b.size(1104, 832, price).size(832, 1104, price).size(960, 960, price).size(1584, 672, price);
        } else {
            b.size(1920, 1080, price).size(1080, 1920, price);
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
        ObjectNode body = ServiceClient.object();
        body.put("model", capabilities.model());
        body.put("promptText", request.promptText());
        String endpoint = "/v1/text_to_video";
        if (request.imageInput() != null) {
            body.put("promptImage", StartImage.read(NAME, request.imageInput(), MAX_IMAGE_BYTES).dataUri());
            endpoint = "/v1/image_to_video";
        }
        body.put("ratio", request.width() + ":" + request.height());
        // Whole seconds, at least the shot's length (the cut uses the shot's length): gen4.5 takes
        // 2 to 10, the Veo models 4, 6 or 8.
        int duration = capabilities.model().startsWith("veo")
                ? dev.longtake.render.http.Choices.lengthAtLeast(request.durationSeconds(), 4, 6, 8)
                : (int) Math.max(2, Math.ceil(request.durationSeconds() - 1e-9));
        if (duration < 0) {
            throw BackendException.permanent(NAME + ": " + request.durationSeconds() + " s is longer than "
                    + capabilities.model() + " renders");
        }
        body.put("duration", duration);
        if (request.seed() != null && capabilities.seed()) {
            body.put("seed", Math.floorMod(request.seed(), 4294967296L));
        }
        Reply reply = client.submit(endpoint, body, java.util.Map.of()).requireSuccess("submission");
        String id = reply.json().path("id").asText("");
        if (id.isBlank()) {
            throw BackendException.outcomeUnknown(NAME + ": the answer to the submission has no task id", null);
        }
        return id;
    }

    @Override
    public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
        Reply reply = client.get("/v1/tasks/" + remoteId);
        if (reply.status() == 404) {
            return JobStatus.unknown();
        }
        JsonNode task = reply.requireSuccess("status of task " + remoteId).json();
        String status = task.path("status").asText("");
        return switch (status) {
            case "PENDING", "THROTTLED" -> JobStatus.queued();
            case "RUNNING" -> JobStatus.running(task.path("progress").isNumber() ? task.path("progress").asDouble()
                    : -1);
            case "SUCCEEDED" -> {
                JsonNode output = task.path("output");
                String url = output.isArray() && output.size() > 0 ? output.get(0).asText("") : "";
                if (!(url.startsWith("https://") || url.startsWith("http://"))) {
                    throw BackendException.permanent(NAME + ": task " + remoteId
                            + " succeeded without an http(s) output URL");
                }
                yield JobStatus.succeeded(url);
            }
            case "FAILED" -> {
                String code = task.path("failureCode").asText("");
                String reason = task.path("failure").asText("the service gives no reason");
                yield JobStatus.failed(NAME + ": the task failed" + (code.isBlank() ? "" : " (" + code + ")") + ": "
                        + reason);
            }
            case "CANCELLED" -> new JobStatus(JobState.CANCELLED, -1, null, null, null, null);
            default -> throw BackendException.retryable(NAME + ": task " + remoteId + " has an unknown status '"
                    + status + "'");
        };
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        // The presigned output URL only says where to download from, never where to write.
        client.download(finished.resultLocation(), target, progress);
    }

    @Override
    public void cancel(String remoteId) throws BackendException, InterruptedException {
        Reply reply = client.delete("/v1/tasks/" + remoteId);
        if (reply.status() != 404) {
            reply.requireSuccess("cancellation of task " + remoteId);
        }
    }
}
