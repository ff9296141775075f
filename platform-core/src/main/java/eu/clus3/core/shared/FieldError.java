package eu.clus3.core.shared;

/** One invalid field: its name as the client sent it, a message key for the UI, an English message. */
public record FieldError(String field, String code, String message) {
}
