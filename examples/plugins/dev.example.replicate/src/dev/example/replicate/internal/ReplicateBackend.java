package dev.example.replicate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.example.replicate.ReplicateBackendFactory;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;

/**
 * The Replicate predictions API as a Longtake backend:
 * <ul>
 * <li>submit: {@code POST /v1/models/{owner}/{name}/predictions} (official models, latest
 * version) or {@code POST /v1/predictions} with {@code version}, body
 * {@code {"input": {...}}}; answer 201 (or 200 after {@code Prefer: wait}) with the
 * prediction;</li>
 * <li>poll: {@code GET /v1/predictions/{id}}; {@code status} is starting, processing,
 * succeeded, failed or canceled; {@code output} is a URL or a list of URLs;
 * {@code error} says why it failed;</li>
 * <li>cancel: {@code POST /v1/predictions/{id}/cancel};</li>
 * <li>fetch: {@code GET} of the output URL (the token is sent only to the API's own
 * origin).</li>
 * </ul>
 * Errors: 401/403/404/422 cannot succeed when sent again; 429 and 5xx may be retried (after
 * {@code Retry-After}, or the delay the throttling message names). Replicate takes no
 * idempotency key, so a submission whose answer is lost is {@code OUTCOME_UNKNOWN}: the engine
 * then never pays twice without being asked.
 */
