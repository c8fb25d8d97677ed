package dev.longtake.render.services;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * OpenAI's {@code /v1/videos} as its API reference documents it: create (model, prompt,
 * seconds as a string, size), retrieve (status queued / in_progress / completed / failed,
 * progress in percent, error), content (the MP4), delete.
 */
final class OpenAiStub extends StubService {

    private static final Set<String> SECONDS = Set.of("4", "8", "12", "16", "20");
    private static final Set<String> SIZES = Set.of("1280x720", "720x1280", "1792x1024", "1024x1792");

    OpenAiStub(String key) throws IOException {
        super(key);
    }

    @Override
    URI baseUrl() {
        return URI.create(root() + "/v1");
    }

    @Override
    void route(HttpExchange ex, String body) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (!authorised(ex, "Authorization", "Bearer ")) {
            return;
        }
        if (method.equals("POST") && path.equals("/v1/videos")) {
            if (faulted(Call.SUBMIT, ex, null)) {
                return;
            }
            JsonNode request = JSON.readTree(body);
            if (!request.path("prompt").isTextual() || !SECONDS.contains(request.path("seconds").asText())
                    || !SIZES.contains(request.path("size").asText())) {
                json(ex, 400, "{\"error\":{\"message\":\"Invalid value for seconds or size\",\"type\":\"invalid_request_error\"}}");
                return;
            }
            Job job = create("video_", request, request.path("prompt").asText());
            json(ex, 200, video(job, "queued").toString());
            return;
        }
        String[] parts = path.split("/");
        Job job = parts.length >= 4 ? jobs.get(parts[3]) : null;
        if (job == null) {
            json(ex, 404, "{\"error\":{\"message\":\"Video not found\",\"type\":\"invalid_request_error\"}}");
            return;
        }
        if (method.equals("GET") && parts.length == 4) {
            if (faulted(Call.POLL, ex, null)) {
                return;
            }
            job.polls.incrementAndGet();
            String status = switch (job.phase()) {
                case "queued" -> "queued";
                case "running" -> "in_progress";
                case "failed" -> "failed";
                default -> "completed";
            };
            json(ex, 200, video(job, status).toString());
        } else if (method.equals("GET") && parts.length == 5 && parts[4].equals("content")) {
            video(ex, job);
        } else if (method.equals("DELETE") && parts.length == 4) {
            job.cancelled = true;
            json(ex, 200, "{\"id\":\"" + job.id + "\",\"object\":\"video.deleted\",\"deleted\":true}");
        } else {
            json(ex, 404, "{\"error\":{\"message\":\"Unknown route\"}}");
        }
    }

    private ObjectNode video(Job job, String status) {
        ObjectNode video = JSON.createObjectNode();
        video.put("id", job.id);
        video.put("object", "video");
        video.put("model", job.request.path("model").asText());
        video.put("status", status);
        video.put("progress", switch (status) {
            case "queued" -> 0;
            case "in_progress" -> 40;
            default -> 100;
        });
        video.put("created_at", 1765000000);
        video.put("seconds", job.request.path("seconds").asText());
        video.put("size", job.request.path("size").asText());
        if (status.equals("failed")) {
            video.putObject("error").put("code", "moderation_blocked").put("message", job.failure);
        }
        return video;
    }
}
