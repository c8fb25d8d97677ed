package dev.longtake.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow on a small film, through the product's own command: render the takes and the
 * cut, edit one shot and render again (only that shot is generated), preview a shot as a
 * contact sheet (and preview again: nothing new), export. Small sizes keep it quick; the
 * example film runs the same code at full size (README).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilmWorkflowProductTest {

    private static final String SCRIPT = """
            // a small film for the product test
            project "Small Film" {
                song "media/song.wav"
                format 320x180 at 12 fps
                deliver 640x360
                backend animatic
                budget 10 USD
            }

            location Hall "a long school hallway"
            location Yard "a yard in the rain"

            sequence Opening at 0:00 {
                shot Hall1 3s takes 2 {
                    camera slow push-in
                    in Hall: "a door swings open"
                }
                shot Walk 3s {
                    camera tracking
                    in Hall: "footsteps"
                    1s out to Yard: "out into the rain"
                }
                transition crossfade 1s
            }

            sequence Ending at 0:07 {
                shot Rain 4s {
                    in Yard: "rain on the puddles"
                }
                transition cut
            }
            """;

    @TempDir
    static Path temp;

    static Path film;

    @BeforeAll
    static void aSmallFilm() throws IOException {
        film = Files.createDirectories(temp.resolve("small-film/media"));
        film = film.getParent();
        Files.writeString(film.resolve("script.shots"), SCRIPT);
        writeSong(film.resolve("media/song.wav"), 12);
    }

    /** A 12 s stereo tone, made here so that the test needs no media of its own. */
    private static void writeSong(Path file, int seconds) throws IOException {
        float rate = 22_050;
        int frames = (int) (rate * seconds);
        ByteBuffer samples = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            short value = (short) (8000 * Math.sin(2 * Math.PI * 220 * i / rate));
            samples.putShort(value).putShort(value);
        }
        AudioFormat format = new AudioFormat(rate, 16, 2, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(samples.array()), format, frames)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    private static LongtakeCommand.Result longtake(String... args) throws Exception {
        LongtakeCommand.Result result = LongtakeCommand.run(Map.of(), args);
        assertEquals(0, result.exitCode(), () -> "longtake " + String.join(" ", args) + "\n" + result.out() + result.err());
        return result;
    }

    private static long filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    @Order(1)
    void renderMakesEveryTakeAndTheCutOnTheSong() throws Exception {
        LongtakeCommand.Result render = longtake("render", film.toString());
        assertTrue(render.out().contains("rendered: 4 done"), render.out());
        Path cut = film.resolve("out/Small Film.mp4");
        assertTrue(Files.size(cut) > 0, "the cut is written");
        assertTrue(Files.isRegularFile(film.resolve("out/Small Film.provenance.json")));
        assertEquals(4, filesIn(film.resolve("takes")));

        LongtakeCommand.Result probe = longtake("probe", cut.toString());
        assertTrue(probe.out().contains("640x360"), probe.out());
        Matcher duration = Pattern.compile("(\\d+\\.\\d+) s").matcher(probe.out());
        assertTrue(duration.find(), probe.out());
        assertEquals(12.0, Double.parseDouble(duration.group(1)), 0.1, "the cut runs as long as the song");
    }

    @Test
    @Order(2)
    void theExportsAgreeWithEachOtherAndWithTheAssembledVideo() throws Exception {
        for (String format : new String[] { "--otio", "--edl", "--fcpxml" }) {
            longtake("export", film.toString(), format);
        }
        Path out = film.resolve("out");
        List<CutReaders.Placed> otio = CutReaders.otio(out.resolve("Small Film.otio"));
        List<CutReaders.Placed> edl = CutReaders.edl(out.resolve("Small Film.edl"), 12);
        List<CutReaders.Placed> fcpxml = CutReaders.fcpxml(out.resolve("Small Film.fcpxml"));
        assertEquals(List.of("Hall1", "Walk", "Rain"), otio.stream().map(CutReaders.Placed::shot).toList());
        for (List<CutReaders.Placed> other : List.of(edl, fcpxml)) {
            assertEquals(otio.size(), other.size(), other.toString());
            for (int i = 0; i < otio.size(); i++) {
                CutReaders.Placed a = otio.get(i), b = other.get(i);
                assertEquals(a.shot(), b.shot());
                assertEquals(a.start(), b.start(), FRAME, a + " / " + b);
                assertEquals(a.end(), b.end(), FRAME, a + " / " + b);
                assertEquals(a.sourceStart(), b.sourceStart(), FRAME, a + " / " + b);
            }
        }
        // The script: Opening at 0:00 (3 s + 3 s joined by a 1 s crossfade), Ending at 0:07 (4 s).
        assertEquals(List.of(0.0, 2.5, 7.0), otio.stream().map(CutReaders.Placed::start).toList());
        assertEquals(11.0, otio.get(2).end(), FRAME);

        // The video, measured: each shot's picture is its take's frame at the source time the
        // exports give (and not the frame half a second off); the gaps are black.
        Path cut = out.resolve("Small Film.mp4");
        for (CutReaders.Placed shot : otio) {
            double at = (shot.start() + shot.end()) / 2;
            double source = shot.sourceStart() + at - shot.start();
            Path take = Path.of(java.net.URI.create(shot.media()));
            byte[] picture = Frames.gray(cut, at);
            double same = Frames.difference(picture, Frames.gray(take, source));
            double early = Frames.difference(picture, Frames.gray(take, Math.max(0, source - 0.5)));
            double late = Frames.difference(picture, Frames.gray(take, source + 0.5));
            assertTrue(same < 2 && same * 2 < Math.min(early, late),
                    shot + " at " + at + " s: differs from its take by " + same + " (half a second off: " + early + ", "
                            + late + ")");
        }
        for (double gap : new double[] { 6.0, 11.5 }) {
            assertTrue(Frames.mean(Frames.gray(cut, gap)) < 12, "black at " + gap + " s");
        }
    }

    private static final double FRAME = 1 / 12.0 + 1e-6;

    @Test
    @Order(3)
    void afterEditingOneShotOnlyThatShotIsRenderedAgain() throws Exception {
        Path script = film.resolve("script.shots");
        Files.writeString(script, Files.readString(script).replace("shot Walk 3s", "shot Walk 2s"));

        LongtakeCommand.Result plan = longtake("plan", film.toString());
        assertTrue(plan.out().lines().anyMatch(line -> line.matches("\\s*Walk\\s+1\\s+animatic.*")), plan.out());
        assertTrue(plan.out().lines().noneMatch(line -> line.matches("\\s*(Hall1|Rain)\\s+\\d+\\s+animatic.*")),
                plan.out());

        LongtakeCommand.Result render = longtake("render", film.toString(), "--no-assemble");
        assertTrue(render.out().contains("rendered: 1 done"), render.out());
        assertEquals(5, filesIn(film.resolve("takes")), "the earlier Walk take is kept");

        LongtakeCommand.Result again = longtake("render", film.toString(), "--no-assemble");
        assertTrue(again.out().contains("nothing to render"), again.out());
    }

    @Test
    @Order(4)
    void previewWritesAContactSheetOfTheVariantsAndIsNotPaidTwice() throws Exception {
        LongtakeCommand.Result preview = longtake("preview", film.toString(), "Hall1", "--variants", "8");
        assertTrue(preview.out().contains("rendered: 8 done"), preview.out());
        Path sheet = film.resolve("out/previews/Hall1-8.png");
        var image = ImageIO.read(sheet.toFile());
        assertTrue(image.getWidth() > 4 * 100 && image.getHeight() > 8 * 50,
                "8 rows of 4 frames: " + image.getWidth() + "x" + image.getHeight());
        assertEquals(8, filesIn(film.resolve("takes/Hall1.preview")));

        LongtakeCommand.Result again = longtake("preview", film.toString(), "Hall1", "--variants", "8");
        assertTrue(again.out().contains("nothing to render"), again.out());

        LongtakeCommand.Result takes = longtake("takes", film.toString(), "Hall1");
        assertTrue(takes.out().contains("2 takes of 1 shot"), "previews are not takes of the shot: " + takes.out());
    }

    @Test
    @Order(5)
    void aMissingShotIsNamedWithTheShotsThereAre() throws Exception {
        LongtakeCommand.Result preview = LongtakeCommand.run(Map.of(), "preview", film.toString(), "Hal1");
        assertEquals(1, preview.exitCode());
        assertTrue(preview.err().contains("no shot named Hal1") && preview.err().contains("Hall1, Walk, Rain"),
                preview.err());
    }

    @Test
    @Order(6)
    void assembleWithProresAlsoWritesAMaster() throws Exception {
        LongtakeCommand.Result assemble = longtake("assemble", film.toString(), "--prores");
        Path master = film.resolve("out/Small Film.master.mov");
        assertTrue(assemble.out().contains("master: "), assemble.out());
        LongtakeCommand.Result probe = longtake("probe", master.toString());
        assertTrue(probe.out().contains("prores 640x360"), probe.out());
    }

    @Test
    @Order(7)
    void aFilmWithoutASongIsCutAsLongAsItsShots() throws Exception {
        Path silent = Files.createDirectories(temp.resolve("silent-film"));
        Files.writeString(silent.resolve("script.shots"), SCRIPT.replace("    song \"media/song.wav\"\n", "")
                .replace("at 0:07", "at 0:06"));
        LongtakeCommand.Result render = longtake("render", silent.toString());
        Path cut = silent.resolve("out/Small Film.mp4");
        assertTrue(Files.size(cut) > 0, render.out());
        LongtakeCommand.Result probe = longtake("probe", cut.toString());
        Matcher duration = Pattern.compile("(\\d+\\.\\d+) s").matcher(probe.out());
        assertTrue(duration.find(), probe.out());
        assertEquals(10.0, Double.parseDouble(duration.group(1)), 0.1, "the last shot ends at 0:06 + 4 s");
    }
}
