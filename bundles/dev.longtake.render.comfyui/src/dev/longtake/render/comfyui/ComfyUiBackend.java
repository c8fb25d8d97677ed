package dev.longtake.render.comfyui;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;

import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.http.Auth;
import dev.longtake.render.http.Reply;
import dev.longtake.render.http.ServiceClient;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

/**
 * A local ComfyUI server, through the routes its server documents: {@code POST /prompt} with
 * {@code {"prompt": <graph>, "client_id": ..., "extra_data": {...}}} queues the filled workflow and
 * answers {@code prompt_id} (or {@code error} and {@code node_errors} when the graph does not
 * validate); {@code GET /history/{prompt_id}} answers {@code {}} until the prompt ran, then its
 * {@code status} ({@code status_str} {@code success} or {@code error}, with the execution
 * {@code messages}) and {@code outputs} (per node, lists of {@code filename}, {@code subfolder},
 * {@code type}); {@code GET /queue} tells a queued prompt from a running one;
 * {@code GET /view?filename=&subfolder=&type=} serves an output file; {@code POST /queue}
 * {@code {"delete": [id]}} and {@code POST /interrupt} {@code {"prompt_id": id}} cancel.
 * <p>
 * The websocket {@code /ws?clientId=} (see {@link ComfyUiSocket}; its {@code clientId} is the
 * {@code client_id} of the submissions) gives step-by-step progress, the end of a prompt and its
 * error; a poll answers from it while it is open and knows the prompt, reads {@code /history}
 * for the outputs once it said the prompt is done, and polls {@code /history} and
 * {@code /queue} as without it when it is down, not offered by the server, or says nothing. The
 * workflow must save an {@code .mp4} (a Save Video node with format
 * mp4); the first {@code .mp4} among the outputs is the take. Free (a local GPU), one job at a
 * time (ComfyUI runs one prompt at a time), any size up to 1920x1080, seeds honoured.
 */
public final class ComfyUiBackend implements Backend {

    public static final String NAME = "comfyui";
    public static final String DEFAULT_URL = "http://127.0.0.1:8188";

    private final ServiceClient client;
    private final WorkflowTemplate template;
    private final BackendCapabilities capabilities;
    private final ComfyUiSocket socket;
    private final Duration socketWait;
    /** Polls of prompts the websocket said are done while the history did not have them yet. */
    private final Map<String, Integer> unwritten = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_UNWRITTEN = 10;

    public ComfyUiBackend(ServiceConfig config, WorkflowTemplate template, String workflowName, int maxSeconds,
            Timeouts timeouts) {
        this.client = new ServiceClient(NAME, config.baseUrl(), config.apiKey().map(Auth::bearer).orElse(Auth.none()),
                Map.of(), timeouts);
        this.template = template;
        this.capabilities = BackendCapabilities.builder("comfyui " + workflowName).maxSeconds(maxSeconds)
                .anySizeUpTo(1920, 1080, "0").seed(true).imageInput(false).maxPromptLength(10000).concurrency(1)
                .currency("USD", java.time.LocalDate.of(2026, 12, 7)).fileExtension("mp4").build();
        URI websocket = websocketUri(config.baseUrl(), config.setting("ws_url").orElse(""));
        boolean sameServer = websocket != null && Objects.equals(websocket.getHost(), config.baseUrl().getHost())
                && port(websocket) == port(config.baseUrl());
        // the key goes only to the server it is for
        Auth auth = sameServer ? config.apiKey().map(Auth::bearer).orElse(Auth.none()) : Auth.none();
        this.socket = new ComfyUiSocket(websocket, auth, timeouts.connect());
        this.socketWait = timeouts.connect();
    }

