package eu.clus3.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A real index in a temporary directory, with a counter standing in for the caller's outbox sequence. */
final class TestIndex implements AutoCloseable {

    static final IndexSettings SETTINGS = IndexSettings.defaults()
            .withFacetDimensions("cluster", "region", "sector", "category")
            .withStaleness(Duration.ofMillis(5), Duration.ofMillis(50))
            .withCommitInterval(Duration.ofHours(1));

    static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

    final Path root;
    SearchIndex index;
    long sequence;

    private TestIndex(Path root, SearchIndex index) {
        this.root = root;
        this.index = index;
        this.sequence = index.lastCommittedSequence();
    }

    static TestIndex open(Path root) throws IOException {
        return new TestIndex(root, SearchIndex.open(root, SETTINGS));
    }

    /** Writes the documents as consecutive changes and waits until they are searchable. */
    TestIndex put(SearchDocument... documents) {
        CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        for (SearchDocument d : documents) {
            last = index.upsert(d, ++sequence);
        }
        await(last);
        return this;
    }

    TestIndex remove(String id) {
        await(index.delete(id, ++sequence));
        return this;
    }

    SearchResults search(String query, String... principals) {
        return index.search(SearchRequest.of(query, Set.of(principals)).at(NOW));
    }

    List<String> ids(String query, String... principals) {
        return search(query, principals).hits().stream().map(SearchResults.Hit::id).toList();
    }

    static void await(CompletableFuture<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("write did not become searchable", e);
        }
    }

    /** A public English post, to be refined by the caller. */
    static SearchDocument.Builder post(String id, String title, String body) {
        return SearchDocument.builder(id).type("post").title(title).body(body).language(Language.ENGLISH)
                .date(NOW.minus(Duration.ofDays(3))).visibleTo("public");
    }

    static SearchDocument.Builder italianPost(String id, String title, String body) {
        return post(id, title, body).language(Language.ITALIAN);
    }

    static String[] principals(String... p) {
        return Arrays.copyOf(p, p.length);
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }
}
