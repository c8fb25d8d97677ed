package dev.longtake.render.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A paid video generation service on 127.0.0.1, after the OpenAI-style {@code /v1/videos}
 * contract: {@code POST /v1/videos} (with {@code Idempotency-Key}) answers a job id,
 * {@code GET /v1/videos/{id}} its status, {@code GET /v1/videos/{id}/content} the video,
 * {@code DELETE /v1/videos/{id}} cancels. Jobs take a latency to render; the server answers
 * some submissions 429 with Retry-After and cuts some downloads short; its status answers
 * carry a file name with "../" that a client must not use. It counts what a client cost:
 * every job it created is a charge.
 */
public final class ContractServer implements AutoCloseable {

    /** How the service behaves; rates are chances per request. */
    public record Behaviour(long minLatencyMs, long maxLatencyMs, double tooManyRequests, double truncated,
            int contentBytes, long seed) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final String token;
    private final Behaviour behaviour;
    private final Random random;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, String> byKey = new ConcurrentHashMap<>();

    /** Jobs created: what the account was charged for. */
    public final AtomicInteger created = new AtomicInteger();
    /** POSTs answered with an existing job because its idempotency key was seen. */
    public final AtomicInteger replayed = new AtomicInteger();
    public final AtomicInteger posts = new AtomicInteger();
    public final AtomicInteger tooManyRequests = new AtomicInteger();
    public final AtomicInteger truncatedDownloads = new AtomicInteger();
    public final AtomicInteger downloads = new AtomicInteger();
    public final AtomicInteger unauthorized = new AtomicInteger();
    public final AtomicInteger statusRequests = new AtomicInteger();

    private record Job(String id, String prompt, long readyAt, boolean cancelled) {
    }

    public ContractServer(String token, Behaviour behaviour) throws IOException {
        this.token = token;
        this.behaviour = behaviour;
        this.random = new Random(behaviour.seed());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/v1/videos", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The bytes of the video of a prompt: what every download of its job must give. */
    public static byte[] contentOf(String prompt, int size) {
        byte[] content = new byte[size];
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] block = digest.digest(prompt.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < size; i += block.length) {
                System.arraycopy(block, 0, content, i, Math.min(block.length, size - i));
                block = digest.digest(block);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return content;
    }

    private synchronized double chance() {
        return random.nextDouble();
    }

    private synchronized long latency() {
        return behaviour.minLatencyMs()
                + (long) (random.nextDouble() * (behaviour.maxLatencyMs() - behaviour.minLatencyMs()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                unauthorized.incrementAndGet();
                send(exchange, 401, Map.of("error", "invalid api key"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/v1/videos") && method.equals("POST")) {
                create(exchange);
                return;
            }
            String rest = path.startsWith("/v1/videos/") ? path.substring("/v1/videos/".length()) : "";
            boolean content = rest.endsWith("/content");
            String id = content ? rest.substring(0, rest.length() - "/content".length()) : rest;
            Job job = jobs.get(id);
            if (job == null) {
                send(exchange, 404, Map.of("error", "no such video " + id));
            } else if (method.equals("DELETE")) {
                jobs.put(id, new Job(id, job.prompt(), job.readyAt(), true));
                send(exchange, 200, Map.of("id", id, "status", "cancelled"));
            } else if (content) {
                download(exchange, job);
            } else {
                status(exchange, job);
            }
        }
    }

    private void create(HttpExchange exchange) throws IOException {
        posts.incrementAndGet();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (chance() < behaviour.tooManyRequests()) {
            tooManyRequests.incrementAndGet();
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 429, Map.of("error", "rate limited"));
            return;
        }
        Map<String, Object> request;
        try {
            request = MiniJson.parse(body);
        } catch (IllegalArgumentException e) {
            send(exchange, 400, Map.of("error", e.getMessage()));
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        synchronized (this) {
            String earlier = key == null ? null : byKey.get(key);
            if (earlier != null) {
                replayed.incrementAndGet();
                send(exchange, 200, Map.of("id", earlier, "status", "queued"));
                return;
            }
            String id = String.format("video_%05d", created.incrementAndGet());
            jobs.put(id, new Job(id, String.valueOf(request.get("prompt")), System.currentTimeMillis() + latency(), false));
            if (key != null) {
                byKey.put(key, id);
            }
            send(exchange, 201, Map.of("id", id, "status", "queued"));
        }
    }

    private void status(HttpExchange exchange, Job job) throws IOException {
        statusRequests.incrementAndGet();
        long now = System.currentTimeMillis();
        String state = job.cancelled() ? "cancelled" : now >= job.readyAt() ? "completed" : "in_progress";
        long progress = state.equals("completed") ? 100 : Math.max(0, 100 - (job.readyAt() - now) / 10);
        send(exchange, 200, Map.of("id", job.id(), "status", state, "progress", Math.min(99, progress),
                "filename", "../../escape-" + job.id() + ".mp4"));
    }

    private void download(HttpExchange exchange, Job job) throws IOException {
        if (System.currentTimeMillis() < job.readyAt() || job.cancelled()) {
            send(exchange, 409, Map.of("error", "not ready"));
            return;
        }
        downloads.incrementAndGet();
        byte[] content = contentOf(job.prompt(), behaviour.contentBytes());
        exchange.getResponseHeaders().set("Content-Type", "video/mp4");
        exchange.sendResponseHeaders(200, content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (chance() < behaviour.truncated()) {
                truncatedDownloads.incrementAndGet();
                out.write(content, 0, content.length / 3);
                out.flush();
                // Closing a fixed-length body early makes the server drop the connection.
                throw new IOException("cut short on purpose");
            }
            out.write(content);
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, ?> json) throws IOException {
        byte[] body = MiniJson.write(json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
