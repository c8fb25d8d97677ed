package dev.longtake.render.services;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * Luma's Dream Machine API as its reference documents it: {@code POST /generations} (201 with
 * the generation), {@code GET /generations/{id}} (state queued, dreaming, completed with
 * {@code assets.video} on a CDN, failed with {@code failure_reason}), {@code DELETE}; errors
 * as {@code {"detail": ...}}.
 */
final class LumaStub extends StubService {

    private static final Set<String> RESOLUTIONS = Set.of("540p", "720p", "1080p", "4k");
    private static final Set<String> DURATIONS = Set.of("5s", "9s");
    private static final String BASE = "/dream-machine/v1";

    LumaStub(String key) throws IOException {
        super(key);
    }

    @Override
    URI baseUrl() {
        return URI.create(root() + BASE);
    }

    @Override
    String unauthorisedBody() {
        return "{\"detail\":\"Invalid API key provided\"}";
    }

    @Override
    void route(HttpExchange ex, String body) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.startsWith("/cdn/")) {
            String raw = ex.getRequestURI().getRawPath();
            Job job = jobs.get(raw.substring("/cdn/".length(), raw.lastIndexOf('/')));
            if (job == null) {
                json(ex, 404, "{}");
            } else {
                video(ex, job);
            }
            return;
        }
        if (!authorised(ex, "Authorization", "Bearer ")) {
            return;
        }
        if (method.equals("POST") && path.equals(BASE + "/generations")) {
            if (faulted(Call.SUBMIT, ex, null)) {
                return;
            }
            JsonNode request = JSON.readTree(body);
            if (!request.path("prompt").isTextual() || !RESOLUTIONS.contains(request.path("resolution").asText())
                    || !DURATIONS.contains(request.path("duration").asText())
                    || !request.path("aspect_ratio").asText().matches("\\d+:\\d+")) {
                json(ex, 400, "{\"detail\":\"Invalid request: resolution, duration or aspect_ratio\"}");
                return;
            }
            Job job = create(UUID.randomUUID().toString(), request, request.path("prompt").asText());
            json(ex, 201, generation(job, "queued").toString());
            return;
        }
        if (!path.startsWith(BASE + "/generations/")) {
            json(ex, 404, "{\"detail\":\"Not Found\"}");
            return;
        }
        Job job = jobs.get(path.substring((BASE + "/generations/").length()));
        if (job == null) {
            json(ex, 404, "{\"detail\":\"Generation not found\"}");
            return;
        }
        if (method.equals("DELETE")) {
            job.cancelled = true;
            ex.sendResponseHeaders(204, -1);
            return;
        }
        if (faulted(Call.POLL, ex, null)) {
            return;
        }
        job.polls.incrementAndGet();
        String state = switch (job.phase()) {
            case "queued" -> "queued";
            case "running" -> "dreaming";
            case "failed" -> "failed";
            default -> "completed";
        };
        json(ex, 200, generation(job, state).toString());
    }

    private ObjectNode generation(Job job, String state) {
        ObjectNode g = JSON.createObjectNode();
        g.put("id", job.id);
        g.put("generation_type", "video");
        g.put("state", state);
        g.put("created_at", "2026-12-07T18:00:00.000Z");
        g.put("model", job.request.path("model").asText());
        if (state.equals("failed")) {
            g.put("failure_reason", job.failure);
        } else {
            g.putNull("failure_reason");
        }
        ObjectNode assets = g.putObject("assets");
        if (state.equals("completed")) {
            String name = evilName != null ? URLEncoder.encode(evilName, StandardCharsets.UTF_8) : "video.mp4";
            assets.put("video", storage() + "/cdn/" + job.id + "/" + name);
        }
        g.set("request", job.request);
        return g;
    }
}
