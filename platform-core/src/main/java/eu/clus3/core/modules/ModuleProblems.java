package eu.clus3.core.modules;

import eu.clus3.core.api.ProblemMappers;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.TooLargeException;
import eu.clus3.core.shared.UnsupportedTypeException;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.StaleDocumentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * The plugin API's errors — a module's {@link ModuleProblem} and the store's refusals — answered like the core's
 * own: the same problem document, titles and codes. The UI shows them through the same conversions.
 */
public final class ModuleProblems {

    private ModuleProblems() {
    }

    /** A module's problem as the platform's one error type, so that REST and the UI treat it like a core error. */
    public static Clus3Exception asPlatformError(ModuleProblem p) {
        return new Refusal(p);
    }

    /** A store's stale write as the core's: 409 {@code error.staleVersion} with the current version. */
    public static Clus3Exception asPlatformError(StaleDocumentException e) {
        return new ConflictException("error.staleVersion", e.getMessage(), e.currentVersion());
    }

    /** A module file the platform refused, on the field {@code file}: 413 (too large, over quota), 415 (type) or 400. */
    public static Clus3Exception asPlatformError(RefusedFileException e) {
        String code = "module.file" + switch (e.reason()) {
            case TOO_LARGE -> "TooLarge";
            case QUOTA_EXCEEDED -> "Quota";
            case TYPE_NOT_ACCEPTED -> "Type";
            case EMPTY -> "Empty";
            case INVALID_NAME -> "Name";
        };
        return switch (e.status()) {
            case 413 -> new TooLargeException("file", code, e.getMessage());
            case 415 -> new UnsupportedTypeException("file", code, e.getMessage());
            default -> InvalidInputException.of("file", code, e.getMessage());
        };
    }

    /** A {@link ModuleProblem} seen as a {@link Clus3Exception}: status, title, code, field errors, current version. */
    static final class Refusal extends ConflictException {

        private final ModuleProblem problem;

        Refusal(ModuleProblem problem) {
            super(problem.code(), problem.getMessage(), problem.currentVersion());
            this.problem = problem;
        }

        @Override
        public int status() {
            return problem.status();
        }

        @Override
        public String title() {
            return switch (problem.status()) {
                case 400 -> "Invalid input";
                case 401 -> "Authentication required";
                case 403 -> "Forbidden";
                case 404 -> "Not found";
                case 409 -> "Conflict";
                case 413 -> "Too large";
                case 415 -> "Unsupported type";
                case 429 -> "Too many requests";
                default -> {
                    Response.Status known = Response.Status.fromStatusCode(problem.status());
                    yield known == null ? "Error" : known.getReasonPhrase();
                }
            };
        }

        @Override
        public List<FieldError> fieldErrors() {
            return problem.errors().stream().map(e -> new FieldError(e.field(), e.code(), e.message())).toList();
        }
    }

    @Provider
    public static class Problems implements ExceptionMapper<ModuleProblem> {
        @Override
        public Response toResponse(ModuleProblem e) {
            return new ProblemMappers.DomainErrors().toResponse(asPlatformError(e));
        }
    }

    @Provider
    public static class StaleDocuments implements ExceptionMapper<StaleDocumentException> {
        @Override
        public Response toResponse(StaleDocumentException e) {
            return new ProblemMappers.DomainErrors().toResponse(asPlatformError(e));
        }
    }

    /** A module file refused by the platform: 413 (too large, over quota), 415 (type) or 400, on the field {@code file}. */
    @Provider
    public static class RefusedFiles implements ExceptionMapper<RefusedFileException> {
        @Override
        public Response toResponse(RefusedFileException e) {
            return new ProblemMappers.DomainErrors().toResponse(asPlatformError(e));
        }
    }

    @Provider
    public static class InvalidDocuments implements ExceptionMapper<InvalidDocumentException> {
        @Override
        public Response toResponse(InvalidDocumentException e) {
            return new ProblemMappers.DomainErrors().toResponse(
                    InvalidInputException.of("document", "module.invalidDocument", e.getMessage()));
        }
    }
}
