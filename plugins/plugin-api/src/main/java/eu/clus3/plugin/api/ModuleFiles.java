package eu.clus3.plugin.api;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * A module's files (evidence documents, attachments), kept by the platform in its database beside the module's
 * documents: purged with them, never on disk of one node. Every file belongs to an owner key of the module's
 * choosing (e.g. the key of the document that lists it) and is read back by the id the platform gave it.
 *
 * <p>The platform decides what a file is <em>by its content</em>, never by its name or declared type: it accepts
 * PDF, PNG, JPEG, plain text and CSV (valid UTF-8 without NUL characters, not markup), Office Open XML
 * (docx, xlsx, pptx, without macros) and OpenDocument (odt, ods, odp) files, and refuses everything else
 * (HTML, SVG, executables, archives). A file is at most {@link #maxBytes()} large, and the files of one owner
 * together at most {@link #ownerQuotaBytes()}. Refusals raise {@link RefusedFileException}; nothing is stored.
 *
 * <p>Files are immutable: to change one, store the new one and delete the old. The module decides who may read
 * or delete a file; the platform only keeps one module's files from another's.
 *
 * @since 1.3.0
 */
public interface ModuleFiles {

    /** The file name endings of the accepted types, for an upload field's hint (the content still decides). */
    List<String> ACCEPTED_EXTENSIONS = List.of(".pdf", ".png", ".jpg", ".jpeg", ".txt", ".csv",
            ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp");

    /**
     * Stores a file read from {@code content} (read to its end, at most {@link #maxBytes()} + 1 bytes; the caller
     * closes it).
     *
     * @param owner        the owner key: 1 to 200 characters, no control characters
     * @param fileName     the name to offer on download (its path is dropped; 1 to 255 characters)
     * @param declaredType the type the uploader claimed (kept for the record, never trusted), or {@code null}
     * @return what was stored, with the type found from the content
     */
    StoredFile put(String owner, String fileName, String declaredType, InputStream content);

    /** The file's description, or empty when this module has no file of this id. */
    Optional<StoredFile> info(String id);

    /** The file with its bytes, or empty when this module has no file of this id. */
    Optional<FileContent> read(String id);

    /** Deletes the file; {@code false} when there was none of this id. */
    boolean delete(String id);

    /** The owner's files, oldest first. */
    List<StoredFile> list(String owner);

    /** Deletes every file of the owner; how many there were. */
    int deleteAll(String owner);

    /** The largest file accepted, in bytes (the platform's {@code CLUS3_MODULES_FILE_MAX_KB}). */
    long maxBytes();

    /** The most the files of one owner may take together, in bytes. */
    long ownerQuotaBytes();

    /** A file with its bytes. */
    record FileContent(StoredFile file, byte[] bytes) {
    }
}
