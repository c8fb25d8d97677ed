package dev.example.replicate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server that implements the part of the Replicate predictions API the backend uses,
 * as its public documentation describes it: bearer tokens, {@code POST /v1/predictions}
 * (with {@code version}) and {@code POST /v1/models/{owner}/{name}/predictions}, {@code GET
 * /v1/predictions/{id}}, {@code POST /v1/predictions/{id}/cancel}, {@code Prefer: wait},
 * statuses starting, processing, succeeded, failed and canceled, an output URL, JSON errors
 * with {@code detail}. A prediction starts, processes on the next poll and succeeds on the one
 * after. Tests script failures: answers to the next requests, a prediction that fails, a
 * download cut short.
 */
final class FakeReplicate implements AutoCloseable {

    static final String TOKEN = "r8_test_token_0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MODEL_PREDICTIONS = Pattern.compile("/v1/models/([^/]+)/([^/]+)/predictions");
    private static final Pattern PREDICTION = Pattern.compile("/v1/predictions/([A-Za-z0-9]+)");
    private static final Pattern CANCEL = Pattern.compile("/v1/predictions/([A-Za-z0-9]+)/cancel");
    private static final Pattern FILE = Pattern.compile("/files/([A-Za-z0-9]+)\\.mp4");

    /** A request as received. */
    record Received(String method, String path, Headers headers, String body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** An answer to send instead of the normal one. */
    record Scripted(int status, Map<String, String> headers, String body, boolean cutShort) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final Map<String, ObjectNode> predictions = new ConcurrentHashMap<>();
    private final Map<String, Integer> polls = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile String failWith;
    private volatile String outputBase;
    private volatile boolean cutDownloads;
    final byte[] video;

    FakeReplicate() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        video = new byte[200_000];
        for (int i = 0; i < video.length; i++) {
            video[i] = (byte) (i * 31 + 7);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request gets this answer instead of the normal one. */
    synchronized FakeReplicate answerNext(int status, Map<String, String> headers, String body) {
        scripted.add(new Scripted(status, headers, body, false));
        return this;
    }

    /** Predictions created from now on fail with this error. */
    FakeReplicate failPredictionsWith(String error) {
        failWith = error;
        return this;
    }

    /** Output URLs point at another server (another origin). */
    FakeReplicate outputsOn(String base) {
        outputBase = base;
        return this;
    }

    /** Downloads promise the whole file and send half of it. */
    FakeReplicate cutDownloadsShort() {
        cutDownloads = true;
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    ObjectNode prediction(String id) {
        return predictions.get(id);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Scripted next;
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders(), body));
                next = scripted.poll();
            }
            if (next != null) {
                next.headers().forEach(exchange.getResponseHeaders()::add);
                send(exchange, next.status(), next.body());
                return;
            }
            Matcher file = FILE.matcher(path);
            if (file.matches() && "GET".equals(exchange.getRequestMethod())) {
                download(exchange, file.group(1));
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + TOKEN).equals(auth)) {
                error(exchange, 401, "Unauthenticated", "You did not pass a valid authentication token");
                return;
            }
            route(exchange, path, body);
        }
    }

    private void route(HttpExchange exchange, String path, String body) throws IOException {
        String method = exchange.getRequestMethod();
        Matcher m;
        if ("POST".equals(method) && path.equals("/v1/predictions")) {
            JsonNode request = JSON.readTree(body);
            if (!request.hasNonNull("version")) {
                error(exchange, 422, "Invalid input", "version is required");
                return;
            }
            create(exchange, request, null);
        } else if ("POST".equals(method) && (m = MODEL_PREDICTIONS.matcher(path)).matches()) {
            create(exchange, JSON.readTree(body), m.group(1) + "/" + m.group(2));
        } else if ("POST".equals(method) && (m = CANCEL.matcher(path)).matches()) {
            ObjectNode prediction = predictions.get(m.group(1));
            if (prediction == null) {
                error(exchange, 404, "Not found", "Not found.");
                return;
            }
            synchronized (prediction) {
                String status = prediction.get("status").asText();
                if (status.equals("starting") || status.equals("processing")) {
                    prediction.put("status", "canceled");
                }
            }
            send(exchange, 200, prediction.toString());
        } else if ("GET".equals(method) && (m = PREDICTION.matcher(path)).matches()) {
            ObjectNode prediction = predictions.get(m.group(1));
            if (prediction == null) {
                error(exchange, 404, "Not found", "Not found.");
                return;
            }
            advance(m.group(1), prediction);
            send(exchange, 200, prediction.toString());
        } else {
            error(exchange, 404, "Not found", "Not found.");
        }
    }

    private void create(HttpExchange exchange, JsonNode request, String model) throws IOException {
        JsonNode input = request.get("input");
        if (input == null || !input.isObject() || !input.hasNonNull("prompt")) {
            error(exchange, 422, "Invalid input", "input.prompt is required");
            return;
        }
        String id = "p" + Integer.toString(1000 + ids.incrementAndGet(), 36) + "x9";
        ObjectNode prediction = JSON.createObjectNode();
        prediction.put("id", id);
        prediction.put("model", model == null ? "someone/some-model" : model);
        prediction.put("version", request.hasNonNull("version") ? request.get("version").asText() : "hidden");
        prediction.set("input", input);
        prediction.put("status", "starting");
        prediction.putNull("output");
        prediction.putNull("error");
        prediction.put("logs", "");
        prediction.put("created_at", "2026-12-07T18:00:00.000Z");
        ObjectNode urls = prediction.putObject("urls");
        urls.put("get", url() + "/v1/predictions/" + id);
        urls.put("cancel", url() + "/v1/predictions/" + id + "/cancel");
        predictions.put(id, prediction);
        String prefer = exchange.getRequestHeaders().getFirst("Prefer");
        if (prefer != null && prefer.matches("wait(=\\d+)?")) {
            // Holding the request open until the (fast) model is done.
            finish(prediction);
            send(exchange, 201, prediction.toString());
            return;
        }
        send(exchange, 201, prediction.toString());
    }

    private void advance(String id, ObjectNode prediction) {
        int n = polls.merge(id, 1, Integer::sum);
        synchronized (prediction) {
            String status = prediction.get("status").asText();
            if (status.equals("starting") && n >= 1) {
                prediction.put("status", "processing");
                prediction.put("logs", "Generating...\n");
            } else if (status.equals("processing") && n >= 2) {
                finish(prediction);
            }
        }
    }

    private void finish(ObjectNode prediction) {
        synchronized (prediction) {
            if (failWith != null) {
                prediction.put("status", "failed");
                prediction.put("error", failWith);
            } else {
                prediction.put("status", "succeeded");
                prediction.put("output", (outputBase == null ? url() : outputBase) + "/files/" + prediction.get("id").asText() + ".mp4");
                prediction.putObject("metrics").put("predict_time", 12.5);
            }
        }
    }

    private void download(HttpExchange exchange, String id) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "video/mp4");
        if (cutDownloads) {
            exchange.sendResponseHeaders(200, video.length);
            OutputStream out = exchange.getResponseBody();
            out.write(video, 0, video.length / 2);
            out.flush();
            // Closing the exchange now ends the body early: the client sees a short download.
            return;
        }
        exchange.sendResponseHeaders(200, video.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(video);
        }
    }

    private static void error(HttpExchange exchange, int status, String title, String detail) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("title", title);
        body.put("detail", detail);
        body.put("status", status);
        send(exchange, status, body.toString());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
