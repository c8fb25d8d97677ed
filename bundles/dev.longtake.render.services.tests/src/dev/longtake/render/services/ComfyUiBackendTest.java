package dev.longtake.render.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendException;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.comfyui.ComfyUiBackend;
import dev.longtake.render.comfyui.ComfyUiBackendFactory;
import dev.longtake.render.comfyui.WorkflowTemplate;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

class ComfyUiBackendTest extends ServiceContractTest<ComfyUiStub> {

    /** A text-to-video graph in ComfyUI's API format, placeholders in its inputs. */
    static final String WORKFLOW = """
            {
              "3": {"class_type": "KSampler", "inputs": {"seed": "{{seed}}", "steps": 20, "cfg": 6,
                    "model": ["4", 0], "positive": ["6", 0], "latent_image": ["5", 0]}},
              "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "video-model.safetensors"}},
              "5": {"class_type": "EmptyHunyuanLatentVideo",
                    "inputs": {"width": "{{width}}", "height": "{{height}}", "length": "{{frames}}", "batch_size": 1}},
              "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}", "clip": ["4", 1]}},
              "8": {"class_type": "CreateVideo", "inputs": {"fps": "{{fps}}", "images": ["7", 0]}},
              "9": {"class_type": "SaveVideo", "inputs": {"filename_prefix": "{{filename_prefix}}", "format": "mp4",
                    "codec": "h264", "video": ["8", 0]}},
              "11": {"class_type": "Note", "inputs": {"text": "shot {{shot}} take {{take}}, {{seconds}} s"}}
            }
            """;

    @Override
    ComfyUiStub startStub(String key) throws IOException {
        return new ComfyUiStub(key);
    }

    @Override
    String name() {
        return "comfyui";
    }

    @Override
    BackendFactory factory() {
        return new ComfyUiBackendFactory();
    }

    @Override
    Map<String, String> env(String key) {
        Path workflow = folder.resolve("workflow_api.json");
        try {
            Files.writeString(workflow, WORKFLOW);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("LONGTAKE_COMFYUI_URL", stub.baseUrl().toString(), "LONGTAKE_COMFYUI_API_KEY", key,
                "LONGTAKE_COMFYUI_WORKFLOW", workflow.toString());
    }

    @Override
    Backend backend(URI base, String key, Timeouts timeouts) {
        return new ComfyUiBackend(ServiceConfig.read(name(), BackendSettings.fromMap(name(),
                Map.of("LONGTAKE_COMFYUI_URL", base.toString(), "LONGTAKE_COMFYUI_API_KEY", key)),
                ComfyUiBackend.DEFAULT_URL, "workflow", false), WorkflowTemplate.parse(WORKFLOW, "test workflow"),
                "workflow_api.json", 10, timeouts);
    }

    @Override
    TestRequest request(String shot, int take) {
        return TestRequest.of(shot, take, "a \"quoted\" line with a back\\slash in " + shot + " {braces}, take " + take,
                2, 640, 360, 7L + take, name());
    }

    @Override
    void checkSubmission(StubService.Received submission, TestRequest request) throws IOException {
        assertEquals("/prompt", submission.path());
        JsonNode body = body(submission);
        JsonNode graph = body.path("prompt");
        assertEquals(request.promptText(), graph.path("6").path("inputs").path("text").asText());
        assertTrue(graph.path("3").path("inputs").path("seed").isIntegralNumber(), "a whole placeholder becomes a number");
        assertEquals(request.seed().longValue(), graph.path("3").path("inputs").path("seed").asLong());
        assertEquals(640, graph.path("5").path("inputs").path("width").asInt());
        assertEquals(360, graph.path("5").path("inputs").path("height").asInt());
        assertEquals(48, graph.path("5").path("inputs").path("length").asInt(), "2 s at 24 fps");
        assertEquals("longtake/" + request.hash().substring(0, 16),
                graph.path("9").path("inputs").path("filename_prefix").asText());
        assertEquals("shot " + request.shotName() + " take " + request.takeNumber() + ", 2.0 s",
                graph.path("11").path("inputs").path("text").asText());
        assertEquals("video-model.safetensors", graph.path("4").path("inputs").path("ckpt_name").asText());
        assertTrue(body.path("extra_data").path("longtake_key").isTextual());
    }

    @Test
    void aWorkflowTheServerRejectsIsPermanentWithTheNodeAtFault() {
        Backend backend = new ComfyUiBackend(ServiceConfig.read(name(), BackendSettings.fromMap(name(),
                Map.of("LONGTAKE_COMFYUI_URL", stub.baseUrl().toString(), "LONGTAKE_COMFYUI_API_KEY", KEY)),
                ComfyUiBackend.DEFAULT_URL, "w", false),
                WorkflowTemplate.parse("{\"6\": {\"class_type\": \"CLIPTextEncode\", \"inputs\": {\"text\": "
                        + "\"{{prompt}} {{ }}\"}}}", "bad"), "bad.json", 10, SHORT);
        BackendException e = assertThrows(BackendException.class, () -> backend.submit(request("Gym", 1), "k"));
        assertEquals(BackendException.Kind.PERMANENT, e.kind());
        assertTrue(e.getMessage().contains("CheckpointLoaderSimple"), e.getMessage());
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderOrInTheUiFormatIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> WorkflowTemplate.parse("{\"1\": {\"inputs\": {\"text\": \"{{prompt}} {{colour}}\"}}}", "w.json"));
        assertTrue(unknown.getMessage().contains("colour"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowTemplate.parse("{\"nodes\": [], \"links\": []}", "ui.json"));
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowTemplate.parse("{\"1\": {\"inputs\": {\"text\": \"no placeholder\"}}}", "w.json"));
    }
}
