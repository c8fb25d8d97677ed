package dev.longtake.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.cli.ExitCode;
import dev.longtake.model.Charge;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;

/** {@code takes}, {@code circle} and {@code rate}: they need only the take ledger. */
class TakeCommandsTest {

    @TempDir
    Path film;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Longtake(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    private static Take take(String shot, int n, TakeState state) {
        Take take = LongtakeFactory.eINSTANCE.createTake();
        take.setId(shot + "-" + n);
        take.setShotName(shot);
        take.setState(state);
        take.setBackend("animatic");
        if (state == TakeState.DONE) {
            take.setFile("takes/" + shot + "/" + n + ".avi");
        } else {
            take.setError("cloud failed the take: the content filter refused the prompt");
        }
        return take;
    }

    @BeforeEach
    void aFilmWithTakes() throws IOException {
        Files.writeString(film.resolve("script.shots"), "// a film\n");
        LedgerStore.of(new ProjectLayout(film)).update(ledger -> {
            ledger.getTakes().add(take("Hallway", 1, TakeState.DONE));
            ledger.getTakes().add(take("Hallway", 2, TakeState.DONE));
            ledger.getTakes().add(take("Hallway", 3, TakeState.FAILED));
            Take bleachers = take("Bleachers", 1, TakeState.DONE);
            bleachers.setCost(new BigDecimal("1.50"));
            bleachers.setCurrency("USD");
            ledger.getTakes().add(bleachers);
            ledger.circle(ledger.findTake("Hallway-1"));
            Charge charge = LongtakeFactory.eINSTANCE.createCharge();
            charge.setAmount(new BigDecimal("1.50"));
            charge.setCurrency("USD");
            ledger.getSpending().add(charge);
            return null;
        });
    }

    private Ledger ledger() {
        return LedgerStore.of(new ProjectLayout(film)).read();
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void takesListsEveryTakeByShotWithWhatWasSpent() {
        assertEquals(ExitCode.OK, run("takes", film.toString()), err.toString());
        List<String> lines = outLines();
        assertTrue(lines.get(0).matches("SHOT\\s+TAKE\\s+STATE\\s+RATING\\s+CIRCLED\\s+BACKEND\\s+COST\\s+FILE / NOTE"),
                lines.get(0));
        assertTrue(lines.get(1).matches("Hallway\\s+1\\s+done\\s+-\\s+circled\\s+animatic\\s+-\\s+takes/Hallway/1.avi"),
                lines.get(1));
        assertTrue(lines.get(3).matches("Hallway\\s+3\\s+failed\\s+-\\s+animatic\\s+-\\s+cloud failed the take.*"),
                lines.get(3));
        assertTrue(lines.get(4).matches("Bleachers\\s+1\\s+done\\s+-\\s+animatic\\s+1.50 USD\\s+takes/Bleachers/1.avi"),
                lines.get(4));
        assertEquals("4 takes of 2 shots, 1 circled; spent so far: 1.50 USD", lines.get(lines.size() - 1));
    }

    @Test
    void takesOfOneShotListsOnlyItsTakes() {
        assertEquals(ExitCode.OK, run("takes", film.resolve("script.shots").toString(), "Bleachers"));
        assertEquals(4, outLines().size(), out.toString()); // header, take, blank, summary
        assertTrue(outLines().get(1).startsWith("Bleachers"));
    }

    @Test
    void takesOfAShotWithoutTakesNamesTheShotsThatHaveSome() {
        assertEquals(ExitCode.FAILURE, run("takes", film.toString(), "Kitchen"));
        assertEquals("longtake takes: error: shot Kitchen has no takes in " + film.resolve(".longtake/ledger.xmi")
                + " (shots with takes: Hallway, Bleachers)", err.toString().strip());
    }

    @Test
    void aFilmWithoutALedgerHasNoTakesYet(@TempDir Path empty) {
        assertEquals(ExitCode.OK, run("takes", empty.toString()));
        assertTrue(out.toString().startsWith("no takes yet"), out.toString());
        assertFalse(Files.exists(empty.resolve(".longtake")), "listing writes nothing");
    }

    @Test
    void aMissingFilmIsAFailureNamingIt() {
        assertEquals(ExitCode.FAILURE, run("takes", film.resolve("nope").toString()));
        assertEquals("longtake takes: error: " + film.resolve("nope") + ": no such project folder or script",
                err.toString().strip());
    }

    @Test
    void anUnreadableLedgerIsAFailureNamingItNotAStackTrace() throws IOException {
        Files.writeString(film.resolve(".longtake/ledger.xmi"), "garbage");
        assertEquals(ExitCode.FAILURE, run("takes", film.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(film.resolve(".longtake/ledger.xmi") + " is not a readable take ledger"), message);
    }

    @Test
    void circlingATakeUncirclesTheShotsOtherTake() {
        assertEquals(ExitCode.OK, run("circle", film.toString(), "Hallway", "2"), err.toString());
        assertEquals("circled Hallway-2 (takes/Hallway/2.avi); Hallway-1 is no longer circled", outLines().get(0));
        assertTrue(ledger().findTake("Hallway-2").isCircled());
        assertFalse(ledger().findTake("Hallway-1").isCircled());
        assertTrue(ledger().findTake("Bleachers-1").isCircled() == false);
    }

    @Test
    void aTakeCanBeNamedByItsId() {
        assertEquals(ExitCode.OK, run("circle", film.toString(), "Bleachers", "Bleachers-1"), err.toString());
        assertTrue(ledger().findTake("Bleachers-1").isCircled());
    }

    @Test
    void onlyADoneTakeCanBeCircledAndTheLedgerIsLeftAlone() throws IOException {
        byte[] before = Files.readAllBytes(film.resolve(".longtake/ledger.xmi"));
        assertEquals(ExitCode.FAILURE, run("circle", film.toString(), "Hallway", "3"));
        assertEquals("longtake circle: error: take Hallway-3 is failed: only a done take can be circled",
                err.toString().strip());
        assertArrayEquals(before, Files.readAllBytes(film.resolve(".longtake/ledger.xmi")));
    }

    @Test
    void anUnknownTakeIsAFailureListingTheShotsTakes() {
        assertEquals(ExitCode.FAILURE, run("circle", film.toString(), "Hallway", "9"));
        assertEquals("longtake circle: error: shot Hallway has no take 9 (its takes: 1, 2, 3)", err.toString().strip());
    }

    @Test
    void ratingATakeKeepsItsCircle() {
        assertEquals(ExitCode.OK, run("rate", film.toString(), "Hallway", "1", "4"), err.toString());
        assertEquals("rated Hallway-1 4/5", outLines().get(0));
        assertEquals(4, ledger().findTake("Hallway-1").getRating());
        assertTrue(ledger().findTake("Hallway-1").isCircled());
        assertEquals(ExitCode.OK, run("rate", film.toString(), "Hallway", "1", "0"));
        assertEquals(0, ledger().findTake("Hallway-1").getRating());
    }

    @Test
    void aRatingOutsideZeroToFiveIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("rate", film.toString(), "Hallway", "1", "6"));
        assertTrue(err.toString().contains("a rating is 0 to 5, not 6"), err.toString());
        assertEquals(0, ledger().findTake("Hallway-1").getRating());
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertEquals(ExitCode.USAGE, run("circle", film.toString(), "Hallway"));
        assertTrue(err.toString().contains("<take>"), err.toString());
    }

    @Test
    void theCommandsAreListedInTheUsage() {
        assertEquals(ExitCode.OK, run("help"));
        assertTrue(out.toString().contains("takes") && out.toString().contains("circle")
                && out.toString().contains("rate"), out.toString());
    }
}
