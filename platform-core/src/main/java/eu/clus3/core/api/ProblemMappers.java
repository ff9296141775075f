package eu.clus3.core.api;

import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.TooManyRequestsException;
import eu.clus3.core.shared.UnauthenticatedException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one place where exceptions become HTTP answers: always a problem document, never a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A body cut off by the size limit surfaces wrapped in JSON or reading errors: it is still a 413. */
    private static Problem tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestSizeFilter.BodyTooLargeException tooLarge) {
                return tooLarge.problem();
            }
        }
        return null;
    }

    @Provider
    public static class DomainErrors implements ExceptionMapper<Clus3Exception> {
        @Override
        public Response toResponse(Clus3Exception e) {
            Response.ResponseBuilder answer = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(Problem.of(e));
            if (e instanceof UnauthenticatedException) {
                answer.header("WWW-Authenticate", "Bearer realm=\"clus3\"");
            }
            if (e instanceof TooManyRequestsException t) {
                answer.header("Retry-After", Math.max(1, t.retryAfter().toSeconds()));
            }
            return answer.build();
        }
    }

    /** JAX-RS's own errors: unknown path (404), wrong method (405), wrong media type (415), ... */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getResponse().getEntity() instanceof Problem problem) {
                return respond(problem);
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (tooLarge(e.getCause()) != null) {
                return respond(tooLarge(e.getCause()));
            }
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonParsingException) {
                return malformed(e.getCause());
            }
            String detail = status.getStatusCode() == 404 ? "No such resource" : status.getReasonPhrase();
            return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail));
        }
    }

    /** Yasson names the property it could not read ("... property 'portfolio' ..."): the field to blame. */
    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '?([A-Za-z0-9_]{1,64})'?");

    private static final java.util.regex.Pattern ENUM = java.util.regex.Pattern.compile(
            "No enum constant (eu\\.clus3\\.[\\w.$]+)\\.(\\w{1,64})");

    static Response malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher en = ENUM.matcher(String.valueOf(t.getMessage()));
            if (en.find()) {
                return respond(Problem.of(400, "Invalid value", "'" + en.group(2) + "' is not one of "
                        + allowedValues(en.group(1))));
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return respond(Problem.of(new eu.clus3.core.shared.InvalidInputException(java.util.List.of(
                        new eu.clus3.core.shared.FieldError(m.group(1), "validation.type",
                                m.group(1) + " has a value of the wrong type or outside the allowed values"))))
                );
            }
        }
        return respond(Problem.of(400, "Malformed JSON",
                "The request body is not valid JSON for this call, or a value has the wrong type"));
    }

    private static String allowedValues(String enumClass) {
        try {
            Object[] constants = Class.forName(enumClass, false, ProblemMappers.class.getClassLoader()).getEnumConstants();
            return constants == null ? "the allowed values" : java.util.Arrays.toString(constants);
        } catch (ClassNotFoundException e) {
            return "the allowed values";
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape or types. */
    @Provider
    public static class BodyErrors implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            if (tooLarge(e) != null) {
                return respond(tooLarge(e));
            }
            return malformed(e);
        }
    }

    @Provider
    public static class ReadErrors implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            if (tooLarge(e) != null) {
                return respond(tooLarge(e));
            }
            if (e.getCause() instanceof JsonbException) {
                return malformed(e.getCause());
            }
            return respond(Problem.of(400, "Malformed request", "The request body could not be read"));
        }
    }

    /** The search index cannot serve (closed, or its files failed): the rest of the platform still can. */
    @Provider
    public static class SearchUnavailable implements ExceptionMapper<eu.clus3.search.IndexUnavailableException> {
        @Override
        public Response toResponse(eu.clus3.search.IndexUnavailableException e) {
            LOG.log(Level.WARNING, "Search index unavailable", e);
            return Response.fromResponse(respond(Problem.of(503, "Search unavailable",
                    "Search is not available at the moment; try again shortly"))).header("Retry-After", 5).build();
        }
    }

    /** Anything unforeseen: logged with an incident id that the answer repeats, details kept inside. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return respond(Problem.of(500, "Internal error",
                    "Something went wrong on our side (incident " + incident + ")"));
        }
    }
}
