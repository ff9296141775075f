package eu.clus3.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RebuildTest {

    @TempDir
    Path dir;

    private static long generations(Path root) throws Exception {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
        }
    }

    @Test
    void the_old_index_serves_until_the_new_one_is_swapped_in() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("old", "Stale content", "").build());
            Rebuild rebuild = index.index.startRebuild(index.sequence, 3);
            rebuild.add(TestIndex.post("new1", "Fresh content one", "").build());
            rebuild.add(TestIndex.post("new2", "Fresh content two", "").build());

            assertThat(index.ids("content", "public")).containsExactly("old");
            IndexStatus during = index.index.status();
            assertThat(during.rebuilding()).isTrue();
            assertThat(during.rebuildDone()).isEqualTo(2);
            assertThat(during.rebuildProgress()).isEqualTo(2.0 / 3);

            rebuild.add(TestIndex.post("new3", "Fresh content three", "").build());
            rebuild.complete();

            assertThat(index.ids("content", "public")).containsExactlyInAnyOrder("new1", "new2", "new3");
            assertThat(index.index.status().rebuilding()).isFalse();
            assertThat(index.index.status().documents()).isEqualTo(3);
        }
    }

    @Test
    void live_changes_during_a_rebuild_win_over_the_older_snapshot() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("x", "Version one", "").build(), TestIndex.post("y", "Doomed", "").build());
            long snapshot = index.sequence; // the caller's snapshot reflects changes up to here
            Rebuild rebuild = index.index.startRebuild(snapshot, 3);
            index.put(TestIndex.post("x", "Version two", "").build());  // after the snapshot
            index.remove("y");
            // the snapshot, read before those changes, still has the old versions
            rebuild.add(TestIndex.post("x", "Version one", "").build());
            rebuild.add(TestIndex.post("y", "Doomed", "").build());
            rebuild.add(TestIndex.post("z", "Zed", "").build());
            rebuild.complete();

            assertThat(index.ids("version", "public")).containsExactly("x");
            assertThat(index.search("x", "public").hits()).isEmpty();
            assertThat(index.index.search(SearchRequest.of("two", Set.of("public"))).hits()).extracting(SearchResults.Hit::id)
                    .containsExactly("x");
            assertThat(index.ids("doomed", "public")).isEmpty();
            assertThat(index.ids("", "public")).containsExactlyInAnyOrder("x", "z");
            assertThat(index.index.lastAppliedSequence()).isEqualTo(index.sequence);
        }
    }

    @Test
    void after_the_swap_the_index_resumes_from_the_snapshot_or_later() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            Rebuild rebuild = index.index.startRebuild(500, 1);
            rebuild.add(TestIndex.post("a", "Alpha", "").build());
            rebuild.complete();
            assertThat(index.index.lastCommittedSequence()).isEqualTo(500);
        }
        try (TestIndex reopened = TestIndex.open(dir)) {
            assertThat(reopened.index.lastCommittedSequence()).isEqualTo(500);
            assertThat(reopened.ids("alpha", "public")).containsExactly("a");
            assertThat(generations(dir)).isEqualTo(1);
        }
    }

    @Test
    void an_aborted_rebuild_leaves_the_old_index_serving_and_removes_the_new_directory() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("old", "Old", "").build());
            Rebuild rebuild = index.index.startRebuild(index.sequence, 0);
            rebuild.add(TestIndex.post("new", "New", "").build());
            assertThat(generations(dir)).isEqualTo(2);
            rebuild.abort();
            assertThat(generations(dir)).isEqualTo(1);
            assertThat(index.ids("", "public")).containsExactly("old");
            assertThat(index.index.status().rebuilding()).isFalse();
            assertThatThrownBy(() -> rebuild.add(TestIndex.post("late", "Late", "").build()))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void only_one_rebuild_runs_at_a_time() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.index.startRebuild(0, 0);
            assertThatThrownBy(() -> index.index.startRebuild(0, 0)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void a_rebuild_interrupted_by_a_crash_is_discarded_at_the_next_start() throws Exception {
        TestIndex index = TestIndex.open(dir);
        index.put(TestIndex.post("old", "Old", "").build());
        index.index.commit();
        index.index.startRebuild(index.sequence, 0).add(TestIndex.post("new", "New", "").build());
        index.index.abandonForCrashTest();
        try (TestIndex reopened = TestIndex.open(dir)) {
            assertThat(reopened.ids("", "public")).containsExactly("old");
            assertThat(generations(dir)).isEqualTo(1);
        }
    }

    @Test
    void searches_running_across_the_swap_never_fail() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            SearchDocument[] reports = new SearchDocument[20];
            for (int i = 0; i < reports.length; i++) {
                reports[i] = TestIndex.post("old" + i, "Harbour report " + i, "").build();
            }
            index.put(reports);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong searches = new AtomicLong();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            Thread searcher = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        long total = index.search("harbour", "public").total();
                        assertThat(total).isEqualTo(20);
                        searches.incrementAndGet();
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }
            });
            searcher.start();
            for (int round = 0; round < 3; round++) {
                Rebuild rebuild = index.index.startRebuild(index.sequence, 20);
                for (int i = 0; i < 20; i++) {
                    rebuild.add(TestIndex.post("new" + round + "-" + i, "Harbour report " + i, "").build());
                }
                rebuild.complete();
            }
            Thread.sleep(50);
            stop.set(true);
            searcher.join();
            assertThat(failures).isEmpty();
            assertThat(searches.get()).isPositive();
        }
    }
}
