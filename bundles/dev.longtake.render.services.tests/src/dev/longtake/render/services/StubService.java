package dev.longtake.render.services;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server implementing one service's documented contract over real HTTP, with jobs
 * that finish after a few polls, and faults to inject on the next submission, poll or
 * download: a status with headers, an answer that never comes, a body that stalls, JSON that
 * is not, a download cut short. Subclasses route the service's paths.
 */
abstract class StubService implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    enum Call { SUBMIT, POLL, DOWNLOAD }

    /** What to do instead of the normal answer. */
    sealed interface Fault permits Status, Silent, Stall, Malformed, Truncate {
    }

    /** Answer this status, with headers and a JSON body. */
    record Status(int code, Map<String, String> headers, String body) implements Fault {
    }

    /** Send nothing at all for a long time (no headers). */
    record Silent() implements Fault {
    }

    /** Send the headers and a little of the body, then nothing. */
    record Stall() implements Fault {
    }

    /** Answer 200 with a body that is not JSON. */
    record Malformed() implements Fault {
    }

    /** Announce the whole length, send half, close. */
    record Truncate() implements Fault {
    }

    /** A job of the stub. */
    static final class Job {
        final String id;
        final JsonNode request;
        final byte[] content;
        final String failure;
        final AtomicInteger polls = new AtomicInteger();
        volatile boolean cancelled;

        Job(String id, JsonNode request, byte[] content, String failure) {
            this.id = id;
            this.request = request;
            this.content = content;
            this.failure = failure;
        }

        /** Queued on the first poll, running on the second, then done. */
        String phase() {
            if (cancelled) {
                return "cancelled";
            }
            int n = polls.get();
            if (n <= 1) {
                return "queued";
            }
            if (n == 2) {
                return "running";
            }
            return failure != null ? "failed" : "done";
        }
    }

    /** One request the stub received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    final Map<String, Job> jobs = new ConcurrentHashMap<>();
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Map<Call, ConcurrentLinkedDeque<Fault>> faults = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    final String key;
    volatile String failNextJob;
    /** When set, results are offered under this name (Content-Disposition, output names, URLs). */
    volatile String evilName;

    StubService(String key) throws IOException {
        this.key = key;
        // every interface: the base URL says 127.0.0.1, result URLs say localhost (another origin)
        server = HttpServer.create(new InetSocketAddress(0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
                route(exchange, new String(body, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                // the client went away (a timeout test); nothing to answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /** The server's root, {@code http://127.0.0.1:<port>}. */
    URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The same server under another origin, as a storage host would be. */
    URI storage() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** The URL a backend is configured with. */
    abstract URI baseUrl();

    abstract void route(HttpExchange exchange, String body) throws IOException, InterruptedException;

    void fault(Call call, Fault fault) {
        faults.computeIfAbsent(call, c -> new ConcurrentLinkedDeque<>()).add(fault);
    }

    String newId(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    Job create(String prefix, JsonNode request, String prompt) {
        String id = newId(prefix);
        Job job = new Job(id, request, content(id, prompt), failNextJob);
        failNextJob = null;
        jobs.put(id, job);
        return job;
    }

    /** The bytes of a job's video: long enough to stream in pieces, distinct per job. */
    static byte[] content(String id, String prompt) {
        StringBuilder text = new StringBuilder("\0\0\0\u0018ftypmp42 video of job " + id + ": ");
        while (text.length() < 200_000) {
            text.append(prompt).append(' ');
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    List<Received> submissions() {
        synchronized (received) {
            return received.stream().filter(r -> r.method().equals("POST")).toList();
        }
    }

    /** Checks the key as the service would; answers 401 in the service's error shape when wrong. */
    boolean authorised(HttpExchange exchange, String header, String prefix) throws IOException {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null && value.equals(prefix + key)) {
            return true;
        }
        json(exchange, 401, unauthorisedBody());
        return false;
    }

    String unauthorisedBody() {
        return "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}";
    }

    /** Applies the next fault for this call, if any; true when it answered. */
    boolean faulted(Call call, HttpExchange exchange, byte[] download) throws IOException, InterruptedException {
        ConcurrentLinkedDeque<Fault> queue = faults.get(call);
        Fault fault = queue == null ? null : queue.poll();
        if (fault == null) {
            return false;
        }
        switch (fault) {
            case Status s -> {
                s.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                json(exchange, s.code(), s.body());
            }
            case Silent s -> Thread.sleep(20_000);
            case Stall s -> {
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, download != null ? download.length : 1000);
                OutputStream out = exchange.getResponseBody();
                out.write(download != null ? download : "{\"id\":".getBytes(StandardCharsets.UTF_8), 0, 6);
                out.flush();
                Thread.sleep(20_000);
            }
            case Malformed m -> json(exchange, 200, "{\"id\": \"x\", \"status\": <html>");
            case Truncate t -> {
                byte[] data = download != null ? download : new byte[1000];
                exchange.sendResponseHeaders(200, data.length);
                OutputStream out = exchange.getResponseBody();
                out.write(data, 0, data.length / 2);
                out.flush();
                // closing the exchange now cuts the connection short of its Content-Length
            }
        }
        return true;
    }

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Serves a video, with the hostile name in Content-Disposition when one is set. */
    void video(HttpExchange exchange, Job job) throws IOException, InterruptedException {
        if (faulted(Call.DOWNLOAD, exchange, job.content)) {
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "video/mp4");
        String name = evilName != null ? evilName : job.id + ".mp4";
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        exchange.sendResponseHeaders(200, job.content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < job.content.length; i += 16384) {
                out.write(job.content, i, Math.min(16384, job.content.length - i));
            }
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
