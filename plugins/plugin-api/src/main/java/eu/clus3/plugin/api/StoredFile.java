package eu.clus3.plugin.api;

import java.time.Instant;

/**
 * One file of a module, as the platform stored it.
 *
 * @param id           its id, given by the platform (letters, digits and '-'; not guessable)
 * @param owner        the owner key the module gave
 * @param fileName     the name to offer on download
 * @param contentType  the type found from its content, e.g. {@code application/pdf}: serve it as this
 * @param declaredType the type the uploader claimed, or {@code null}
 * @param size         its size in bytes
 * @param sha256       the SHA-256 of its bytes, lowercase hexadecimal
 * @param createdAt    when it was stored
 * @param createdBy    the username of who stored it, or {@code null} for the module itself
 * @since 1.3.0
 */
public record StoredFile(String id, String owner, String fileName, String contentType, String declaredType, long size,
                         String sha256, Instant createdAt, String createdBy) {
}
