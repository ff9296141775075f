package eu.clus3.plugin.api;

import java.util.Objects;

/**
 * One refused field of a request or form: its name as the client sent it (a JSON path such as
 * {@code answers.1.2.value}), a message key and an English message.
 *
 * @param field   the field's name
 * @param code    a message key, looked up in the module's messages (then the platform's) to show it translated
 * @param message the English text for API clients and logs
 * @since 1.4.0
 */
public record FieldProblem(String field, String code, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
