package dev.longtake.render.services;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * ComfyUI's server routes as its documentation describes them: {@code POST /prompt} (prompt_id,
 * number, node_errors; 400 with error and node_errors), {@code GET /history/{id}} ({} until run,
 * then status and outputs), {@code GET /queue} (queue_running, queue_pending),
 * {@code GET /view?filename&subfolder&type}, {@code POST /queue} delete, {@code POST /interrupt}.
 * Behind an authenticating proxy: a bearer key.
 */
final class ComfyUiStub extends StubService {

    private final Map<String, Job> files = new ConcurrentHashMap<>();
    volatile JsonNode lastGraph;

    /** What the websocket tells about the next prompts. */
    enum Script {
        /** start, progress to the end, outputs, done ({@code executing} with node null) */
        DONE,
        /** start, some progress, {@code execution_error}; the history never shows the prompt */
        ERROR,
        /** start, some progress, then the connection is cut; the prompt goes on, seen by polling */
        DROP
    }

    volatile WebSocketFront websocket;
    volatile Script script;
    /** Prompts whose course the websocket tells: /history shows nothing of them until their script ends. */
    final java.util.Set<String> scripted = ConcurrentHashMap.newKeySet();
    static final int STEPS = 5;

    ComfyUiStub(String key) throws IOException {
        super(key);
    }

    /** Starts the websocket, on a port of its own, telling each prompt's course by the script. */
    WebSocketFront startWebsocket(Script course) throws IOException {
        websocket = new WebSocketFront();
        script = course;
        return websocket;
    }

    @Override
    public void close() {
        if (websocket != null) {
            websocket.close();
        }
        super.close();
    }

