package dev.longtake.render.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.longtake.render.BackendException;
import dev.longtake.render.http.internal.BodyStream;

/**
 * The small HTTP client every service backend uses: JSON requests to one service with its
 * key, answers mapped to {@link BackendException}s the engine understands, and streaming
 * downloads into the file the engine chose.
 * <p>
 * The rules it keeps, so that each backend does not have to:
 * <ul>
 * <li>401 and 403 are {@code PERMANENT}, with a message naming the setting that holds the key
 * (never the key); 429, 408 and 5xx are {@code RETRYABLE} and carry the service's
 * {@code Retry-After}; other 4xx are {@code PERMANENT} with the service's reason;</li>
 * <li>a submission whose answer is lost after it was sent (timeout, broken connection,
 * unreadable answer) is {@code OUTCOME_UNKNOWN}: the service may have started, and billed, the
 * job; a call that could not connect is {@code RETRYABLE};</li>
 * <li>an answer that is not JSON is an error that names the backend;</li>
 * <li>a body that stops flowing for {@link Timeouts#stall()} fails the call (retryable);</li>
 * <li>a download is written only to the path it is given; a download shorter than its
 * {@code Content-Length} (or empty) fails (retryable); names in {@code Content-Disposition} or in
 * URLs are never used;</li>
 * <li>the key is sent only to the service's own origin (scheme, host and port of the base URL),
 * never to a storage URL it hands out, nor across a redirect to another origin.</li>
 * </ul>
 */
public final class ServiceClient {

    /** Jackson, configured once: unknown fields are ignored (services add fields). */
    public static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final int MAX_JSON = 16 << 20;
    private static final int MAX_REDIRECTS = 5;

    private final String backend;
    private final URI baseUrl;
    private final Auth auth;
    private final Map<String, String> headers;
    private final Timeouts timeouts;
    private volatile HttpClient http;

