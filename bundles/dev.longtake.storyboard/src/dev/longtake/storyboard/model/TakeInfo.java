package dev.longtake.storyboard.model;

import java.nio.file.Path;

/**
 * One take of a shot as the ledger records it.
 *
 * @param id      the take's id ({@code Hallway-3})
 * @param number  its number within the shot (3), 0 when the id carries none
 * @param state   the ledger's state literal (done, failed, submitted...)
 * @param circled whether it is the take the cut uses
 * @param file    its video file, or null when it has none (yet)
 */
public record TakeInfo(String id, int number, String state, boolean circled, Path file) {

    public boolean done() {
        return "done".equals(state);
    }
}
