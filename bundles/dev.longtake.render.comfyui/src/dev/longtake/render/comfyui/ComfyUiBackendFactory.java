package dev.longtake.render.comfyui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

/**
 * Makes the {@code comfyui} backend: {@code LONGTAKE_COMFYUI_WORKFLOW} (the workflow template,
 * required), {@code LONGTAKE_COMFYUI_URL} (default {@value ComfyUiBackend#DEFAULT_URL}),
 * {@code LONGTAKE_COMFYUI_MAX_SECONDS} (default 10), {@code LONGTAKE_COMFYUI_API_KEY} (optional:
 * a bearer token for a server behind an authenticating proxy, also sent on the websocket's
 * handshake when it is on the same host and port), {@code LONGTAKE_COMFYUI_WS_URL} (default: the
 * server's URL with {@code ws://} and {@code /ws}; {@code off} to poll only).
 */
public final class ComfyUiBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return ComfyUiBackend.NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        ServiceConfig config = ServiceConfig.read(ComfyUiBackend.NAME, settings, ComfyUiBackend.DEFAULT_URL,
                "workflow", false);
        String variable = ServiceConfig.envVar(ComfyUiBackend.NAME, "workflow");
        Path file = Path.of(settings.get("workflow").orElseThrow(() -> new IllegalStateException(variable
                + " is not set (the path of a ComfyUI workflow saved with \"Save (API)\", with {{prompt}} in it)")));
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(variable + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        WorkflowTemplate template;
        try {
            template = WorkflowTemplate.parse(text, file.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(variable + ": " + e.getMessage());
        }
        return new ComfyUiBackend(config, template, file.getFileName().toString(),
                config.intSetting("max_seconds", 10), Timeouts.defaults());
    }
}