public final class ReplicateBackend implements Backend {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern THROTTLED = Pattern.compile("available in (\\d+) seconds?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final ReplicateConfig config;
    private final HttpClient http;
    private final BackendCapabilities capabilities;

    public ReplicateBackend(ReplicateConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.capabilities = BackendCapabilities.builder("replicate " + config.model())
                .maxSeconds(config.maxSeconds())
                .anySizeUpTo(config.maxSize().width(), config.maxSize().height(), config.pricePerSecond().toPlainString())
                .seed(true)
                .maxPromptLength(2000)
                .concurrency(config.concurrency())
                .currency(config.currency(), config.priceCheckedOn())
                .fileExtension("mp4")
                .build();
    }

    @Override
    public String name() {
        return ReplicateBackendFactory.NAME;
    }

    @Override
    public BackendCapabilities capabilities() {
        return capabilities;
    }

    /** The JSON body of a submission: the model's version (if pinned) and its input. */
    ObjectNode submission(RenderRequest request) {
        ObjectNode body = JSON.createObjectNode();
        if (config.modelName() == null || config.version() != null) {
            body.put("version", config.version());
        }
        ObjectNode input = body.putObject("input");
        input.put("prompt", request.promptText());
        double seconds = request.durationSeconds();
        if (seconds == Math.rint(seconds)) {
            input.put("duration", (long) seconds);
        } else {
            input.put("duration", seconds);
        }
        input.put("width", request.width());
        input.put("height", request.height());
        input.put("fps", request.fps());
        if (request.seed() != null) {
            input.put("seed", request.seed());
        }
        return body;
    }

    private URI submitUri() {
        if (config.modelName() != null && config.version() == null) {
            return api("/v1/models/" + encode(config.owner()) + "/" + encode(config.modelName()) + "/predictions");
        }
        return api("/v1/predictions");
    }

    @Override
    public String submit(RenderRequest request, String idempotencyKey) throws BackendException, InterruptedException {
        HttpRequest.Builder post = authorized(submitUri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(submission(request).toString(), StandardCharsets.UTF_8));
        Duration timeout = CALL_TIMEOUT;
        if (config.waitSeconds() > 0) {
            post.header("Prefer", "wait=" + config.waitSeconds());
            timeout = timeout.plusSeconds(config.waitSeconds());
        }
        HttpResponse<String> response;
        try {
            response = http.send(post.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.ConnectException e) {
            // Nothing was sent: the service certainly has no job.
            throw BackendException.retryable("replicate: cannot connect to " + config.base().getHost() + ": " + reason(e));
        } catch (IOException e) {
            throw BackendException.outcomeUnknown("replicate: the submission's answer was lost (" + reason(e)
                    + "); the prediction may have started", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw failure("submission", response);
        }
        JsonNode prediction;
        try {
            prediction = parse(response.body());
        } catch (BackendException e) {
            throw BackendException.outcomeUnknown("replicate: the service accepted the submission but its answer is not "
                    + "a prediction (" + e.getMessage() + "); the prediction may have started", e);
        }
        String id = prediction.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            throw BackendException.outcomeUnknown("replicate: the submission's answer has no usable prediction id", null);
        }
        return id;
    }

    @Override
    public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
        HttpResponse<String> response = call(authorized(prediction(remoteId)).GET(), "poll of " + remoteId);
        if (response.statusCode() == 404) {
            return JobStatus.unknown();
        }
        if (response.statusCode() / 100 != 2) {
            throw failure("poll of " + remoteId, response);
        }
        return status(parse(response.body()));
    }

    /** A prediction's JSON as a job status. */
    static JobStatus status(JsonNode prediction) throws BackendException {
        String status = prediction.path("status").asText("");
        switch (status) {
        case "starting":
            return JobStatus.queued();
        case "processing":
            return JobStatus.running(-1);
        case "succeeded": {
            String url = outputUrl(prediction.get("output"));
            if (url == null) {
                return JobStatus.failed("replicate: the prediction succeeded without a video URL in its output");
            }
            return JobStatus.succeeded(url);
        }
        case "failed": {
            String error = prediction.path("error").asText("");
            return JobStatus.failed("replicate: the prediction failed" + (error.isBlank() ? "" : ": " + oneLine(error)));
        }
        case "canceled":
        case "aborted":
            return new JobStatus(JobState.CANCELLED, -1, null, "replicate: the prediction was " + status, null, null);
        default:
            throw BackendException.retryable("replicate: unknown prediction status '" + oneLine(status) + "'");
        }
    }

    /** The first http(s) URL of an output that is a URL, a list of URLs or an object holding one. */
    static String outputUrl(JsonNode output) {
        if (output == null || output.isNull()) {
            return null;
        }
        if (output.isTextual()) {
            String text = output.asText();
            return text.startsWith("https://") || text.startsWith("http://") ? text : null;
        }
        if (output.isArray() || output.isObject()) {
            for (JsonNode element : output) {
                String url = outputUrl(element);
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        String location = finished.resultLocation();
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw BackendException.permanent("replicate: prediction " + remoteId + " has no downloadable output");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw BackendException.permanent("replicate: prediction " + remoteId + " names an output that is not an http(s) URL");
        }
        // The token goes to the API's own origin only, never to a file host named in an answer.
        HttpRequest.Builder get = sameOrigin(uri) ? authorized(uri) : HttpRequest.newBuilder(uri);
        HttpResponse<InputStream> response;
        try {
            response = http.send(get.GET().timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw BackendException.retryable("replicate: download of " + remoteId + " failed: " + reason(e));
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                String detail = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
                throw failure("download of " + remoteId, response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), detail);
            }
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            long written = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                    out.write(buffer, 0, n);
                    written += n;
                    if (length.isPresent() && length.getAsLong() > 0) {
                        progress.accept(Math.min(1, written / (double) length.getAsLong()));
                    }
                }
            }
            if (length.isPresent() && written != length.getAsLong()) {
                throw BackendException.retryable("replicate: the download of " + remoteId + " ended after " + written + " of "
                        + length.getAsLong() + " bytes");
            }
            if (written == 0) {
                throw BackendException.retryable("replicate: the download of " + remoteId + " is empty");
            }
        } catch (IOException e) {
            throw BackendException.retryable("replicate: download of " + remoteId + " broke off: " + reason(e));
        }
    }

    @Override
    public void cancel(String remoteId) throws BackendException, InterruptedException {
        HttpResponse<String> response = call(authorized(api("/v1/predictions/" + checkedId(remoteId) + "/cancel"))
                .POST(HttpRequest.BodyPublishers.noBody()), "cancel of " + remoteId);
        int code = response.statusCode();
        // A prediction that already ended (or is gone) cannot be cancelled: not an error.
        if (code / 100 == 2 || code == 404 || code == 409 || code == 422) {
            return;
        }
        throw failure("cancel of " + remoteId, response);
    }

    private HttpResponse<String> call(HttpRequest.Builder request, String what) throws BackendException, InterruptedException {
        try {
            return http.send(request.timeout(CALL_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw BackendException.retryable("replicate: " + what + " timed out");
        } catch (IOException e) {
            throw BackendException.retryable("replicate: " + what + " failed: " + reason(e));
        }
    }

    private URI prediction(String remoteId) throws BackendException {
        return api("/v1/predictions/" + checkedId(remoteId));
    }

    private static String checkedId(String remoteId) throws BackendException {
        if (remoteId == null || !ID.matcher(remoteId).matches()) {
            throw BackendException.permanent("replicate: not a prediction id: " + remoteId);
        }
        return remoteId;
    }

    private URI api(String path) {
        return URI.create(config.base() + path);
    }

    private boolean sameOrigin(URI uri) {
        URI base = config.base();
        return uri.getScheme().equalsIgnoreCase(base.getScheme()) && uri.getHost().equalsIgnoreCase(base.getHost())
                && port(uri) == port(base);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + config.apiKey())
                .header("Accept", "application/json").header("User-Agent", "longtake-replicate-example/0.1");
    }

    private static JsonNode parse(String body) throws BackendException {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw BackendException.retryable("replicate: the answer is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw BackendException.retryable("replicate: the answer is not valid JSON");
        }
    }

    private static BackendException failure(String what, HttpResponse<String> response) {
        return failure(what, response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), response.body());
    }

    /** An HTTP error as the engine should treat it; the service's {@code detail} is quoted. */
    static BackendException failure(String what, int code, String retryAfterHeader, String body) {
        String detail = detail(body);
        String message = "replicate: " + what + " was refused (HTTP " + code + ")" + (detail.isEmpty() ? "" : ": " + detail);
        if (code == 401 || code == 403) {
            return BackendException.permanent("replicate: " + what + " was refused (HTTP " + code
                    + "): check LONGTAKE_REPLICATE_API_KEY" + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        if (code == 429 || code == 408 || code / 100 == 5) {
            Duration wait = retryAfter(retryAfterHeader, detail);
            return wait == null ? BackendException.retryable(message) : BackendException.retryable(message, wait);
        }
        return BackendException.permanent(message);
    }

    /** Retry-After in seconds, else the "Expected available in N seconds" of a throttling message. */
    static Duration retryAfter(String header, String detail) {
        if (header != null) {
            try {
                long seconds = Long.parseLong(header.trim());
                return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
            } catch (NumberFormatException e) {
                // An HTTP date: fall through to the message.
            }
        }
        Matcher m = THROTTLED.matcher(detail);
        return m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
    }

    private static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("detail")) {
                return oneLine(node.get("detail").asText());
            }
            if (node != null && node.hasNonNull("title")) {
                return oneLine(node.get("title").asText());
            }
        } catch (JacksonException e) {
            // Not JSON: no detail worth quoting.
        }
        return "";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
    }

    /** Owner and model names are checked against [A-Za-z0-9._-] already: safe as path segments. */
    private static String encode(String segment) {
        return segment;
    }
}
