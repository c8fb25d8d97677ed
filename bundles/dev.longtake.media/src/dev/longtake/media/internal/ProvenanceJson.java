package dev.longtake.media.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.JoinKind;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.TakeProvenance;

/**
 * The provenance record of an assembled video, in the vocabulary of C2PA manifests
 * (claim_generator, assertions, c2pa.actions, ingredients), as an unsigned JSON sidecar; and
 * the compact per-shot summary that goes into the video's own metadata.
 */
public final class ProvenanceJson {

    /** IPTC's digital source type for media made by a trained model. */
    public static final String TRAINED_ALGORITHMIC_MEDIA =
            "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

    static final String NOT_SIGNED = "This is not a C2PA manifest: it is not signed, not embedded in the video and"
            + " cannot be validated by C2PA tools. It records in C2PA vocabulary how the video was made, from which"
            + " files (with their SHA-256) and with which generation settings.";

    private ProvenanceJson() {
    }

    /** {@code cut.mp4} -> {@code cut.provenance.json} beside it. */
    public static Path sidecarFor(Path video) {
        return AssemblyEngine.sibling(video.toAbsolutePath().normalize(), ".provenance.json");
    }

    /**
     * One line for the video's "longtake_provenance" tag: per segment, the shot, take, backend,
     * model, seed and prompt hash (the prompts themselves are in the sidecar).
     */
    static String compactTag(AssemblyPlan plan) {
        List<Object> shots = new ArrayList<>();
        for (Segment segment : plan.segments()) {
            Map<String, Object> shot = new LinkedHashMap<>();
            if (segment.provenance().isPresent()) {
                TakeProvenance take = segment.provenance().get();
                shot.put("shot", take.shot());
                shot.put("take", take.takeId());
                putIfKnown(shot, "backend", take.backend());
                putIfKnown(shot, "model", take.model());
                putIfKnown(shot, "seed", take.seed());
                putIfKnown(shot, "prompt_hash", take.promptHash());
            } else {
                shot.put("file", segment.source().getFileName().toString());
            }
            shots.add(shot);
        }
        return Json.compact(shots);
    }