    /**
     * @param backend the backend's name, in every message
     * @param baseUrl the service's base URL; paths are appended to it
     * @param headers sent with every request to the service (a version header)
     */
    public ServiceClient(String backend, URI baseUrl, Auth auth, Map<String, String> headers, Timeouts timeouts) {
        this.backend = Objects.requireNonNull(backend, "backend");
        String text = baseUrl.toString();
        this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.auth = Objects.requireNonNull(auth, "auth");
        this.headers = Map.copyOf(headers);
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    /** Made on first use: a registry makes every backend, most of which never call. */
    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(timeouts.connect())
                            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
                    http = client;
                }
            }
        }
        return client;
    }

    public String backend() {
        return backend;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** An empty JSON object to fill in as a request body. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A path ("/v1/tasks/x") appended to the base URL, or an absolute http(s) URL as it is. */
    public URI resolve(String pathOrUrl) {
        if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
            return URI.create(pathOrUrl);
        }
        return URI.create(baseUrl + (pathOrUrl.startsWith("/") ? pathOrUrl : "/" + pathOrUrl));
    }

    /** Whether a URL is on the service's own origin (where the key may go). */
    public boolean sameOrigin(URI url) {
        return Objects.equals(url.getScheme(), baseUrl.getScheme()) && url.getHost() != null
                && url.getHost().equalsIgnoreCase(baseUrl.getHost()) && port(url) == port(baseUrl);
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }

    public Reply get(String path) throws BackendException, InterruptedException {
        return send(base(resolve(path)).GET(), false);
    }

    public Reply delete(String path) throws BackendException, InterruptedException {
        return send(base(resolve(path)).DELETE(), false);
    }

    /** A POST that starts nothing paid (a cancel); a lost answer is retryable. */
    public Reply post(String path, JsonNode body) throws BackendException, InterruptedException {
        return send(jsonPost(path, body, Map.of()), false);
    }

    /**
     * The POST that starts a job. A lost answer is {@code OUTCOME_UNKNOWN}.
     *
     * @param extra more headers for this request (an idempotency key)
     */
    public Reply submit(String path, JsonNode body, Map<String, String> extra)
            throws BackendException, InterruptedException {
        return send(jsonPost(path, body, extra), true);
    }

    private HttpRequest.Builder jsonPost(String path, JsonNode body, Map<String, String> extra) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request as JSON", e);
        }
        HttpRequest.Builder builder = base(resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        extra.forEach(builder::header);
        return builder;
    }

    private HttpRequest.Builder base(URI url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(timeouts.response())
                .header("Accept", "application/json").header("User-Agent", "longtake/0.1");
        if (sameOrigin(url)) {
            headers.forEach(builder::header);
            auth.apply(builder);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder, boolean submission) throws BackendException, InterruptedException {
        HttpRequest request = builder.build();
        HttpResponse<Flow.Publisher<java.util.List<ByteBuffer>>> response = open(request, submission);
        try (BodyStream body = new BodyStream(timeouts.stall())) {
            response.body().subscribe(body);
            byte[] bytes = body.readAll(MAX_JSON);
            return new Reply(this, submission, response.statusCode(), response.headers(),
                    new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw lost(submission, "the answer from " + host(request.uri()) + " broke off: " + e.getMessage(), e);
        }
    }

    private HttpResponse<Flow.Publisher<java.util.List<ByteBuffer>>> open(HttpRequest request, boolean submission)
            throws BackendException, InterruptedException {
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofPublisher());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw BackendException.retryable(backend + ": cannot connect to " + host(request.uri()) + " ("
                    + describe(e) + ")", null);
        } catch (HttpTimeoutException e) {
            throw lost(submission, "no answer from " + host(request.uri()) + " within "
                    + timeouts.response().toSeconds() + " s", e);
        } catch (IOException e) {
            throw lost(submission, "the connection to " + host(request.uri()) + " failed (" + describe(e) + ")", e);
        }
    }

    private BackendException lost(boolean submission, String what, Throwable cause) {
        if (submission) {
            return BackendException.outcomeUnknown(backend + ": " + what
                    + "; the service may have accepted the job", cause);
        }
        return new BackendException(BackendException.Kind.RETRYABLE, backend + ": " + what, null, cause);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String host(URI uri) {
        return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /**
     * Downloads a result into {@code target}, following redirects; the key goes only to the
     * service's own origin. Fails (retryable) when the body ends before its
     * {@code Content-Length} or is empty, or stops flowing for the stall time.
     */
    public void download(String pathOrUrl, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        if (pathOrUrl == null || (pathOrUrl.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")
                && !pathOrUrl.startsWith("http://") && !pathOrUrl.startsWith("https://"))) {
            throw BackendException.permanent(backend + ": the result is not at an http(s) URL");
        }
        URI url;
        try {
            url = resolve(pathOrUrl);
        } catch (IllegalArgumentException e) {
            throw BackendException.permanent(backend + ": the result's URL is malformed");
        }
        for (int hop = 0;; hop++) {
            HttpRequest request = base(url).setHeader("Accept", "*/*").GET().build();
            HttpResponse<Flow.Publisher<java.util.List<ByteBuffer>>> response = open(request, false);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                drain(response);
                if (hop == MAX_REDIRECTS) {
                    throw BackendException.permanent(backend + ": the download redirects more than " + MAX_REDIRECTS
                            + " times");
                }
                url = url.resolve(response.headers().firstValue("Location").get());
                if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                    throw BackendException.permanent(backend + ": the download redirects to a non-HTTP URL");
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                String text;
                try (BodyStream body = new BodyStream(timeouts.stall())) {
                    response.body().subscribe(body);
                    text = new String(body.readAll(64 << 10), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    text = "";
                }
                Reply reply = new Reply(this, false, status, response.headers(), text);
                if (status == 404 || status == 410) {
                    throw BackendException.permanent(backend + ": the result is gone from " + host(url)
                            + " (HTTP " + status + ")");
                }
                throw reply.failure("download");
            }
            copy(response, url, target, progress);
            return;
        }
    }

    private void copy(HttpResponse<Flow.Publisher<java.util.List<ByteBuffer>>> response, URI url, Path target,
            DoubleConsumer progress) throws BackendException, InterruptedException {
        long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        long copied = 0;
        try (BodyStream body = new BodyStream(timeouts.stall());
                FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            response.body().subscribe(body);
            for (ByteBuffer b; (b = body.next()) != null;) {
                copied += b.remaining();
                if (expected >= 0 && copied > expected) {
                    throw BackendException.retryable(backend + ": the download from " + host(url)
                            + " is longer than its Content-Length " + expected);
                }
                while (b.hasRemaining()) {
                    out.write(b);
                }
                if (expected > 0) {
                    progress.accept(copied / (double) expected);
                }
            }
            out.force(true);
        } catch (BodyStream.StalledException e) {
            throw BackendException.retryable(backend + ": the download from " + host(url) + " stalled after "
                    + copied + (expected >= 0 ? " of " + expected : "") + " bytes (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw BackendException.retryable(backend + ": the download from " + host(url) + " broke off after "
                    + copied + (expected >= 0 ? " of " + expected : "") + " bytes (" + describe(e) + ")");
        }
        if (expected >= 0 && copied != expected) {
            throw BackendException.retryable(backend + ": the download from " + host(url) + " ended after " + copied
                    + " of " + expected + " bytes");
        }
        if (copied == 0) {
            throw BackendException.retryable(backend + ": the download from " + host(url) + " is empty");
        }
    }

    private void drain(HttpResponse<Flow.Publisher<java.util.List<ByteBuffer>>> response) throws InterruptedException {
        try (BodyStream body = new BodyStream(timeouts.stall())) {
            response.body().subscribe(body);
            body.readAll(1 << 20);
        } catch (IOException e) {
            // a redirect's body is not needed
        }
    }

    String scrub(String text) {
        return auth.scrub(text);
    }

    Auth auth() {
        return auth;
    }

    /** Builds the headers of one request, for backends that add their own. */
    public static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static HttpHeaders none() {
        return HttpHeaders.of(Map.of(), (a, b) -> true);
    }

    @Override
    public String toString() {
        return backend + " client for " + baseUrl + " (" + auth + ")";
    }
}
