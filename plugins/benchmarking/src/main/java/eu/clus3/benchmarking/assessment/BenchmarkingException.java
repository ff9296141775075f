package eu.clus3.benchmarking.assessment;

import java.util.List;

/**
 * Why the module refuses a request; nothing was changed. REST answers it as a problem document with the
 * same shape as the platform's (status, code, field errors, the current version after a conflict); views
 * show its message.
 */
public class BenchmarkingException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldProblem> errors;
    private final Long currentVersion;

    public BenchmarkingException(int status, String code, String message, List<FieldProblem> errors, Long currentVersion) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.currentVersion = currentVersion;
    }

    public static BenchmarkingException invalid(String message, List<FieldProblem> errors) {
        return new BenchmarkingException(400, "benchmarking.invalid", message, errors, null);
    }

    public static BenchmarkingException invalid(String field, String code, String message) {
        return new BenchmarkingException(400, code, message, List.of(new FieldProblem(field, code, message)), null);
    }

    public static BenchmarkingException signIn() {
        return new BenchmarkingException(401, "benchmarking.signIn", "Sign in first", null, null);
    }

    public static BenchmarkingException forbidden(String code, String message) {
        return new BenchmarkingException(403, code, message, null, null);
    }

    public static BenchmarkingException notFound(String what) {
        return new BenchmarkingException(404, "benchmarking.notFound", what + " does not exist", null, null);
    }

    public static BenchmarkingException conflict(String code, String message, Long currentVersion) {
        return new BenchmarkingException(409, code, message, null, currentVersion);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
