package eu.clus3.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether an index directory can serve: it exists and is writable, and an index in it (if any)
 * opens. An empty directory is healthy: the index is built into it from the database. When the directory
 * is a {@link SearchIndex} root, the generation named by its {@code CURRENT} file is the one checked.
 */
public final class IndexHealth {

    public record Status(boolean usable, int documents, String detail) { }

    private IndexHealth() {
    }

    public static Status check(Path directory) {
        if (!Files.isDirectory(directory)) {
            return new Status(false, 0, "missing: " + directory);
        }
        if (!Files.isWritable(directory)) {
            return new Status(false, 0, "not writable: " + directory);
        }
        Path serving = directory;
        try {
            Path recorded = IndexLayout.current(directory);
            if (recorded != null) {
                if (!Files.isDirectory(recorded)) {
                    return new Status(false, 0, "missing: " + recorded);
                }
                serving = recorded;
            }
        } catch (IOException | RuntimeException e) {
            return new Status(false, 0, "unreadable: " + e.getClass().getSimpleName());
        }
        try (Directory dir = FSDirectory.open(serving)) {
            if (!DirectoryReader.indexExists(dir)) {
                return new Status(true, 0, "empty");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return new Status(true, reader.numDocs(), "ok");
            }
        } catch (IOException | RuntimeException e) {
            return new Status(false, 0, "unreadable: " + e.getClass().getSimpleName());
        }
    }
}
