package dev.longtake.render.dsl;

import java.nio.file.Path;
import java.util.List;

import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.dsl.prompt.ImageReference;
import dev.longtake.render.RenderRequest;

/**
 * The language's compiled request as the render engine reads it, image paths resolved in the
 * film's folder. Here because this bundle is where the language and the engine meet: the command
 * line and the storyboard render through it.
 */
public record CompiledRequest(GenerationRequest request, Path folder) implements RenderRequest {

    @Override
    public String shotName() {
        return request.shotName();
    }

    @Override
    public int takeNumber() {
        return request.take();
    }

    @Override
    public String promptText() {
        return request.prompt();
    }

    @Override
    public double durationSeconds() {
        return request.durationSeconds();
    }

    @Override
    public int width() {
        return request.width();
    }

    @Override
    public int height() {
        return request.height();
    }

    @Override
    public double fps() {
        return request.fps();
    }

    @Override
    public Long seed() {
        return request.seed();
    }

    @Override
    public List<String> referenceImages() {
        return request.referenceImages().stream().map(this::resolve).toList();
    }

    @Override
    public String imageInput() {
        return request.imageInput() == null ? null : resolve(request.imageInput());
    }

    @Override
    public String continuesShot() {
        return request.continuesShot();
    }

    @Override
    public String backendName() {
        return request.backend();
    }

    @Override
    public String hash() {
        return request.hash();
    }

    private String resolve(ImageReference image) {
        return folder.resolve(image.path()).normalize().toString();
    }
}
