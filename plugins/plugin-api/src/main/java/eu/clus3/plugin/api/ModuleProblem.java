package eu.clus3.plugin.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a module refuses what was asked; nothing was changed. The one error a module throws: the platform answers
 * it over REST as the same {@code application/problem+json} document as the core's errors (status, {@code code},
 * {@code errors[]} by field, {@code currentVersion} after a conflict), and shows it in views the same way as the
 * core's (field errors on their fields where the view named them, otherwise a notification), translated with the
 * module's messages when {@link #code()} (or a field's code) is one of their keys, else with the platform's.
 * <pre>{@code
 * throw ModuleProblem.invalid("title", "training.titleRequired", "A course needs a title");
 * throw ModuleProblem.forbidden("labeling.assessorsOnly", "Only assessors may score an application");
 * throw ModuleProblem.notFound("Course " + id);
 * }</pre>
 * {@link StaleDocumentException} (409 {@code error.staleVersion}), {@link InvalidDocumentException} (400) and
 * {@link RefusedFileException} (413, 415 or 400) are answered the same way when a module lets them through.
 *
 * @since 1.4.0
 */
public class ModuleProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] arguments;
    private final List<FieldProblem> errors;
    private final Long currentVersion;

    /**
     * @param status         the HTTP status: 400, 401, 403, 404, 409, 413, 415, 422, 429 or 501 (other 4xx allowed)
     * @param code           a message key (the module's, or the platform's {@code error.*})
     * @param message        English text for API clients and logs; never a secret
     * @param errors         the refused fields, or none
     * @param currentVersion after a stale write, the version to reload; otherwise {@code null}
     */
    public ModuleProblem(int status, String code, String message, List<FieldProblem> errors, Long currentVersion) {
        super(Objects.requireNonNull(message, "message"));
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem's status is 4xx or 5xx: " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = new Object[0];
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.currentVersion = currentVersion;
    }

    private ModuleProblem(ModuleProblem base, Object[] arguments) {
        super(base.getMessage());
        this.status = base.status;
        this.code = base.code;
        this.arguments = arguments.clone();
        this.errors = base.errors;
        this.currentVersion = base.currentVersion;
    }

    /** 400 on one field: the field, its message key and the English message. */
    public static ModuleProblem invalid(String field, String code, String message) {
        return new ModuleProblem(400, code, message, List.of(new FieldProblem(field, code, message)), null);
    }

    /** 400 on several fields at once ({@code error.invalidInput}). */
    public static ModuleProblem invalid(List<FieldProblem> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("name the refused fields");
        }
        StringBuilder text = new StringBuilder("Invalid input");
        for (FieldProblem e : errors) {
            text.append(text.length() == 13 ? ": " : "; ").append(e.field()).append(": ").append(e.message());
        }
        return new ModuleProblem(400, "error.invalidInput", text.toString(), errors, null);
    }

    /** 401: the caller must sign in first ({@code error.unauthenticated}). */
    public static ModuleProblem signIn() {
        return new ModuleProblem(401, "error.unauthenticated",
                "Sign in, or send a valid API token as 'Authorization: Bearer <token>'", null, null);
    }

    /** 403 with a reason of the module's. */
    public static ModuleProblem forbidden(String code, String message) {
        return new ModuleProblem(403, code, message, null, null);
    }

    /** 404 {@code error.notFound}: "{what} does not exist". */
    public static ModuleProblem notFound(String what) {
        return new ModuleProblem(404, "error.notFound", what + " does not exist", null, null);
    }

    /** 409 for a clash with existing data (not a stale version: use {@link #staleVersion}). */
    public static ModuleProblem conflict(String code, String message) {
        return new ModuleProblem(409, code, message, null, null);
    }

    /** 409 {@code error.staleVersion}: someone else changed it; reload {@code currentVersion}. */
    public static ModuleProblem staleVersion(String what, long currentVersion) {
        return new ModuleProblem(409, "error.staleVersion",
                what + " was changed by someone else; reload it (current version " + currentVersion + ")",
                null, currentVersion);
    }

    /** The same problem, with arguments for the translated message ({@code {0}}, {@code {1}}, ... in the bundle). */
    public ModuleProblem withArguments(Object... arguments) {
        return new ModuleProblem(this, arguments);
    }

    public int status() {
        return status;
    }

    /** A message key: the module's own, or one of the platform's {@code error.*} keys. */
    public String code() {
        return code;
    }

    /** Arguments of the translated message. */
    public List<Object> arguments() {
        return arguments == null ? List.of() : Arrays.asList(arguments.clone());
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** After a stale write, the version the data has now; otherwise {@code null}. */
    public Long currentVersion() {
        return currentVersion;
    }
}
