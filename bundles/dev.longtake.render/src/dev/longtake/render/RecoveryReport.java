package dev.longtake.render;

import java.util.List;

/**
 * What opening a project found that an earlier render, ended by a crash or a kill, left
 * behind.
 *
 * @param recordedDone   finished takes whose file was in place, now written into the ledger
 * @param recordedEnded  failed or cancelled takes now written into the ledger
 * @param refetch        finished takes whose file was missing or damaged: fetched again by id
 * @param submitted      takes submitted but not finished: the next render polls them by id
 * @param unsent         takes meant but maybe never sent: see {@link PlannedTake.Kind}
 * @param damagedLines   journal lines that failed their checksum and were skipped
 */
public record RecoveryReport(List<String> recordedDone, List<String> recordedEnded, List<String> refetch,
        List<String> submitted, List<String> unsent, int damagedLines) {

    public RecoveryReport {
        recordedDone = List.copyOf(recordedDone);
        recordedEnded = List.copyOf(recordedEnded);
        refetch = List.copyOf(refetch);
        submitted = List.copyOf(submitted);
        unsent = List.copyOf(unsent);
    }

    public boolean isEmpty() {
        return recordedDone.isEmpty() && recordedEnded.isEmpty() && refetch.isEmpty() && submitted.isEmpty()
                && unsent.isEmpty() && damagedLines == 0;
    }
}
