package eu.clus3.core.modules;

import eu.clus3.core.api.RequestSizeFilter;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.TooLargeException;
import eu.clus3.core.shared.UnsupportedTypeException;
import eu.clus3.core.shared.Uploads;
import eu.clus3.plugin.api.Created;
import eu.clus3.plugin.api.ModuleProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.process.Inflector;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds HTTP calls to one resource method of a module: reads its parameters from the request (JSON bodies with the
 * module's {@link ModuleJson}), calls it on the module's object, and writes its answer — so that Jersey only ever sees
 * this platform class and byte answers, and keeps nothing of the module's classes in its caches (readers, writers,
 * validation, telemetry) after the module stops. Errors go to the platform's exception mappers unchanged.
 */
final class ModuleCall implements Inflector<ContainerRequestContext, Response> {

    private final String moduleId;
    private final ModuleOperation operation;
    private final Object target;
    private final ModuleJson json;

    ModuleCall(String moduleId, ModuleOperation operation, Object target, ModuleJson json) {
        this.moduleId = moduleId;
        this.operation = operation;
        this.target = target;
        this.json = json;
    }

    @Override
    public Response apply(ContainerRequestContext request) {
        Object[] arguments = arguments(request);
        Object answer;
        try {
            answer = operation.method().invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(operation.method().getName() + " of module " + moduleId + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Module " + moduleId + "'s method " + operation.method().getName()
                    + " cannot be called", e);
        }
        return answer(answer);
    }

    private Object[] arguments(ContainerRequestContext request) {
        List<ModuleOperation.Param> params = operation.parameters();
        Object[] values = new Object[params.size()];
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ModuleOperation.Param p = params.get(i);
            try {
                values[i] = switch (p.source()) {
                    case PATH -> text(p, request.getUriInfo().getPathParameters(true).get(p.name()));
                    case QUERY -> text(p, request.getUriInfo().getQueryParameters(true).get(p.name()));
                    case HEADER -> text(p, request.getHeaders().get(p.name()));
                    case CONTEXT -> context(p, request);
                    case BODY -> body(p, request);
                };
            } catch (IllegalArgumentException e) {
                if (p.source() == ModuleOperation.Source.PATH) {
                    throw new NotFoundException("Resource", request.getUriInfo().getPath());
                }
                refused.add(new FieldError(p.name(), "validation.type", p.name() + ": " + e.getMessage()));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return values;
    }

    private static Object text(ModuleOperation.Param p, List<String> sent) {
        List<String> texts = sent == null || sent.isEmpty()
                ? (p.defaultValue() == null ? List.of() : List.of(p.defaultValue())) : sent;
        return ModuleTypes.read(p.type(), texts);
    }

    private static Object context(ModuleOperation.Param p, ContainerRequestContext request) {
        Class<?> type = p.rawType();
        if (type == jakarta.ws.rs.core.UriInfo.class) {
            return request.getUriInfo();
        }
        if (type == jakarta.ws.rs.core.SecurityContext.class) {
            return request.getSecurityContext();
        }
        if (type == HttpHeaders.class && request instanceof HttpHeaders headers) {
            return headers;
        }
        return request;
    }

    private Object body(ModuleOperation.Param p, ContainerRequestContext request) {
        Class<?> type = p.rawType();
        InputStream in = request.hasEntity() ? request.getEntityStream() : InputStream.nullInputStream();
        if (type == InputStream.class) {
            return in;
        }
        if (type == byte[].class) {
            return Uploads.readAtMost(in, Long.MAX_VALUE, IllegalStateException::new);
        }
        if (type == String.class) {
            return new String(Uploads.readAtMost(in, Long.MAX_VALUE, IllegalStateException::new), charset(request.getMediaType()));
        }
        MediaType sent = request.getMediaType();
        if (sent != null && !sent.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !sent.getSubtype().endsWith("+json")) {
            throw new UnsupportedTypeException("body", "validation.mediaType",
                    "Send the body as application/json, not " + sent.getType() + "/" + sent.getSubtype());
        }
        // A JSON body is never a file: the core API's limit applies, not the module file limit
        byte[] bytes = Uploads.readAtMost(in, RequestSizeFilter.MAX_BODY_BYTES, () -> new TooLargeException("body",
                "validation.tooLarge", "The body is larger than " + RequestSizeFilter.MAX_BODY_BYTES / 1024 + " KiB"));
        if (isBlank(bytes)) {
            throw InvalidInputException.of("body", "validation.required", "This call needs a JSON body");
        }
        if (ModuleJson.tooDeep(new String(bytes, StandardCharsets.UTF_8))) {
            throw InvalidInputException.of("body", "validation.tooDeep",
                    "The body nests more than " + ModuleJson.MAX_DEPTH + " levels deep");
        }
        // JSON-B's refusals go to the core's mapping, which names the field that could not be read
        Object value = json.readBody(new ByteArrayInputStream(bytes), p.type());
        if (value == null) {
            throw InvalidInputException.of("body", "validation.required", "This call needs a JSON body, not null");
        }
        return value;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name != null) {
            try {
                return Charset.forName(name.replace("\"", "").trim());
            } catch (IllegalArgumentException e) {
                // unknown: read as UTF-8 like everything else here
            }
        }
        return StandardCharsets.UTF_8;
    }

    private Response answer(Object answer) {
        if (answer instanceof Response r) {
            return r;
        }
        if (answer == null) {
            return operation.method().getReturnType() == void.class ? Response.noContent().build()
                    : Response.ok(jsonBytes(null), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
        }
        if (answer instanceof Created<?> created) {
            return Response.created(URI.create("modules/" + moduleId + "/" + created.location().replaceAll("^/+", "")))
                    .entity(jsonBytes(created.body())).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
        }
        if (answer instanceof byte[] bytes) {
            return Response.ok(bytes, produced(MediaType.APPLICATION_OCTET_STREAM)).build();
        }
        if (answer instanceof String text && !producesJson()) {
            return Response.ok(text.getBytes(StandardCharsets.UTF_8), produced(MediaType.TEXT_PLAIN) + ";charset=utf-8").build();
        }
        if (answer instanceof String text) {
            // a 1.3 module's JSON text, sent as it is
            return Response.ok(text.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
        }
        return Response.ok(jsonBytes(answer), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }

    private byte[] jsonBytes(Object value) {
        return (value == null ? "null" : json.write(value)).getBytes(StandardCharsets.UTF_8);
    }

    private boolean producesJson() {
        return operation.produces().stream().anyMatch(t -> t.startsWith(MediaType.APPLICATION_JSON));
    }

    private String produced(String fallback) {
        return operation.produces().stream().filter(t -> !t.contains("*")).findFirst().orElse(fallback);
    }
}