    /**
     * The websocket's address: {@code LONGTAKE_COMFYUI_WS_URL} when set ({@code off} for none),
     * else the server's with {@code ws:} (or {@code wss:}) and {@code /ws}.
     */
    static URI websocketUri(URI base, String setting) {
        String value = setting.strip();
        if (value.equalsIgnoreCase("off") || value.equalsIgnoreCase("none")) {
            return null;
        }
        if (!value.isEmpty()) {
            URI uri = URI.create(value);
            if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme())) {
                throw new IllegalStateException("LONGTAKE_COMFYUI_WS_URL must start with ws:// or wss:// (or be off)");
            }
            return uri;
        }
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + base.getRawAuthority() + path + "/ws");
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) || "wss".equals(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BackendCapabilities capabilities() {
        return capabilities;
    }

    /** The values of the template's placeholders for a request. */
    static Map<String, Object> values(RenderRequest request) {
        Map<String, Object> values = new LinkedHashMap<>();
        long seed = request.seed() != null ? request.seed()
                : Long.parseUnsignedLong(request.hash().substring(0, 12), 16); // stable for the take
        values.put("prompt", request.promptText());
        values.put("seed", Math.floorMod(seed, 1L << 48));
        values.put("width", request.width());
        values.put("height", request.height());
        values.put("fps", request.fps());
        values.put("frames", (int) Math.ceil(request.durationSeconds() * request.fps() - 1e-9));
        values.put("seconds", request.durationSeconds());
        values.put("shot", request.shotName());
        values.put("take", request.takeNumber());
        values.put("filename_prefix", "longtake/" + request.hash().substring(0, 16));
        return values;
    }

    @Override
    public String submit(RenderRequest request, String idempotencyKey) throws BackendException, InterruptedException {
        ObjectNode body = ServiceClient.object();
        body.set("prompt", template.fill(values(request)));
        socket.open(socketWait); // before queueing, so that the server tells it about this prompt
        body.put("client_id", socket.clientId());
        body.putObject("extra_data").put("longtake_key", idempotencyKey);
        Reply reply = client.submit("/prompt", body, Map.of());
        if (reply.status() == 400) {
            throw BackendException.permanent(NAME + ": ComfyUI refused the workflow: " + reply.reason()
                    + nodeErrors(reply));
        }
        String id = reply.requireSuccess("submission").json().path("prompt_id").asText("");
        if (id.isBlank()) {
            throw BackendException.outcomeUnknown(NAME + ": the answer to the submission has no prompt_id", null);
        }
        return id;
    }

    private static String nodeErrors(Reply reply) {
        try {
            JsonNode errors = ServiceClient.JSON.readTree(reply.text()).path("node_errors");
            for (Iterator<Map.Entry<String, JsonNode>> it = errors.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> node = it.next();
                JsonNode first = node.getValue().path("errors").path(0);
                if (!first.isMissingNode()) {
                    return "; node " + node.getKey() + " (" + node.getValue().path("class_type").asText("?") + "): "
                            + first.path("message").asText("") + " " + first.path("details").asText("");
                }
            }
        } catch (java.io.IOException e) {
            // no details
        }
        return "";
    }

    @Override
    public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
        ComfyUiSocket.Knowledge known = socket.about(remoteId);
        if (known != null && known.error() != null) {
            socket.forget(remoteId);
            return JobStatus.failed(NAME + ": the workflow failed: " + known.error());
        }
        boolean open = socket.isOpen() || socket.open(Duration.ZERO); // reconnects in the background
        if (known != null && !known.done() && open) {
            return JobStatus.running(known.progress());
        }
        JobStatus status = fromHistory(remoteId);
        if (status.state() == JobState.UNKNOWN && known != null && known.done()
                && unwritten.merge(remoteId, 1, Integer::sum) <= MAX_UNWRITTEN) {
            // done on the websocket, not yet in the history (some versions say it first): not lost
            return JobStatus.running(1);
        }
        if (status.state().isFinal() || status.state() == JobState.UNKNOWN) {
            socket.forget(remoteId);
            unwritten.remove(remoteId);
        }
        return status;
    }

    private JobStatus fromHistory(String remoteId) throws BackendException, InterruptedException {
        JsonNode history = client.get("/history/" + remoteId).requireSuccess("history of prompt " + remoteId).json();
        JsonNode entry = history.path(remoteId);
        if (entry.isMissingNode()) {
            return fromQueue(remoteId);
        }
        JsonNode status = entry.path("status");
        String state = status.path("status_str").asText("");
        if ("error".equals(state)) {
            return JobStatus.failed(NAME + ": the workflow failed: " + executionError(status));
        }
        if (!status.path("completed").asBoolean(true)) {
            return JobStatus.failed(NAME + ": the workflow stopped before its end (" + state + ")");
        }
        JsonNode output = findVideo(entry.path("outputs"));
        if (output == null) {
            return JobStatus.failed(NAME + ": the workflow saved no .mp4 (use a Save Video node with format mp4)");
        }
        String location = "filename=" + encode(output.path("filename").asText()) + "&subfolder="
                + encode(output.path("subfolder").asText("")) + "&type=" + encode(output.path("type").asText("output"));
        return JobStatus.succeeded(location);
    }

    private JobStatus fromQueue(String remoteId) throws BackendException, InterruptedException {
        JsonNode queue = client.get("/queue").requireSuccess("queue").json();
        if (inQueue(queue.path("queue_running"), remoteId)) {
            return JobStatus.running(-1);
        }
        if (inQueue(queue.path("queue_pending"), remoteId)) {
            return JobStatus.queued();
        }
        return JobStatus.unknown();
    }

    private static boolean inQueue(JsonNode entries, String id) {
        for (JsonNode entry : entries) {
            if (entry.isArray() && entry.size() > 1 && id.equals(entry.get(1).asText())) {
                return true;
            }
        }
        return false;
    }

    private static String executionError(JsonNode status) {
        for (JsonNode message : status.path("messages")) {
            if (message.isArray() && "execution_error".equals(message.path(0).asText())) {
                JsonNode details = message.path(1);
                return details.path("node_type").asText("a node") + ": "
                        + details.path("exception_message").asText("no message").strip();
            }
        }
        return "no message";
    }

    /** The first output file whose name ends in .mp4. */
    private static JsonNode findVideo(JsonNode outputs) {
        for (JsonNode node : outputs) {
            for (JsonNode files : node) {
                if (!files.isArray()) {
                    continue;
                }
                for (JsonNode file : files) {
                    if (file.path("filename").asText("").toLowerCase(Locale.ROOT).endsWith(".mp4")) {
                        return file;
                    }
                }
            }
        }
        return null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        String location = finished.resultLocation();
        // Only our own query on /view: the server's file name is a parameter to its server, never a path here.
        if (location == null || !location.startsWith("filename=") || location.contains("://")) {
            throw BackendException.permanent(NAME + ": prompt " + remoteId + " has no output to fetch");
        }
        URLDecoder.decode(location, StandardCharsets.UTF_8); // must be well-formed
        client.download("/view?" + location, target, progress);
    }

    @Override
    public void cancel(String remoteId) throws BackendException, InterruptedException {
        ObjectNode delete = ServiceClient.object();
        delete.putArray("delete").add(remoteId);
        client.post("/queue", delete).requireSuccess("removal of prompt " + remoteId + " from the queue");
        ObjectNode interrupt = ServiceClient.object();
        interrupt.put("prompt_id", remoteId);
        client.post("/interrupt", interrupt).requireSuccess("interruption of prompt " + remoteId);
    }

}
