package eu.clus3.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IndexHealthTest {

    @TempDir
    Path dir;

    @Test
    void an_empty_directory_is_usable_with_no_documents() {
        assertThat(IndexHealth.check(dir)).isEqualTo(new IndexHealth.Status(true, 0, "empty"));
    }

    @Test
    void a_missing_directory_is_not_usable() {
        IndexHealth.Status status = IndexHealth.check(dir.resolve("nowhere"));
        assertThat(status.usable()).isFalse();
        assertThat(status.detail()).startsWith("missing");
    }

    @Test
    void counts_the_documents_of_an_existing_index() throws Exception {
        try (var fs = FSDirectory.open(dir);
             var writer = new IndexWriter(fs, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 3; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "d" + i, Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        assertThat(IndexHealth.check(dir)).isEqualTo(new IndexHealth.Status(true, 3, "ok"));
    }

    @Test
    void a_corrupt_index_is_reported_unusable() throws Exception {
        try (var fs = FSDirectory.open(dir);
             var writer = new IndexWriter(fs, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(new Document());
            writer.commit();
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[]{1, 2, 3});
            }
        }
        IndexHealth.Status status = IndexHealth.check(dir);
        assertThat(status.usable()).isFalse();
        assertThat(status.detail()).startsWith("unreadable");
    }
}
