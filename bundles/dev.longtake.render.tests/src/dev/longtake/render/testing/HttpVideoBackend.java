package dev.longtake.render.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;

/**
 * A backend for the {@link ContractServer}'s {@code /v1/videos} contract over real HTTP: what
 * a service backend does, kept in the tests while the real ones are to come. The API key goes
 * in a header only; the file name the service suggests is never used.
 */
public final class HttpVideoBackend implements Backend {

    public static final String NAME = "contract";

    private final URI base;
    private final String apiKey;
    private final BackendCapabilities capabilities;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();

    public HttpVideoBackend(URI base, String apiKey, int concurrency) {
        this.base = base;
        this.apiKey = apiKey;
        this.capabilities = BackendCapabilities.builder("contract-video-1").maxSeconds(20).size(1280, 720, "0.05")
                .frameRates(24).seed(true).maxPromptLength(4000).concurrency(concurrency)
                .currency("USD", LocalDate.of(2026, 11, 22)).idempotentSubmit(true).fileExtension("mp4").build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BackendCapabilities capabilities() {
        return capabilities;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + apiKey);
    }

    @Override
    public String submit(RenderRequest r, String key) throws BackendException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", "contract-video-1");
        body.put("prompt", r.promptText());
        body.put("seconds", r.durationSeconds());
        body.put("size", r.width() + "x" + r.height());
        HttpRequest post = request("/v1/videos").header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(MiniJson.write(body))).build();
        HttpResponse<String> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw BackendException.outcomeUnknown("no answer from " + base.getHost() + " in time", e);
        } catch (IOException e) {
            throw BackendException.outcomeUnknown("the connection to " + base.getHost() + " failed: " + e, e);
        }
        checkStatus(response);
        try {
            Object id = MiniJson.parse(response.body()).get("id");
            if (!(id instanceof String text) || text.isBlank()) {
                throw BackendException.outcomeUnknown("the service answered no job id", null);
            }
            return text;
        } catch (IllegalArgumentException e) {
            throw BackendException.outcomeUnknown("the service's answer is not JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
        HttpResponse<String> response = sendForText(request("/v1/videos/" + remoteId).GET().build());
        if (response.statusCode() == 404) {
            return JobStatus.unknown();
        }
        checkStatus(response);
        Map<String, Object> status;
        try {
            status = MiniJson.parse(response.body());
        } catch (IllegalArgumentException e) {
            throw BackendException.retryable("the service's status answer is not JSON: " + e.getMessage());
        }
        double progress = status.get("progress") instanceof Double d ? d / 100 : -1;
        return switch (String.valueOf(status.get("status"))) {
            case "queued" -> JobStatus.queued();
            case "in_progress" -> JobStatus.running(progress);
            case "completed" -> new JobStatus(JobState.SUCCEEDED, 1, "/v1/videos/" + remoteId + "/content", null,
                    null, null);
            case "failed" -> JobStatus.failed(String.valueOf(status.get("error")));
            case "cancelled" -> new JobStatus(JobState.CANCELLED, -1, null, null, BigDecimal.ZERO, null);
            default -> throw BackendException.retryable("unknown status " + status.get("status"));
        };
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        // The result location is a path on this service, never a place on our disk.
        HttpRequest get = request("/v1/videos/" + remoteId + "/content").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(get, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw BackendException.retryable("download of " + remoteId + " failed: " + e.getMessage());
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw response.statusCode() == 404 ? BackendException.permanent("video " + remoteId + " is gone")
                        : BackendException.retryable("download of " + remoteId + ": HTTP " + response.statusCode());
            }
            long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            long copied = 0;
            try (OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[1 << 15];
                for (int n; (n = in.read(buffer)) > 0;) {
                    out.write(buffer, 0, n);
                    copied += n;
                    if (expected > 0) {
                        progress.accept(copied / (double) expected);
                    }
                }
            }
            if (expected >= 0 && copied != expected) {
                throw BackendException.retryable("download of " + remoteId + " ended after " + copied + " of "
                        + expected + " bytes");
            }
        } catch (IOException e) {
            throw BackendException.retryable("download of " + remoteId + " broke off: " + e.getMessage());
        }
    }

    @Override
    public void cancel(String remoteId) throws BackendException, InterruptedException {
        checkStatus(sendForText(request("/v1/videos/" + remoteId).DELETE().build()));
    }

    private HttpResponse<String> sendForText(HttpRequest request) throws BackendException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw BackendException.retryable("the service could not be reached: " + e.getMessage());
        }
    }

    private static void checkStatus(HttpResponse<String> response) throws BackendException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        if (status == 429 || status >= 500) {
            Duration after = response.headers().firstValue("Retry-After").map(HttpVideoBackend::seconds).orElse(null);
            throw BackendException.retryable("HTTP " + status + " from the service", after);
        }
        throw BackendException.permanent("HTTP " + status + " from the service");
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: the backoff decides
        }
    }
}
