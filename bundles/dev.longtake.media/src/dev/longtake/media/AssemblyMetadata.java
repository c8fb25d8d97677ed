package dev.longtake.media;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.longtake.media.internal.BuildInfo;

/**
 * The container metadata of an assembled video besides what comes from the plan's takes:
 * its title, the generator ("Longtake 0.1.0"), an optional comment and extra tags (keys of
 * letters, digits and underscores). Immutable.
 *
 * @param title     the video's title tag and the manifest's title
 * @param generator what made it, for the "generator" tag and the manifest's claim_generator
 * @param comment   the comment tag; null for the assembler's own summary
 * @param tags      more container tags, in order
 */
public record AssemblyMetadata(String title, String generator, String comment, Map<String, String> tags) {

    public AssemblyMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generator, "generator");
        tags.keySet().forEach(ClipFormat::checkTagKey);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Metadata with this title, Longtake's generator string and no extra tags. */
    public static AssemblyMetadata titled(String title) {
        return new AssemblyMetadata(title, BuildInfo.generator(), null, Map.of());
    }

    public AssemblyMetadata withGenerator(String name) {
        return new AssemblyMetadata(title, name, comment, tags);
    }

    public AssemblyMetadata withComment(String text) {
        return new AssemblyMetadata(title, generator, text, tags);
    }

    public AssemblyMetadata withTag(String key, String value) {
        ClipFormat.checkTagKey(key);
        Objects.requireNonNull(value, "value");
        Map<String, String> copy = new LinkedHashMap<>(tags);
        copy.put(key, value);
        return new AssemblyMetadata(title, generator, comment, copy);
    }
}
