package dev.longtake.render.services;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * Veo through the Gemini API as its reference documents it: {@code x-goog-api-key};
 * {@code POST /v1beta/models/{model}:predictLongRunning} answering an operation name;
 * {@code GET /v1beta/{name}} ({@code done}, {@code error}, or
 * {@code response.generateVideoResponse.generatedSamples[].video.uri}); the file URI is on the
 * API's host, needs the key and redirects to storage. A wrong key is 400 "API key not valid".
 */
final class VeoStub extends StubService {

    VeoStub(String key) throws IOException {
        super(key);
    }

    @Override
    URI baseUrl() {
        return URI.create(root() + "/v1beta");
    }

    @Override
    void route(HttpExchange ex, String body) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.startsWith("/storage/")) { // another origin, reached by redirect; no key
            Job job = jobs.get(path.substring("/storage/".length()));
            if (job == null) {
                json(ex, 404, "{}");
            } else {
                video(ex, job);
            }
            return;
        }
        String key = ex.getRequestHeaders().getFirst("x-goog-api-key");
        if (key == null) {
            json(ex, 403, "{\"error\":{\"code\":403,\"message\":\"Method doesn't allow unregistered callers. "
                    + "Please use API Key.\",\"status\":\"PERMISSION_DENIED\"}}");
            return;
        }
        if (!key.equals(this.key)) {
            json(ex, 400, "{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\","
                    + "\"status\":\"INVALID_ARGUMENT\"}}");
            return;
        }
        if (method.equals("POST") && path.matches("/v1beta/models/[a-z0-9.-]+:predictLongRunning")) {
            if (faulted(Call.SUBMIT, ex, null)) {
                return;
            }
            JsonNode request = JSON.readTree(body);
            JsonNode parameters = request.path("parameters");
            String prompt = request.path("instances").path(0).path("prompt").asText(null);
            int seconds = parameters.path("durationSeconds").asInt(-1);
            JsonNode image = request.path("instances").path(0).path("image");
            boolean imageOk = image.isMissingNode() || image.path("mimeType").asText().matches("image/(png|jpeg|webp)")
                    && decodes(image.path("bytesBase64Encoded").asText(""));
            if (prompt == null || !imageOk || !(seconds == 4 || seconds == 6 || seconds == 8)
                    || !parameters.path("aspectRatio").asText().matches("16:9|9:16")
                    || !parameters.path("resolution").asText().matches("720p|1080p")) {
                json(ex, 400, "{\"error\":{\"code\":400,\"message\":\"Invalid video parameters\",\"status\":\"INVALID_ARGUMENT\"}}");
                return;
            }
            String model = path.substring("/v1beta/models/".length(), path.indexOf(':'));
            Job job = create("op", request, prompt);
            jobs.remove(job.id);
            String name = "models/" + model + "/operations/" + job.id;
            jobs.put(name, job);
            jobs.put(job.id, job);
            json(ex, 200, "{\"name\":\"" + name + "\"}");
            return;
        }
        if (method.equals("GET") && path.startsWith("/v1beta/files/")) {
            String id = path.substring("/v1beta/files/".length(), path.indexOf(':'));
            ex.getResponseHeaders().set("Location", storage() + "/storage/" + id);
            ex.sendResponseHeaders(302, -1);
            return;
        }
        Job job = jobs.get(path.substring("/v1beta/".length()));
        if (method.equals("GET") && job != null) {
            if (faulted(Call.POLL, ex, null)) {
                return;
            }
            job.polls.incrementAndGet();
            ObjectNode op = JSON.createObjectNode();
            op.put("name", path.substring("/v1beta/".length()));
            switch (job.phase()) {
                case "queued", "running" -> op.put("done", false);
                case "failed" -> op.put("done", true).putObject("error").put("code", 3).put("message", job.failure);
                default -> {
                    String uri = evilName != null ? root() + "/v1beta/files/" + job.id + ":download?alt=media&name="
                            + java.net.URLEncoder.encode(evilName, java.nio.charset.StandardCharsets.UTF_8)
                            : root() + "/v1beta/files/" + job.id + ":download?alt=media";
                    op.put("done", true).putObject("response")
                            .put("@type", "type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse")
                            .putObject("generateVideoResponse").putArray("generatedSamples").addObject()
                            .putObject("video").put("uri", uri);
                }
            }
            json(ex, 200, op.toString());
            return;
        }
        json(ex, 404, "{\"error\":{\"code\":404,\"message\":\"Operation not found\",\"status\":\"NOT_FOUND\"}}");
    }

    private static boolean decodes(String base64) {
        try {
            return java.util.Base64.getDecoder().decode(base64).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
