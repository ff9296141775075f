package eu.clus3.core.shared;

import java.util.List;

/**
 * The one error type of the platform. Services throw its subclasses; the REST layer maps them to
 * {@code application/problem+json} and the UI shows {@link #code()} translated. The message is plain
 * English for API clients and logs and never holds a secret.
 */
public abstract class Clus3Exception extends RuntimeException {

    private final String code;

    protected Clus3Exception(String code, String message) {
        super(message);
        this.code = code;
    }

    /** HTTP status this error stands for. */
    public abstract int status();

    /** Short, stable title of the error kind (the problem's "title"). */
    public abstract String title();

    /** A message key (e.g. {@code error.forbidden}) the UI translates. */
    public String code() {
        return code;
    }

    /** Field-level errors, empty unless the input was invalid. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }
}
