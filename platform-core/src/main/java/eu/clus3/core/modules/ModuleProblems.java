package eu.clus3.core.modules;

import eu.clus3.core.api.ProblemMappers;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.plugin.api.InvalidDocumentException;
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

    @Provider
    public static class InvalidDocuments implements ExceptionMapper<InvalidDocumentException> {
        @Override
        public Response toResponse(InvalidDocumentException e) {
            return new ProblemMappers.DomainErrors().toResponse(
                    InvalidInputException.of("document", "module.invalidDocument", e.getMessage()));
        }
    }
}
