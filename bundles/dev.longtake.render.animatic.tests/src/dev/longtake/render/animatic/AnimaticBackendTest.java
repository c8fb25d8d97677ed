package dev.longtake.render.animatic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Ledger;
import dev.longtake.model.TakeState;
import dev.longtake.render.BackendException;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.JobState;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderListener;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderResult;
import dev.longtake.render.animatic.internal.AnimaticPainter;

class AnimaticBackendTest {

    @TempDir
    Path folder;

    private final AnimaticBackend animatic = new AnimaticBackend();

    private Path render(ShotRequest request, String name) throws Exception {
        Path file = folder.resolve(name);
        String id = animatic.submit(request, request.hash() + "-1");
        assertEquals(JobState.SUCCEEDED, animatic.poll(id).state());
        animatic.fetch(id, animatic.poll(id), file, progress -> {
        });
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theVideoHasTheRequestedLengthSizeAndRateAsFfprobeReadsIt() throws Exception {
        assumeTrue(Probe.available(), "ffprobe (Debian's ffmpeg package) is not installed");
        Path file = render(ShotRequest.of("Hallway", ShotRequest.HALLWAY, 6, 1280, 720, 24, 7L), "hallway.avi");
        Map<String, String> video = Probe.video(file);
        assertEquals("mjpeg", video.get("codec_name"));
        assertEquals("avi", video.get("format_name"));
        assertEquals("1280", video.get("width"));
        assertEquals("720", video.get("height"));
        assertEquals("24/1", video.get("r_frame_rate"));
        assertEquals("144", video.get("nb_frames"));
        assertEquals(6.0, Double.parseDouble(video.get("duration")), 1e-6);
        assertEquals("", Probe.decodeErrors(file), "every frame decodes");
    }

    @Test
    void oddSizesAndNtscRatesAreWrittenExactly() throws Exception {
        assumeTrue(Probe.available(), "ffprobe (Debian's ffmpeg package) is not installed");
        Path file = render(ShotRequest.of("Porch", "the camera drifts out onto the porch at night", 2.5, 642, 361,
                23.976, null), "porch.avi");
        Map<String, String> video = Probe.video(file);
        assertEquals("642", video.get("width"));
        assertEquals("361", video.get("height"));
        assertEquals("24000/1001", video.get("r_frame_rate"));
        assertEquals("60", video.get("nb_frames"));
        assertEquals("", Probe.decodeErrors(file));
    }

    @Test
    void theSameRequestGivesTheSameBytes() throws Exception {
        ShotRequest request = ShotRequest.of("Hallway", ShotRequest.HALLWAY, 2, 640, 360, 24, 42L);
        assertEquals(sha256(render(request, "a.avi")), sha256(render(request, "b.avi")));
    }

    @Test
    void theSeedChangesTheColours() {
        ShotRequest one = ShotRequest.of("Hallway", ShotRequest.HALLWAY, 10, 320, 180, 24, 1L);
        ShotRequest two = ShotRequest.of("Hallway", ShotRequest.HALLWAY, 10, 320, 180, 24, 2L);
        int[] a = pixels(new AnimaticPainter(one).paint(120));
        int[] b = pixels(new AnimaticPainter(two).paint(120));
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                differing++;
            }
        }
        assertTrue(differing > a.length / 2, "only " + differing + " of " + a.length + " pixels differ");
    }

    @Test
    void theCameraMoves() {
        AnimaticPainter painter = new AnimaticPainter(ShotRequest.of("Bleachers",
                "One continuous shot, camera slow push-in. in a stadium at night: Ernest sits alone", 12, 320, 180, 24,
                3L));
        int[] early = pixels(painter.paint(3 * 24));
        int[] late = pixels(painter.paint(8 * 24));
        int differing = 0;
        for (int i = 0; i < early.length; i++) {
            if (early[i] != late[i]) {
                differing++;
            }
        }
        assertTrue(differing > early.length / 4, "the picture barely changed: " + differing + " pixels");
    }

    @Test
    void aCancelledRenderStopsAndLeavesNoFile() throws Exception {
        ShotRequest request = ShotRequest.of("Long", ShotRequest.HALLWAY, 120, 640, 360, 24, 1L);
        Path file = folder.resolve("long.avi");
        String id = animatic.submit(request, "k");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> ended = new java.util.concurrent.atomic.AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                animatic.fetch(id, animatic.poll(id), file, progress -> started.countDown());
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        worker.start();
        assertTrue(started.await(60, java.util.concurrent.TimeUnit.SECONDS));
        worker.interrupt();
        worker.join(10_000);
        assertFalse(worker.isAlive(), "the render did not stop");
        assertTrue(ended.get() instanceof InterruptedException, String.valueOf(ended.get()));
        assertFalse(Files.exists(file));
    }

    @Test
    void anUnknownJobIsReportedUnknownSoTheEngineSubmitsAgain() {
        assertEquals(JobState.UNKNOWN, new AnimaticBackend().poll("animatic-1-2").state());
    }

    @Test
    void aRequestOutsideItsLimitsIsRefused() {
        BackendException e = assertThrows(BackendException.class,
                () -> animatic.submit(ShotRequest.of("Huge", "x", 5, 7680, 4320, 24, null), "k"));
        assertEquals(BackendException.Kind.PERMANENT, e.kind());
    }

    @Test
    void itIsFreeAndWritesAvi() {
        assertTrue(animatic.capabilities().isFree());
        assertEquals("avi", animatic.capabilities().fileExtension());
    }

    @Test
    void itIsInstalledUnderItsName() {
        BackendRegistry installed = BackendRegistry.installed();
        assertTrue(installed.names().contains("animatic"), installed.names() + " " + installed.unavailable());
    }

    @Test
    void theEngineRendersTakesOfAShotIntoItsFolder() throws IOException {
        List<ShotRequest> requests = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            requests.add(ShotRequest.of("Kitchen", "camera slow pan. in a farmhouse kitchen: decades pass", 1, 320, 180,
                    12, seed));
        }
        RenderResult result;
        try (RenderEngine engine = RenderEngine.open(folder, new BackendRegistry().register(animatic),
                RenderOptions.defaults())) {
            result = engine.render(engine.plan(requests, null), RenderListener.NONE);
        }
        assertTrue(result.allDone(), result.toString());
        Ledger ledger = LedgerStore.of(new dev.longtake.render.ProjectLayout(folder)).read();
        assertEquals(3, ledger.getTakes().stream().filter(t -> t.getState() == TakeState.DONE).count());
        for (int n = 1; n <= 3; n++) {
            assertTrue(Files.size(folder.resolve("takes/Kitchen/" + n + ".avi")) > 1000);
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
