package dev.longtake.render.veo;

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
import dev.longtake.render.http.StartImage;
import dev.longtake.render.http.Timeouts;

/**
 * Google Veo through the Gemini API, as its reference documents it: the key goes in
 * {@code x-goog-api-key}; {@code POST /models/{model}:predictLongRunning} (under
 * {@code https://generativelanguage.googleapis.com/v1beta}) with
 * {@code {"instances":[{"prompt":...}],"parameters":{"aspectRatio":"16:9","resolution":"720p","durationSeconds":8}}}
 * answers a long-running operation {@code name}; {@code GET /{name}} answers the operation, with
 * {@code done}, and when done either {@code error} ({@code code}, {@code message}) or
 * {@code response.generateVideoResponse.generatedSamples[0].video.uri}, a file URL on the same
 * service that is downloaded with the key (and may redirect to storage, which gets no key).
 * Samples removed by the safety filters ({@code raiMediaFilteredReasons}) make a failed job.
 * <p>
 * The Gemini API documents no cancel for these operations: {@link #cancel} asks nothing of the
 * service (the job runs to its end and is billed). No seed. A start image ({@code from image})
 * goes inline as the instance's {@code image} ({@code bytesBase64Encoded}, {@code mimeType});
 * images above {@value #MAX_IMAGE_BYTES} bytes are refused before anything is sent (a request
 * to the Gemini API stays under 20 MB).
 */
public final class VeoBackend implements Backend {

    public static final String NAME = "veo";
    public static final String DEFAULT_URL = "https://generativelanguage.googleapis.com/v1beta";
    public static final String DEFAULT_MODEL = "veo-3.1-generate-preview";
    /** When the prices below were read from the Gemini API's published price list. */
    public static final LocalDate PRICES_CHECKED = LocalDate.of(2026, 12, 7);

    static final int[] LENGTHS = { 4, 6, 8 };
    /** The largest start image whose base 64 (4/3 of it) keeps the request under 20 MB. */
    static final long MAX_IMAGE_BYTES = 14_000_000;

    private final ServiceClient client;
    private final BackendCapabilities capabilities;

    public VeoBackend(ServiceConfig config, Timeouts timeouts) {
        this.client = new ServiceClient(NAME, config.baseUrl(),
                Auth.header("x-goog-api-key", config.apiKey().orElseThrow()), Map.of(), timeouts);
        this.capabilities = capabilitiesOf(config.model(), config.intSetting("concurrency", 2));
    }

    /**
     * Veo 3.1 on the Gemini API, sound included: 0.40 USD a second at 720p and 1080p; the fast
     * model 0.10 at 720p and 0.12 at 1080p.
     */
    static BackendCapabilities capabilitiesOf(String model, int concurrency) {
        boolean fast = model.contains("fast");
        String p720 = fast ? "0.10" : "0.40";
        String p1080 = fast ? "0.12" : "0.40";
        return BackendCapabilities.builder(model).maxSeconds(Choices.longest(LENGTHS))
                .billedLengths(java.util.Arrays.stream(LENGTHS).asDoubleStream().toArray()).maxPromptLength(4000)
                .concurrency(concurrency).seed(false).imageInput(true).frameRates(24)
                .size(1280, 720, p720).size(720, 1280, p720).size(1920, 1080, p1080).size(1080, 1920, p1080)
                .currency("USD", PRICES_CHECKED).fileExtension("mp4").build();
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
        int shortSide = Math.min(request.width(), request.height());
        // 1080p renders only at 8 s.
        int seconds = shortSide >= 1080 ? 8 : Choices.lengthAtLeast(request.durationSeconds(), LENGTHS);
        if (seconds < 0 || request.durationSeconds() > seconds + 1e-9) {
            throw BackendException.permanent(NAME + ": " + request.durationSeconds() + " s is longer than the "
                    + Choices.longest(LENGTHS) + " s the API renders");
        }
        ObjectNode body = ServiceClient.object();
        ObjectNode instance = body.putArray("instances").addObject().put("prompt", request.promptText());
        if (request.imageInput() != null) {
            StartImage image = StartImage.read(NAME, request.imageInput(), MAX_IMAGE_BYTES);
            instance.putObject("image").put("bytesBase64Encoded", image.base64()).put("mimeType", image.mediaType());
        }
        ObjectNode parameters = body.putObject("parameters");
        parameters.put("aspectRatio", request.width() > request.height() ? "16:9" : "9:16");
        parameters.put("resolution", shortSide + "p");
        parameters.put("durationSeconds", seconds);
        Reply reply = client.submit("/models/" + capabilities.model() + ":predictLongRunning", body, Map.of())
                .requireSuccess("submission");
        String name = reply.json().path("name").asText("");
        if (!name.matches("[A-Za-z0-9._/-]+") || name.contains("..")) {
            throw BackendException.outcomeUnknown(NAME + ": the answer to the submission has no usable operation name",
                    null);
        }
        return name;
    }

    @Override
    public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
        Reply reply = client.get("/" + remoteId);
        if (reply.status() == 404) {
            return JobStatus.unknown();
        }
        JsonNode operation = reply.requireSuccess("status of operation " + remoteId).json();
        if (!operation.path("done").asBoolean(false)) {
            return JobStatus.running(-1);
        }
        JsonNode error = operation.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            return JobStatus.failed(NAME + ": the generation failed (" + error.path("code").asText("?") + "): "
                    + error.path("message").asText("the service gives no reason"));
        }
        JsonNode response = operation.path("response").path("generateVideoResponse");
        JsonNode samples = response.path("generatedSamples");
        String uri = samples.isArray() && samples.size() > 0 ? samples.get(0).path("video").path("uri").asText("") : "";
        if (uri.isBlank()) {
            JsonNode reasons = response.path("raiMediaFilteredReasons");
            String why = reasons.isArray() && reasons.size() > 0 ? reasons.get(0).asText()
                    : "the answer holds no video";
            return JobStatus.failed(NAME + ": the generation failed: " + why);
        }
        if (!(uri.startsWith("https://") || uri.startsWith("http://"))) {
            throw BackendException.permanent(NAME + ": operation " + remoteId + " names no http(s) video URL");
        }
        return JobStatus.succeeded(uri);
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        client.download(finished.resultLocation(), target, progress);
    }

    @Override
    public void cancel(String remoteId) {
        // No cancel is documented for Veo operations; the engine records the take as cancelled.
    }
}
