package eu.clus3.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorruptionTest {

    @TempDir
    Path dir;

    private Path fillAndClose() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            SearchDocument[] posts = new SearchDocument[50];
            for (int i = 0; i < posts.length; i++) {
                posts[i] = TestIndex.post("p" + i, "Post number " + i, "Some body text for post " + i).build();
            }
            index.put(posts);
            return Path.of(index.index.status().directory());
        }
    }

    private static List<Path> files(Path generation, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(generation)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    @Test
    void a_corrupt_index_is_reported_set_aside_and_replaced_by_an_empty_one() throws Exception {
        Path generation = fillAndClose();
        for (Path segments : files(generation, "segments_")) {
            Files.write(segments, new byte[]{1, 2, 3});
        }
        try (TestIndex reopened = TestIndex.open(dir)) {
            IndexStatus status = reopened.index.status();
            assertThat(status.needsRebuild()).isTrue();
            assertThat(status.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("corrupt"));
            assertThat(status.documents()).isZero();
            assertThat(reopened.index.lastCommittedSequence()).isZero();
            assertThat(Files.exists(generation.resolveSibling(generation.getFileName() + ".broken"))).isTrue();
            // it serves (empty) and takes writes until the caller's rebuild is swapped in
            assertThat(reopened.search("post", "public").total()).isZero();
            reopened.put(TestIndex.post("new", "New post", "").build());
            assertThat(reopened.ids("new", "public")).containsExactly("new");
        }
    }

    @Test
    void a_deleted_index_directory_is_reported_as_missing() throws Exception {
        Path generation = fillAndClose();
        IndexLayout.delete(generation);
        assertThat(IndexHealth.check(dir).usable()).isFalse();
        assertThat(IndexHealth.check(dir).detail()).startsWith("missing");
        try (TestIndex reopened = TestIndex.open(dir)) {
            assertThat(reopened.index.status().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("missing"));
            assertThat(reopened.index.status().needsRebuild()).isTrue();
        }
        assertThat(IndexHealth.check(dir).usable()).isTrue();
    }

    @Test
    void damaged_data_is_found_by_verification_if_not_already_at_open() throws Exception {
        Path generation = fillAndClose();
        Path largest = null;
        try (Stream<Path> files = Files.list(generation)) {
            largest = files.filter(p -> !p.getFileName().toString().startsWith("segments_"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0xFF);
        }
        try (TestIndex reopened = TestIndex.open(dir)) {
            boolean found = reopened.index.status().needsRebuild() || reopened.index.verify().isPresent();
            assertThat(found).isTrue();
            assertThat(reopened.index.status().needsRebuild()).isTrue();
        }
    }

    @Test
    void a_healthy_index_verifies_clean() throws Exception {
        fillAndClose();
        try (TestIndex reopened = TestIndex.open(dir)) {
            assertThat(reopened.index.verify()).isEmpty();
            assertThat(reopened.index.status().needsRebuild()).isFalse();
        }
    }

    @Test
    void a_directory_deleted_while_serving_fails_writes_and_asks_for_a_rebuild() throws Exception {
        try (TestIndex index = TestIndex.open(dir)) {
            index.put(TestIndex.post("a", "Alpha", "").build());
            IndexLayout.delete(Path.of(index.index.status().directory()));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 5; i++) {
                    index.index.upsert(TestIndex.post("b" + i, "Beta", "x".repeat(10)).build(), ++index.sequence);
                    index.index.commit();
                }
            }).isInstanceOfAny(java.io.IOException.class, IndexUnavailableException.class);
            assertThat(index.index.status().needsRebuild()).isTrue();
            // the rebuild recovers
            Rebuild rebuild = index.index.startRebuild(index.sequence, 1);
            rebuild.add(TestIndex.post("a", "Alpha", "").build());
            rebuild.complete();
            assertThat(index.index.status().needsRebuild()).isFalse();
            assertThat(index.ids("alpha", "public")).containsExactly("a");
        }
    }

    @Test
    void health_checks_the_serving_generation_of_an_index_root() throws Exception {
        fillAndClose();
        assertThat(IndexHealth.check(dir)).isEqualTo(new IndexHealth.Status(true, 50, "ok"));
    }
}