    private static void putIfKnown(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * The sidecar's text.
     *
     * @param video       where the video will be (its name and folder; it may not exist yet)
     * @param videoSha256 SHA-256 of the video's bytes
     * @param videoInfo   the video as probed
     * @param hashes      SHA-256 of every take and of the song, by path
     * @param master      the ProRes master beside the video, or null
     */
    static String manifest(AssemblyPlan plan, AssemblyMetadata metadata, Path video, String videoSha256,
            MediaInfo videoInfo, Map<Path, String> hashes, Path master) {
        Path folder = video.toAbsolutePath().normalize().getParent();
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Map.Entry<Path, String> input : hashes.entrySet()) {
            ids.put(input.getKey(), instanceId(input.getKey().toAbsolutePath().normalize() + "\n" + input.getValue()));
        }
        List<String> takeIds = new ArrayList<>();
        List<Object> ingredients = new ArrayList<>();
        for (Map.Entry<Path, String> input : hashes.entrySet()) {
            Path file = input.getKey();
            boolean song = plan.song().map(file::equals).orElse(false);
            Map<String, Object> ingredient = new LinkedHashMap<>();
            ingredient.put("title", file.getFileName().toString());
            ingredient.put("format", mediaType(file));
            ingredient.put("instance_id", ids.get(file));
            ingredient.put("relationship", "componentOf");
            ingredient.put("file", relative(folder, file));
            ingredient.put("sha256", input.getValue());
            if (song) {
                ingredient.put("role", "song");
            } else {
                takeIds.add(ids.get(file));
                ingredient.put("role", "take");
                ingredient.put("digitalSourceType", TRAINED_ALGORITHMIC_MEDIA);
                TakeProvenance take = plan.segments().stream().filter(s -> s.source().equals(file))
                        .flatMap(s -> s.provenance().stream()).findFirst().orElse(null);
                if (take != null) {
                    ingredient.put("shot", take.shot());
                    ingredient.put("take_id", take.takeId());
                    ingredient.put("backend", take.backend());
                    ingredient.put("model", take.model());
                    ingredient.put("seed", take.seed());
                    ingredient.put("prompt_hash", take.promptHash());
                    ingredient.put("prompt", take.prompt());
                }
            }
            ingredients.add(ingredient);
        }

        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("name", "Longtake");
        agent.put("version", BuildInfo.version());

        List<Object> actions = new ArrayList<>();
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("action", "c2pa.created");
        created.put("digitalSourceType", TRAINED_ALGORITHMIC_MEDIA);
        created.put("description", "The footage of every take was generated by a trained model from a text prompt;"
                + " the ingredients name the backend, model, seed and prompt of each.");
        created.put("parameters", Map.of("ingredientIds", takeIds));
        actions.add(created);
        Map<String, Object> placed = new LinkedHashMap<>();
        placed.put("action", "c2pa.placed");
        placed.put("softwareAgent", agent);
        placed.put("description", "The takes were placed on the timeline of the song.");
        placed.put("parameters", Map.of("ingredientIds", new ArrayList<>(ids.values())));
        actions.add(placed);
        Map<String, Object> edited = new LinkedHashMap<>();
        edited.put("action", "c2pa.edited");
        edited.put("softwareAgent", agent);
        edited.put("when", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        edited.put("description", describeEdit(plan));
        actions.add(edited);

        List<Object> assertions = new ArrayList<>();
        assertions.add(assertion("c2pa.actions", Map.of("actions", actions)));
        assertions.add(assertion("dev.longtake.timeline", timeline(plan, ids)));

        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("file", video.getFileName().toString());
        asset.put("sha256", videoSha256);
        asset.put("bytes", videoInfo.sizeBytes());
        asset.put("duration_seconds", round(videoInfo.seconds()));
        videoInfo.video().ifPresent(stream -> {
            asset.put("width", stream.width());
            asset.put("height", stream.height());
            asset.put("codec", stream.codec());
        });
        if (master != null) {
            asset.put("master", master.getFileName().toString());
        }

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("claim_generator", metadata.generator());
        manifest.put("claim_generator_info", List.of(agent));
        manifest.put("title", metadata.title());
        manifest.put("format", mediaType(video));
        manifest.put("instance_id", instanceId(videoSha256));
        manifest.put("signed", false);
        manifest.put("note", NOT_SIGNED);
        manifest.put("asset", asset);
        manifest.put("assertions", assertions);
        manifest.put("ingredients", ingredients);
        return Json.pretty(manifest);
    }

    private static Map<String, Object> assertion(String label, Object data) {
        Map<String, Object> assertion = new LinkedHashMap<>();
        assertion.put("label", label);
        assertion.put("data", data);
        return assertion;
    }

    private static Map<String, Object> timeline(AssemblyPlan plan, Map<Path, String> ids) {
        List<Object> segments = new ArrayList<>();
        for (Segment segment : plan.segments()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ingredient", ids.get(segment.source()));
            entry.put("shot", segment.provenance().map(TakeProvenance::shot).orElse(null));
            entry.put("source_in", round(segment.sourceIn()));
            entry.put("duration", round(segment.duration()));
            entry.put("record_start", round(segment.recordStart()));
            Map<String, Object> join = new LinkedHashMap<>();
            join.put("kind", segment.joinToNext().kind().name().toLowerCase(Locale.ROOT));
            join.put("seconds", round(segment.joinToNext().seconds()));
            entry.put("join_to_next", join);
            segments.add(entry);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("width", plan.width());
        data.put("height", plan.height());
        data.put("fps", plan.fps());
        data.put("scaler", "swscale " + plan.scaler());
        data.put("segments", segments);
        return data;
    }

    private static String describeEdit(AssemblyPlan plan) {
        long crossfades = plan.segments().stream().filter(s -> s.joinToNext().kind() == JoinKind.CROSSFADE).count();
        long dips = plan.segments().stream().filter(s -> s.joinToNext().kind() == JoinKind.DIP).count();
        return String.format(Locale.ROOT, "Trimmed %d segments, joined them with %d crossfades, %d dips to black and"
                + " cuts, upscaled them to %dx%d with a %s scaler%s.", plan.segments().size(), crossfades, dips,
                plan.width(), plan.height(),
                Character.toUpperCase(plan.scaler().charAt(0)) + plan.scaler().substring(1), plan.song().isPresent() ? " and laid them on the song" : "");
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1e6) / 1e6;
    }

    private static String relative(Path folder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return folder == null ? absolute.toString() : folder.relativize(absolute).toString();
        } catch (IllegalArgumentException e) {
            return absolute.toString();
        }
    }

    private static String instanceId(String seed) {
        return "xmp.iid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    /** The IANA media type of a file, by its extension. */
    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "mp4", "m4v" -> "video/mp4";
            case "mov" -> "video/quicktime";
            case "mkv" -> "video/x-matroska";
            case "webm" -> "video/webm";
            case "avi" -> "video/x-msvideo";
            case "wav" -> "audio/wav";
            case "mp3" -> "audio/mpeg";
            case "flac" -> "audio/flac";
            case "ogg", "oga", "opus" -> "audio/ogg";
            case "m4a" -> "audio/mp4";
            case "aac" -> "audio/aac";
            default -> "application/octet-stream";
        };
    }
}
