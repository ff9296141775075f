package eu.clus3.search;

import java.util.Optional;

/**
 * What an administrator (and the indexer) needs to know about the index.
 *
 * @param documents           documents the current searcher sees
 * @param lastAppliedSequence the caller's change sequence most recently written (0: none); the indexer
 *                            resumes after the last committed one
 * @param lastCommittedSequence the sequence recorded in the last durable commit
 * @param searchableSequence  the sequence of the latest write that searches already see
 * @param rebuilding          whether a rebuild is running
 * @param rebuildDone         documents the running rebuild has written
 * @param rebuildTotal        documents the running rebuild expects (0 if unknown)
 * @param problem             why the index needs a rebuild (corrupt, missing, older schema), if it does
 * @param directory           the directory currently serving
 */
public record IndexStatus(long documents, long lastAppliedSequence, long lastCommittedSequence,
                          long searchableSequence, boolean rebuilding, long rebuildDone, long rebuildTotal,
                          Optional<String> problem, String directory) {

    /** True when the caller should rebuild the index from its source of truth. */
    public boolean needsRebuild() {
        return problem.isPresent();
    }

    /** The running rebuild's progress from 0 to 1 (0 when none runs or its size is unknown). */
    public double rebuildProgress() {
        if (!rebuilding || rebuildTotal <= 0) {
            return 0;
        }
        return Math.min(1.0, (double) rebuildDone / rebuildTotal);
    }
}
