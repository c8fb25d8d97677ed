package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Join;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.AssemblyResult;
import dev.longtake.media.Assembler;
import dev.longtake.media.ClipFormat;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.ProvenanceManifest;
import dev.longtake.media.TakeProvenance;

/**
 * The provenance sidecar, read back with an independent JSON reader: C2PA vocabulary, every
 * take as an ingredient with the SHA-256 of its file and its generation settings, the prompt
 * exactly as sent (whatever characters it holds), and the video's own hash.
 */
class ProvenanceTest {

    /** Quotes, backslashes, newlines, a tab, a control character, accents, CJK, an emoji, U+2028. */
    private static final String AWKWARD_PROMPT = "A \"long take\" over C:\\lake\\dawn;\nslow dolly\tin,"
            + " \u0001 caf\u00e9, \u6e56\u306e\u5915\u65b9 \ud83c\udf05, line\u2028separator";

    @TempDir
    Path dir;

    @Test
    void theSidecarRecordsEveryTakeWithItsHashAndPromptInC2paVocabulary() throws Exception {
        Path lake = Synth.greys(dir.resolve("lake.mp4"), ClipFormat.video(160, 120, 24), 48, i -> 90);
        Path tower = Synth.greys(dir.resolve("tower.mp4"), ClipFormat.video(160, 120, 24), 48, i -> 160);
        Path song = Synth.tone(dir.resolve("song.wav"), 3.0, 262, 44_100, 2);
        TakeProvenance lakeTake = new TakeProvenance("Lake", "t3", "runway", "gen4_turbo", 4242L, "9f2c1e",
                AWKWARD_PROMPT);
        TakeProvenance towerTake = new TakeProvenance("Tower", "t1", "animatic", null, null, "77aa", "A tower.");
        AssemblyPlan plan = AssemblyPlan.builder(320, 240, 24).song(song)
                .add(Segment.of(lake, 0, 1.5, 0).joinedBy(Join.crossfade(0.5)).withProvenance(lakeTake))
                .add(Segment.of(tower, 0, 1.5, 1.0).joinedBy(Join.dip(0.5)).withProvenance(towerTake))
                .add(Segment.of(lake, 1.0, 0.5, 2.5).withProvenance(lakeTake))
                .build();
        Path out = Files.createDirectories(dir.resolve("out"));
        AssemblyResult result = Assembler.assemble(plan, out.resolve("film.mp4"),
                AssemblyMetadata.titled("Film \"One\"").withTag("longtake_project", "my-film"), MediaProgress.NONE);

        Path sidecar = result.manifest().orElseThrow();
        assertEquals(out.resolve("film.provenance.json"), sidecar);
        assertEquals(sidecar, ProvenanceManifest.sidecarFor(result.video()));
        String text = Files.readString(sidecar, StandardCharsets.UTF_8);
        Map<String, Object> manifest = MiniJson.object(MiniJson.parse(text));

        assertTrue(((String) manifest.get("claim_generator")).startsWith("Longtake 0."), manifest.toString());
        assertEquals("Film \"One\"", manifest.get("title"));
        assertEquals("video/mp4", manifest.get("format"));
        assertEquals(Boolean.FALSE, manifest.get("signed"));
        assertTrue(((String) manifest.get("note")).startsWith("This is not a C2PA manifest"));

        Map<String, Object> asset = MiniJson.object(manifest.get("asset"));
        assertEquals("film.mp4", asset.get("file"));
        assertEquals(Synth.sha256(result.video()), asset.get("sha256"), "the video's own hash");
        assertEquals(320L, asset.get("width"));

        List<Object> assertions = MiniJson.array(manifest.get("assertions"));
        Map<String, Object> actions = MiniJson.object(assertions.stream().map(MiniJson::object)
                .filter(a -> "c2pa.actions".equals(a.get("label"))).findFirst().orElseThrow().get("data"));
        List<Map<String, Object>> list = MiniJson.array(actions.get("actions")).stream().map(MiniJson::object).toList();
        Map<String, Object> created = list.stream().filter(a -> "c2pa.created".equals(a.get("action"))).findFirst()
                .orElseThrow();
        assertEquals("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
                created.get("digitalSourceType"));
        assertEquals(ProvenanceManifest.TRAINED_ALGORITHMIC_MEDIA, created.get("digitalSourceType"));
        assertTrue(list.stream().anyMatch(a -> "c2pa.edited".equals(a.get("action"))));
        assertTrue(list.stream().anyMatch(a -> "c2pa.placed".equals(a.get("action"))));

        List<Map<String, Object>> ingredients = MiniJson.array(manifest.get("ingredients")).stream()
                .map(MiniJson::object).toList();
        assertEquals(3, ingredients.size(), "two takes (lake used twice counts once) and the song");
        Map<String, Object> lakeIngredient = ingredients.get(0);
        assertEquals("lake.mp4", lakeIngredient.get("title"));
        assertEquals("../lake.mp4", lakeIngredient.get("file"), "relative to the video's folder");
        assertEquals(Synth.sha256(lake), lakeIngredient.get("sha256"));
        assertEquals("componentOf", lakeIngredient.get("relationship"));
        assertEquals("Lake", lakeIngredient.get("shot"));
        assertEquals("t3", lakeIngredient.get("take_id"));
        assertEquals("runway", lakeIngredient.get("backend"));
        assertEquals("gen4_turbo", lakeIngredient.get("model"));
        assertEquals(4242L, lakeIngredient.get("seed"));
        assertEquals("9f2c1e", lakeIngredient.get("prompt_hash"));
        assertEquals(AWKWARD_PROMPT, lakeIngredient.get("prompt"), "the prompt exactly as sent");
        Map<String, Object> towerIngredient = ingredients.get(1);
        assertEquals(Synth.sha256(tower), towerIngredient.get("sha256"));
        assertNull(towerIngredient.get("model"), "unknown is null");
        assertNull(towerIngredient.get("seed"));
        assertTrue(towerIngredient.containsKey("seed"));
        Map<String, Object> songIngredient = ingredients.get(2);
        assertEquals("song", songIngredient.get("role"));
        assertEquals("audio/wav", songIngredient.get("format"));
        assertEquals(Synth.sha256(song), songIngredient.get("sha256"));
        assertFalse(songIngredient.containsKey("digitalSourceType"), "the song is not claimed to be AI-made");
        List<Object> createdFrom = MiniJson.array(MiniJson.object(created.get("parameters")).get("ingredientIds"));
        assertEquals(List.of(lakeIngredient.get("instance_id"), towerIngredient.get("instance_id")), createdFrom);

        Map<String, Object> timeline = MiniJson.object(assertions.stream().map(MiniJson::object)
                .filter(a -> "dev.longtake.timeline".equals(a.get("label"))).findFirst().orElseThrow().get("data"));
        List<Object> segments = MiniJson.array(timeline.get("segments"));
        assertEquals(3, segments.size());
        Map<String, Object> join = MiniJson.object(MiniJson.object(segments.get(0)).get("join_to_next"));
        assertEquals("crossfade", join.get("kind"));
        assertEquals(0.5, join.get("seconds"));

        // Nothing the prompt holds may leave the file invalid or unescaped.
        assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no raw control characters");
        assertFalse(text.contains("\u2028"));
    }

    @Test
    void theSidecarCanBeWrittenAgainForAnExistingVideo() throws Exception {
        Path take = Synth.greys(dir.resolve("take.mp4"), ClipFormat.video(160, 120, 24), 24, i -> 90);
        AssemblyPlan plan = AssemblyPlan.builder(320, 240, 24).length(1).add(Segment.of(take, 0, 1, 0)
                .withProvenance(new TakeProvenance("Only", "t1", "animatic", "a", 1L, "h", "p"))).build();
        AssemblyResult result = Assembler.assemble(plan, dir.resolve("one.mp4"), AssemblyMetadata.titled("One"),
                MediaProgress.NONE);
        Files.delete(result.manifest().orElseThrow());
        Path again = ProvenanceManifest.write(result.video(), plan, AssemblyMetadata.titled("One"));
        Map<String, Object> manifest = MiniJson.object(MiniJson.parse(Files.readString(again)));
        assertEquals(Synth.sha256(result.video()), MiniJson.object(manifest.get("asset")).get("sha256"));
        assertEquals(Synth.sha256(take),
                MiniJson.object(MiniJson.array(manifest.get("ingredients")).get(0)).get("sha256"));
    }
}
