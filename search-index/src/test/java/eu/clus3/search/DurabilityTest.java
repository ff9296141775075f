package eu.clus3.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DurabilityTest {

    @TempDir
    Path dir;

    private static List<String> segmentFiles(Path generation) throws Exception {
        try (Stream<Path> files = Files.list(generation)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_")).sorted().toList();
        }
    }

    @Test
    void a_commit_records_the_last_applied_sequence_for_the_next_start() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("a", "Alpha", "").build(), TestIndex.post("b", "Beta", "").build());
            index.index.commit();
            assertThat(index.index.lastCommittedSequence()).isEqualTo(2);
        }
        try (TestIndex reopened = TestIndex.open(dir)) {
            assertThat(reopened.index.lastCommittedSequence()).isEqualTo(2);
            assertThat(reopened.index.lastAppliedSequence()).isEqualTo(2);
            assertThat(reopened.ids("alpha", "public")).containsExactly("a");
            assertThat(reopened.index.status().needsRebuild()).isFalse();
        }
    }

    @Test
    void closing_commits_what_was_written() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("a", "Alpha", "").build());
            index.index.markApplied(7);
        }
        try (TestIndex reopened = TestIndex.open(dir)) {
            assertThat(reopened.index.lastCommittedSequence()).isEqualTo(7);
            assertThat(reopened.ids("alpha", "public")).containsExactly("a");
        }
    }

    @Test
    void after_a_crash_the_index_resumes_from_the_last_commit_and_a_replay_completes_it() throws Exception {
        TestIndex index = TestIndex.open(dir);
        index.put(TestIndex.post("a", "Alpha", "").build(), TestIndex.post("b", "Beta", "").build());
        index.index.commit();
        index.put(TestIndex.post("c", "Gamma", "").build());
        index.put(TestIndex.post("a", "Alpha changed", "").build());
        index.index.abandonForCrashTest(); // the process dies: nothing after the commit reached the disk for good

        try (TestIndex reopened = TestIndex.open(dir)) {
            assertThat(reopened.index.lastCommittedSequence()).isEqualTo(2);
            assertThat(reopened.ids("", "public")).containsExactlyInAnyOrder("a", "b");
            assertThat(reopened.ids("changed", "public")).isEmpty();
            // the caller replays its outbox from sequence 3
            reopened.put(TestIndex.post("c", "Gamma", "").build(), TestIndex.post("a", "Alpha changed", "").build());
            assertThat(reopened.ids("", "public")).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(reopened.ids("changed", "public")).containsExactly("a");
            assertThat(reopened.index.lastAppliedSequence()).isEqualTo(4);
        }
    }

    @Test
    void a_killed_indexer_process_resumes_from_its_recorded_sequence_without_ghosts_or_gaps() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingIndexer.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("committed");
            Thread.sleep(200); // let it index and commit a while longer
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        try (TestIndex reopened = TestIndex.open(dir)) {
            long recorded = reopened.index.lastCommittedSequence();
            assertThat(recorded).isGreaterThanOrEqualTo(300);
            assertThat(reopened.index.status().needsRebuild()).isFalse();
            // replay a little past the recorded position, as an outbox reader would
            for (long s = recorded + 1; s <= recorded + 50; s++) {
                reopened.index.upsert(TestIndex.post("doc-" + s, "Document " + s, "Body of change " + s).build(), s);
            }
            reopened.sequence = recorded + 50;
            reopened.put(); // wait for visibility
            TestIndex.await(reopened.index.upsert(TestIndex.post("doc-" + (recorded + 51), "x",
                    "Body of change " + (recorded + 51)).build(), recorded + 51));
            long expected = recorded + 51;
            SearchResults all = reopened.index.search(SearchRequest.of("", Set.of("public")).withFacets("type").page(0, 1));
            assertThat(all.total()).isGreaterThanOrEqualTo(expected);
            // every id up to the replayed position is there exactly once; anything beyond came from
            // changes the killed process wrote after its last commit, themselves consistent
            Set<Long> missing = new HashSet<>();
            for (long s = 1; s <= expected; s++) {
                boolean edge = s <= 40 || s >= recorded - 40;
                if ((edge || s % 97 == 0)
                        && reopened.index.search(SearchRequest.of("\"Body of change " + s + "\"", Set.of("public"))).total() != 1) {
                    missing.add(s);
                }
            }
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void nothing_is_committed_when_nothing_changed() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            Path generation = Path.of(index.index.status().directory());
            index.put(TestIndex.post("a", "Alpha", "").build());
            index.index.commit();
            List<String> afterFirst = segmentFiles(generation);
            index.index.commit();
            index.index.commit();
            assertThat(segmentFiles(generation)).isEqualTo(afterFirst);
            index.index.markApplied(9);
            index.index.commit();
            assertThat(segmentFiles(generation)).isNotEqualTo(afterFirst);
            assertThat(index.index.lastCommittedSequence()).isEqualTo(9);
        }
    }
}
