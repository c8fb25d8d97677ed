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
 * Runway's API as its reference documents it: {@code X-Runway-Version} required,
 * {@code POST /v1/text_to_video} (and {@code /v1/image_to_video} with a {@code promptImage}
 * data URI) answering a task id, {@code GET /v1/tasks/{id}} (PENDING,
 * THROTTLED, RUNNING with progress 0-1, SUCCEEDED with output URLs on a storage host,
 * FAILED with failure and failureCode), {@code DELETE /v1/tasks/{id}}.
 */
final class RunwayStub extends StubService {

    private static final Set<String> RATIOS = Set.of("1280:720", "720:1280", "1104:832", "832:1104", "960:960",
            "1584:672");

    RunwayStub(String key) throws IOException {
        super(key);
    }

    @Override
    URI baseUrl() {
        return root();
    }

    @Override
    String unauthorisedBody() {
        return "{\"error\":\"Invalid API key. Ensure you are using a valid API key.\"}";
    }

    @Override
    void route(HttpExchange ex, String body) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.startsWith("/outputs/")) { // the presigned storage host: no key needed
            String raw = ex.getRequestURI().getRawPath();
            Job job = jobs.get(raw.substring("/outputs/".length(), raw.lastIndexOf('/')));
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
        if (!"2024-11-06".equals(ex.getRequestHeaders().getFirst("X-Runway-Version"))) {
            json(ex, 400, "{\"error\":\"The X-Runway-Version header is missing or invalid.\"}");
            return;
        }
        if (method.equals("POST") && (path.equals("/v1/text_to_video") || path.equals("/v1/image_to_video"))) {
            if (faulted(Call.SUBMIT, ex, null)) {
                return;
            }
            JsonNode request = JSON.readTree(body);
            int duration = request.path("duration").asInt(-1);
            boolean imageOk = path.equals("/v1/text_to_video") ? !request.has("promptImage")
                    : isImageDataUri(request.path("promptImage").asText(""));
            if (!request.path("promptText").isTextual() || !RATIOS.contains(request.path("ratio").asText())
                    || duration < 2 || duration > 10 || !imageOk) {
                json(ex, 400, "{\"error\":\"Validation of body failed\",\"issues\":[]}");
                return;
            }
            Job job = create(UUID.randomUUID().toString(), request, request.path("promptText").asText());
            json(ex, 200, "{\"id\":\"" + job.id + "\"}");
            return;
        }
        if (!path.startsWith("/v1/tasks/")) {
            json(ex, 404, "{\"error\":\"Not found\"}");
            return;
        }
        Job job = jobs.get(path.substring("/v1/tasks/".length()));
        if (job == null) {
            json(ex, 404, "{\"error\":\"Task not found\"}");
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
        ObjectNode task = JSON.createObjectNode();
        task.put("id", job.id);
        task.put("createdAt", "2026-12-07T18:00:00.000Z");
        switch (job.phase()) {
            case "queued" -> task.put("status", "PENDING");
            case "running" -> task.put("status", "RUNNING").put("progress", 0.5);
            case "failed" -> task.put("status", "FAILED").put("failure", job.failure)
                    .put("failureCode", "SAFETY.INPUT.TEXT");
            case "cancelled" -> task.put("status", "CANCELLED");
            default -> {
                String name = evilName != null ? URLEncoder.encode(evilName, StandardCharsets.UTF_8) : "video.mp4";
                task.put("status", "SUCCEEDED").putArray("output")
                        .add(storage() + "/outputs/" + job.id + "/" + name + "?_jwt=signature");
            }
        }
        json(ex, 200, task.toString());
    }

    /** promptImage as a data URI: an image type, base 64 that decodes, under 5 MB. */
    static boolean isImageDataUri(String uri) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data:image/(png|jpeg|webp);base64,(.+)").matcher(uri);
        if (!m.matches() || uri.length() >= 5_000_000) {
            return false;
        }
        try {
            return java.util.Base64.getDecoder().decode(m.group(2)).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
