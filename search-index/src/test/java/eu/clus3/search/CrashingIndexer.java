package eu.clus3.search;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a separate JVM by {@link DurabilityTest}: indexes documents "doc-1", "doc-2"... as changes 1,
 * 2... as fast as it can, committing every 50 ms; says "committed" once a commit holds 300 changes, and goes on until the test kills it with SIGKILL.
 */
public final class CrashingIndexer {

    public static void main(String[] args) throws Exception {
        IndexSettings settings = TestIndex.SETTINGS.withCommitInterval(Duration.ofMillis(50));
        SearchIndex index = SearchIndex.open(Path.of(args[0]), settings);
        boolean told = false;
        for (long sequence = index.lastCommittedSequence() + 1; ; sequence++) {
            index.upsert(TestIndex.post("doc-" + sequence, "Document " + sequence, "Body of change " + sequence).build(), sequence);
            if (!told && index.lastCommittedSequence() >= 300) {
                System.out.println("committed");
                System.out.flush();
                told = true;
            }
        }
    }
}
