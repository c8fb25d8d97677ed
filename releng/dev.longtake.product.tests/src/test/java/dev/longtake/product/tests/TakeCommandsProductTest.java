package dev.longtake.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The take commands in the product: the render bundle is in it and the ledger round-trips. */
class TakeCommandsProductTest {

    private static final String LEDGER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <longtake:Ledger xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:longtake="http://longtake.dev/model/1.0">
              <takes id="Hallway-1" shotName="Hallway" backend="animatic" state="done" file="takes/Hallway/1.avi"/>
              <takes id="Hallway-2" shotName="Hallway" backend="animatic" state="done" file="takes/Hallway/2.avi"/>
              <takes id="Hallway-3" shotName="Hallway" backend="animatic" state="failed" error="timed out after 1 h"/>
            </longtake:Ledger>
            """;

    @Test
    void takesCircleAndRateWorkOnAFilmsLedger(@TempDir Path temp) throws Exception {
        Path film = Files.createDirectories(temp.resolve("film/.longtake")).getParent();
        Files.writeString(film.resolve(".longtake/ledger.xmi"), LEDGER);

        LongtakeCommand.Result circle = LongtakeCommand.run(Map.of(), "circle", film.toString(), "Hallway", "2");
        assertEquals(0, circle.exitCode(), circle.err());
        assertEquals("circled Hallway-2 (takes/Hallway/2.avi)", circle.out().lines().findFirst().orElse(""));

        LongtakeCommand.Result rate = LongtakeCommand.run(Map.of(), "rate", film.toString(), "Hallway", "2", "5");
        assertEquals(0, rate.exitCode(), rate.err());

        LongtakeCommand.Result takes = LongtakeCommand.run(Map.of(), "takes", film.toString());
        assertEquals(0, takes.exitCode(), takes.err());
        assertTrue(takes.out().lines().anyMatch(line -> line.matches("Hallway\\s+2\\s+done\\s+5/5\\s+circled\\s+animatic.*")),
                takes.out());
        assertTrue(takes.out().contains("3 takes of 1 shot, 1 circled"), takes.out());

        LongtakeCommand.Result failed = LongtakeCommand.run(Map.of(), "circle", film.toString(), "Hallway", "3");
        assertEquals(1, failed.exitCode());
        assertEquals("longtake circle: error: take Hallway-3 is failed: only a done take can be circled",
                failed.err().strip());
    }
}
