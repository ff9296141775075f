package eu.clus3.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessTest {

    @TempDir
    Path dir;

    private static SearchResults search(SearchIndex index, String query) {
        return index.search(SearchRequest.of(query, Set.of("public")));
    }

    @Test
    void a_write_is_searchable_once_its_future_completes_within_the_staleness_bound() throws Exception {
        IndexSettings settings = TestIndex.SETTINGS.withStaleness(Duration.ofMillis(20), Duration.ofMillis(500));
        try (SearchIndex index = SearchIndex.open(dir, settings)) {
            long start = System.nanoTime();
            CompletableFuture<Void> written = index.upsert(TestIndex.post("p1", "Fresh harbour news", "").build(), 1);
            written.get(2, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(search(index, "harbour").hits()).extracting(SearchResults.Hit::id).containsExactly("p1");
            assertThat(millis).isLessThan(1000);
            assertThat(index.status().searchableSequence()).isEqualTo(1);
        }
    }

    @Test
    void a_write_becomes_visible_by_itself_without_anyone_waiting() throws Exception {
        IndexSettings settings = TestIndex.SETTINGS.withStaleness(Duration.ofMillis(20), Duration.ofMillis(300));
        try (SearchIndex index = SearchIndex.open(dir, settings)) {
            long start = System.nanoTime();
            index.upsert(TestIndex.post("p1", "Lonely lighthouse", "").build(), 1);
            while (search(index, "lighthouse").total() == 0) {
                assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));
                Thread.sleep(5);
            }
        }
    }

    @Test
    void asking_for_a_refresh_makes_a_write_visible_sooner() throws Exception {
        IndexSettings settings = TestIndex.SETTINGS.withStaleness(Duration.ofMillis(10), Duration.ofSeconds(5));
        try (SearchIndex index = SearchIndex.open(dir, settings)) {
            Thread.sleep(50);
            long start = System.nanoTime();
            CompletableFuture<Void> written = index.upsert(TestIndex.post("p1", "Urgent notice", "").build(), 1);
            index.refreshSoon();
            written.get(2, TimeUnit.SECONDS);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
            assertThat(search(index, "urgent").total()).isEqualTo(1);
        }
    }

    @Test
    void an_updated_document_replaces_the_old_one() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("p1", "Old title about sails", "").build());
            index.put(TestIndex.post("p1", "New title about engines", "").build());
            assertThat(index.ids("sails", "public")).isEmpty();
            assertThat(index.ids("engines", "public")).containsExactly("p1");
            assertThat(index.search("", "public").total()).isEqualTo(1);
        }
    }

    @Test
    void a_deleted_document_disappears_once_its_future_completes() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("p1", "Short-lived post", "").build(), TestIndex.post("p2", "Another post", "").build());
            index.index.delete("p1", ++index.sequence).get(2, TimeUnit.SECONDS);
            assertThat(index.ids("post", "public")).containsExactly("p2");
            index.index.delete("never-existed", ++index.sequence).get(2, TimeUnit.SECONDS);
            assertThat(index.index.lastAppliedSequence()).isEqualTo(index.sequence);
        }
    }

    @Test
    void visibility_changes_take_effect_like_any_other_write() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("p1", "Budget discussion", "").build());
            assertThat(index.ids("budget", "public")).containsExactly("p1");
            index.put(SearchDocument.builder("p1").title("Budget discussion").visibleTo("group:board").build());
            assertThat(index.ids("budget", "public")).isEmpty();
            assertThat(index.ids("budget", "group:board")).containsExactly("p1");
        }
    }
}
