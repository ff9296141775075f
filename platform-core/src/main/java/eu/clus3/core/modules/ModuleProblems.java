package eu.clus3.core.modules;

import eu.clus3.core.api.ProblemMappers;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.TooLargeException;
import eu.clus3.core.shared.UnsupportedTypeException;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.StaleDocumentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The plugin API's store errors, when a module's endpoint lets them through, answered like the core's own. */
public final class ModuleProblems {

    private ModuleProblems() {
    }

    @Provider
    public static class StaleDocuments implements ExceptionMapper<StaleDocumentException> {
        @Override
        public Response toResponse(StaleDocumentException e) {
            return new ProblemMappers.DomainErrors().toResponse(
                    new ConflictException("error.staleVersion", e.getMessage(), e.currentVersion()));
        }
    }

    /** A module file refused by the platform: 413 (too large, over quota), 415 (type) or 400, on the field {@code file}. */
    @Provider
    public static class RefusedFiles implements ExceptionMapper<RefusedFileException> {
        @Override
        public Response toResponse(RefusedFileException e) {
            String code = "module.file" + switch (e.reason()) {
                case TOO_LARGE -> "TooLarge";
                case QUOTA_EXCEEDED -> "Quota";
                case TYPE_NOT_ACCEPTED -> "Type";
                case EMPTY -> "Empty";
                case INVALID_NAME -> "Name";
            };
            InvalidInputException problem = switch (e.status()) {
                case 413 -> new TooLargeException("file", code, e.getMessage());
                case 415 -> new UnsupportedTypeException("file", code, e.getMessage());
                default -> InvalidInputException.of("file", code, e.getMessage());
            };
            return new ProblemMappers.DomainErrors().toResponse(problem);
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
