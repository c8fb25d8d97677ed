package dev.longtake.render.http;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.longtake.render.BackendException;
import dev.longtake.render.http.internal.RetryAfter;

/** A service's answer: status, headers and body, read as JSON on demand. */
public final class Reply {

    private static final int MAX_REASON = 300;

    private final ServiceClient client;
    private final boolean submission;
    private final int status;
    private final HttpHeaders headers;
    private final String body;

    Reply(ServiceClient client, boolean submission, int status, HttpHeaders headers, String body) {
        this.client = client;
        this.submission = submission;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String text() {
        return body;
    }

    /**
     * The body as JSON.
     *
     * @throws BackendException naming the backend when it is not JSON: retryable, or
     *                          {@code OUTCOME_UNKNOWN} for the answer to a submission
     */
    public JsonNode json() throws BackendException {
        try {
            JsonNode node = ServiceClient.JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new IOException("the answer is empty");
            }
            return node;
        } catch (IOException e) {
            String what = client.backend() + ": the service's answer (HTTP " + status + ") is not valid JSON: "
                    + firstLine(e.getMessage());
            if (submission) {
                throw BackendException.outcomeUnknown(what + "; the service may have accepted the job", e);
            }
            throw new BackendException(BackendException.Kind.RETRYABLE, what, null, e);
        }
    }

    /** This reply if it is a success, else the failure it stands for. */
    public Reply requireSuccess(String what) throws BackendException {
        if (!isSuccess()) {
            throw failure(what);
        }
        return this;
    }

    /**
     * The exception a non-success status stands for: 401/403 permanent (naming the key's
     * setting), 408/429/5xx retryable with Retry-After, other statuses permanent with the
     * service's reason.
     *
     * @param what the call, for the message ("submission", "status of job x")
     */
    public BackendException failure(String what) {
        String backend = client.backend();
        String reason = reason();
        String said = reason.isEmpty() ? "" : ": " + reason;
        Duration after = RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), Clock.systemUTC());
        boolean keyRefused = status == 400 && reason.toLowerCase(java.util.Locale.ROOT).contains("api key");
        if (status == 401 || status == 403 || keyRefused) { // Google answers a bad key with 400
            Auth auth = client.auth();
            String hint = auth.hasKey() ? "check the key in " + auth.keySource()
                    : "no API key is set; set " + ServiceConfig.envVar(backend, "api_key");
            return BackendException.permanent(backend + ": the service refused the " + what + " (HTTP " + status
                    + (status == 401 ? ", not authorised" : status == 403 ? ", forbidden" : "") + said + "); " + hint);
        }
        if (status == 429) {
            return BackendException.retryable(backend + ": rate limited (HTTP 429) on " + what + said
                    + (after != null ? "; the service asks to wait " + after.toSeconds() + " s" : ""), after);
        }
        if (status == 408 || status >= 500) {
            return BackendException.retryable(backend + ": the service failed the " + what + " (HTTP " + status
                    + said + ")", after);
        }
        return BackendException.permanent(backend + ": the service refused the " + what + " (HTTP " + status
                + said + ")");
    }

    /** The service's own reason for a failure, from the usual error shapes, short and without the key. */
    public String reason() {
        String text = null;
        try {
            JsonNode node = ServiceClient.JSON.readTree(body);
            if (node != null) {
                text = firstText(node.path("error").path("message"), node.path("error"), node.path("detail"),
                        node.path("message"), node.path("failure"), node.path("error").path("type"));
            }
        } catch (IOException e) {
            // not JSON: the start of the text
        }
        if (text == null) {
            text = body == null ? "" : body.strip();
            if (text.startsWith("<")) {
                text = ""; // an HTML error page says nothing useful
            }
        }
        text = client.scrub(firstLine(text));
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "..." : text;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
            if (node.isArray() && node.size() > 0 && node.get(0).path("msg").isTextual()) {
                return node.get(0).path("msg").asText(); // FastAPI validation errors
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    @Override
    public String toString() {
        return "HTTP " + status + " from " + client.backend();
    }
}