    private void tell(Job job, String clientId, Script course) {
        try {
            WebSocketFront.Connection client = websocket.clients.get(clientId);
            if (client == null || !client.isOpen()) {
                scripted.remove(job.id);
                return; // not connected: the prompt is seen by polling
            }
            String id = "\"prompt_id\":\"" + job.id + "\"";
            Thread.sleep(30);
            client.text("{\"type\":\"execution_start\",\"data\":{" + id + ",\"timestamp\":1765100000000}}");
            client.text("{\"type\":\"execution_cached\",\"data\":{\"nodes\":[\"4\"]," + id + "}}");
            client.text("{\"type\":\"executing\",\"data\":{\"node\":\"3\",\"display_node\":\"3\"," + id + "}}");
            for (int step = 1; step <= STEPS; step++) {
                client.text("{\"type\":\"progress\",\"data\":{\"value\":" + step + ",\"max\":" + STEPS + "," + id
                        + ",\"node\":\"3\"}}");
                client.binary(new byte[] {0, 0, 0, 1, (byte) 0x89, 'P', 'N', 'G'}); // a preview
                Thread.sleep(20);
                if (step == 2 && course == Script.DROP) {
                    scripted.remove(job.id);
                    client.drop();
                    return;
                }
                if (step == 3 && course == Script.ERROR) {
                    client.text("{\"type\":\"execution_error\",\"data\":{" + id + ",\"node_id\":\"3\","
                            + "\"node_type\":\"KSampler\",\"executed\":[\"4\",\"5\",\"6\"],"
                            + "\"exception_message\":\"Allocation on device would exceed allowed memory\\n\","
                            + "\"exception_type\":\"torch.OutOfMemoryError\",\"traceback\":[]}}");
                    return;
                }
            }
            client.text("{\"type\":\"executed\",\"data\":{\"node\":\"9\",\"display_node\":\"9\",\"output\":"
                    + "{\"images\":[]}," + id + "}}");
            job.polls.set(3); // in the history from now on
            scripted.remove(job.id);
            client.text("{\"type\":\"executing\",\"data\":{\"node\":null," + id + "}}");
        } catch (IOException e) {
            scripted.remove(job.id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    URI baseUrl() {
        return root();
    }

    @Override
    void route(HttpExchange ex, String body) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (!authorised(ex, "Authorization", "Bearer ")) {
            return;
        }
        if (method.equals("POST") && path.equals("/prompt")) {
            if (faulted(Call.SUBMIT, ex, null)) {
                return;
            }
            JsonNode request = JSON.readTree(body);
            JsonNode graph = request.path("prompt");
            lastGraph = graph;
            if (!graph.isObject() || graph.toString().contains("{{")) {
                json(ex, 400, "{\"error\":{\"type\":\"prompt_outputs_failed_validation\",\"message\":\"Prompt outputs "
                        + "failed validation\",\"details\":\"\"},\"node_errors\":{\"3\":{\"errors\":[{\"message\":"
                        + "\"Value not in list\",\"details\":\"ckpt_name\"}],\"class_type\":\"CheckpointLoaderSimple\"}}}");
                return;
            }
            Job job = create(UUID.randomUUID().toString(), request, graph.path("6").path("inputs").path("text").asText());
            if (websocket != null && script != null) {
                scripted.add(job.id);
                Script course = script;
                String clientId = request.path("client_id").asText("");
                Thread.ofVirtual().start(() -> tell(job, clientId, course));
            }
            json(ex, 200, "{\"prompt_id\":\"" + job.id + "\",\"number\":" + jobs.size() + ",\"node_errors\":{}}");
            return;
        }
        if (method.equals("GET") && path.startsWith("/history/")) {
            Job job = jobs.get(path.substring("/history/".length()));
            if (faulted(Call.POLL, ex, null)) {
                return;
            }
            if (job == null || scripted.contains(job.id)) {
                json(ex, 200, "{}");
                return;
            }
            job.polls.incrementAndGet();
            String phase = job.phase();
            if (phase.equals("queued") || phase.equals("running") || phase.equals("cancelled")) {
                json(ex, 200, "{}");
                return;
            }
            ObjectNode history = JSON.createObjectNode();
            ObjectNode entry = history.putObject(job.id);
            entry.putArray("prompt").add(1).add(job.id).add(job.request.path("prompt"));
            ObjectNode status = entry.putObject("status");
            ObjectNode outputs = entry.putObject("outputs");
            if (phase.equals("failed")) {
                status.put("status_str", "error").put("completed", false);
                ArrayNode error = status.putArray("messages").addArray();
                error.add("execution_error").addObject().put("prompt_id", job.id).put("node_id", "3")
                        .put("node_type", "KSampler").put("exception_message", job.failure + "\n")
                        .put("exception_type", "torch.OutOfMemoryError");
            } else {
                status.put("status_str", "success").put("completed", true).putArray("messages");
                String name = evilName != null ? evilName : "longtake_" + job.id.substring(0, 8) + "_00001_.mp4";
                files.put(name, job);
                ObjectNode save = outputs.putObject("9");
                save.putArray("images").addObject().put("filename", name).put("subfolder", "longtake")
                        .put("type", "output");
                save.putArray("animated").add(true);
                outputs.putObject("10").putArray("images").addObject().put("filename", "preview_00001_.png")
                        .put("subfolder", "").put("type", "temp");
            }
            json(ex, 200, history.toString());
            return;
        }
        if (method.equals("GET") && path.equals("/queue")) {
            ObjectNode queue = JSON.createObjectNode();
            ArrayNode running = queue.putArray("queue_running");
            ArrayNode pending = queue.putArray("queue_pending");
            for (Job job : jobs.values()) {
                String phase = job.phase();
                if (scripted.contains(job.id)) {
                    running.addArray().add(1).add(job.id).addObject();
                } else if (phase.equals("queued")) {
                    pending.addArray().add(1).add(job.id).addObject();
                } else if (phase.equals("running")) {
                    running.addArray().add(1).add(job.id).addObject();
                }
            }
            json(ex, 200, queue.toString());
            return;
        }
        if (method.equals("GET") && path.equals("/view")) {
            Map<String, String> query = new java.util.HashMap<>();
            for (String pair : ex.getRequestURI().getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            Job job = files.get(query.getOrDefault("filename", ""));
            if (job == null || !"output".equals(query.get("type"))) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            video(ex, job);
            return;
        }
        if (method.equals("POST") && path.equals("/queue")) {
            for (JsonNode id : JSON.readTree(body).path("delete")) {
                Job job = jobs.get(id.asText());
                if (job != null) {
                    job.cancelled = true;
                }
            }
            ex.sendResponseHeaders(200, -1);
            return;
        }
        if (method.equals("POST") && path.equals("/interrupt")) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        json(ex, 404, "{}");
    }
}
