package dev.longtake.render.comfyui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;

import dev.longtake.render.http.Auth;
import dev.longtake.render.http.ServiceClient;

/**
 * ComfyUI's websocket, {@code /ws?clientId=<id>}: the server sends the client whose
 * {@code client_id} queued a prompt JSON text frames about it ({@code execution_start},
 * {@code executing} with the node, and with {@code "node": null} when the prompt is done,
 * {@code progress} with {@code value} and {@code max}, {@code executed},
 * {@code execution_success}, {@code execution_error}, {@code execution_interrupted}) and binary
 * frames with previews (ignored). One socket per backend, opened lazily and again after it
 * dropped (at most once per {@link #RETRY}, or {@link #RETRY_REFUSED} after a refused
 * handshake); it only adds knowledge: when it is down or says
 * nothing about a prompt, the backend polls {@code /history} as without it.
 */
final class ComfyUiSocket implements WebSocket.Listener {

    /** How long after a failed or dropped connection the socket is not tried again. */
    static final Duration RETRY = Duration.ofSeconds(5);
    /** How long after a refused handshake (a server or proxy without the websocket) it is not tried again. */
    static final Duration RETRY_REFUSED = Duration.ofSeconds(60);

    /** What the socket said about one prompt. */
    record Knowledge(boolean started, double progress, boolean done, String error) {
        static final Knowledge STARTED = new Knowledge(true, -1, false, null);
    }

    private final URI uri;
    private final Auth auth;
    private final Duration connectTimeout;
    private final String clientId = "longtake-" + UUID.randomUUID();
    private final Map<String, Knowledge> prompts = new ConcurrentHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private HttpClient http;
    private volatile WebSocket socket;
    private CompletableFuture<WebSocket> opening;
    private long nextAttempt;

    /** @param uri the websocket's address without its query, {@code ws://host:8188/ws}; null: no socket */
    ComfyUiSocket(URI uri, Auth auth, Duration connectTimeout) {
        this.uri = uri;
        this.auth = auth;
        this.connectTimeout = connectTimeout;
    }

    /** The id the prompts are queued under, so that the server tells this socket about them. */
    String clientId() {
        return clientId;
    }

    /** Whether the socket is open now. */
    boolean isOpen() {
        WebSocket ws = socket;
        return ws != null && !ws.isInputClosed();
    }

    /**
     * Opens the socket if it is not open and may be tried, and waits for it up to
     * {@code wait}; true when it is open. Never throws: without a socket, polling does the job.
     */
    boolean open(Duration wait) throws InterruptedException {
        if (uri == null) {
            return false;
        }
        CompletableFuture<WebSocket> pending;
        synchronized (this) {
            if (isOpen()) {
                return true;
            }
            if (opening == null) {
                if (System.nanoTime() - nextAttempt < 0) {
                    return false;
                }
                nextAttempt = System.nanoTime() + RETRY.toNanos();
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
                }
                WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(connectTimeout);
                auth.apply(builder);
                URI address = URI.create(uri + (uri.getRawQuery() == null ? "?" : "&") + "clientId=" + clientId);
                CompletableFuture<WebSocket> attempt;
                try {
                    attempt = builder.buildAsync(address, this);
                } catch (IllegalArgumentException e) {
                    return false; // not a ws: or wss: address
                }
                opening = attempt;
                attempt.whenComplete((ws, failure) -> {
                    synchronized (this) {
                        opening = null;
                        if (ws != null) {
                            socket = ws;
                        } else {
                            nextAttempt = System.nanoTime() + RETRY_REFUSED.toNanos();
                        }
                    }
                });
            }
            pending = opening;
        }
        if (pending == null) {
            return isOpen();
        }
        if (wait.isZero()) {
            return false;
        }
        try {
            pending.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false; // a server without the websocket, or not now
        }
        return isOpen();
    }

    /** What the socket knows about a prompt, or null. */
    Knowledge about(String promptId) {
        return prompts.get(promptId);
    }

    /** Forgets a prompt whose end was reported. */
    void forget(String promptId) {
        prompts.remove(promptId);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        String message = null;
        synchronized (text) {
            text.append(data);
            if (last) {
                message = text.toString();
                text.setLength(0);
            }
        }
        if (message != null) {
            handle(message);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1); // a preview image
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        dropped(webSocket);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        dropped(webSocket);
    }

    private synchronized void dropped(WebSocket webSocket) {
        if (socket == webSocket) {
            socket = null;
        }
        webSocket.abort();
        // what happened while it was down is lost: only the ends it saw still hold
        prompts.values().removeIf(known -> !known.done());
        nextAttempt = System.nanoTime() + RETRY.toNanos();
    }

    private void handle(String message) {
        JsonNode node;
        try {
            node = ServiceClient.JSON.readTree(message);
        } catch (java.io.IOException e) {
            return; // not JSON: not for us
        }
        JsonNode data = node.path("data");
        String id = data.path("prompt_id").asText("");
        if (id.isEmpty()) {
            return; // status messages (queue length) and the like
        }
        switch (node.path("type").asText("")) {
            case "execution_start", "execution_cached", "executed" -> prompts.merge(id, Knowledge.STARTED,
                    (old, started) -> old);
            case "executing" -> {
                if (data.path("node").isNull()) {
                    prompts.compute(id, (k, old) -> old != null && old.error() != null ? old
                            : new Knowledge(true, 1, true, null));
                } else {
                    prompts.merge(id, Knowledge.STARTED, (old, started) -> old);
                }
            }
            case "execution_success" -> prompts.compute(id,
                    (k, old) -> old != null && old.error() != null ? old : new Knowledge(true, 1, true, null));
            case "progress" -> {
                double max = data.path("max").asDouble(0);
                if (max > 0) {
                    double fraction = Math.max(0, Math.min(1, data.path("value").asDouble(0) / max));
                    prompts.compute(id, (k, old) -> old != null && (old.done() || old.error() != null) ? old
                            : new Knowledge(true, fraction, false, null));
                }
            }
            case "execution_error" -> prompts.put(id, new Knowledge(true, -1, true,
                    data.path("node_type").asText("a node") + ": "
                            + data.path("exception_message").asText("no message").strip()));
            case "execution_interrupted" -> prompts.put(id, new Knowledge(true, -1, true, "interrupted"));
            default -> {
                // other messages say nothing about the end of a prompt
            }
        }
    }
}
