package dev.longtake.product.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small local stand-in for the Replicate predictions API, enough for the sample plugin to
 * render one take in the product: a bearer token, {@code POST
 * /v1/models/{owner}/{name}/predictions}, {@code GET /v1/predictions/{id}} (starting, then
 * processing, then succeeded with an output URL), the output file, and a 429 with Retry-After
 * for the first submission so the product's retry path runs too. (The plugin's own tests cover
 * the contract in depth.)
 */
final class ReplicateStandIn implements AutoCloseable {

    static final String TOKEN = "r8_product_test_token";
    private static final Pattern CREATE = Pattern.compile("/v1/models/([^/]+)/([^/]+)/predictions");
    private static final Pattern GET = Pattern.compile("/v1/predictions/([a-z0-9]+)");
    private static final Pattern FILE = Pattern.compile("/files/([a-z0-9]+)\\.mp4");

    private final HttpServer server;
    private final Map<String, Integer> polls = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger throttle = new AtomicInteger(1);
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> submissions = new CopyOnWriteArrayList<>();
    final byte[] video;

    ReplicateStandIn(byte[] video) throws IOException {
        this.video = video;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(method + " " + path);
            Matcher m;
            if ("GET".equals(method) && (m = FILE.matcher(path)).matches()) {
                exchange.getResponseHeaders().add("Content-Type", "video/mp4");
                exchange.sendResponseHeaders(200, video.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(video);
                }
                return;
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"title\":\"Unauthenticated\",\"detail\":\"You did not pass a valid authentication token\",\"status\":401}");
                return;
            }
            if ("POST".equals(method) && CREATE.matcher(path).matches()) {
                if (throttle.getAndDecrement() > 0) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    send(exchange, 429, "{\"detail\":\"Request was throttled. Expected available in 1 second.\",\"status\":429}");
                    return;
                }
                submissions.add(body);
                String id = "pt" + ids.incrementAndGet() + "q7";
                send(exchange, 201, prediction(id, "starting"));
            } else if ("GET".equals(method) && (m = GET.matcher(path)).matches()) {
                int n = polls.merge(m.group(1), 1, Integer::sum);
                send(exchange, 200, prediction(m.group(1), n == 1 ? "processing" : "succeeded"));
            } else {
                send(exchange, 404, "{\"detail\":\"Not found.\"}");
            }
        }
    }

    private String prediction(String id, String status) {
        String output = status.equals("succeeded") ? "\"" + url() + "/files/" + id + ".mp4\"" : "null";
        return "{\"id\":\"" + id + "\",\"model\":\"acme/video-1\",\"status\":\"" + status + "\",\"output\":" + output
                + ",\"error\":null,\"urls\":{\"get\":\"" + url() + "/v1/predictions/" + id + "\"}}";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
