package eu.clus3.core.modules;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One resource method of a module's REST endpoint, read from its JAX-RS annotations: the HTTP method, the path below
 * the module's API, what it consumes and produces, its parameters and its answer type. The platform binds calls to it
 * ({@link ModuleCall}) and describes it in the API document ({@link ModuleApiDocument}) from this one reading.
 *
 * @param httpMethod {@code GET}, {@code POST}, ...
 * @param path       the path below {@code /api/modules/<id>/}, without leading or trailing '/', {@code ""} for the root
 * @param method     the module's Java method
 * @param consumes   the media types of the body it accepts (empty: any)
 * @param produces   the media types it answers
 * @param parameters its parameters, in the method's order
 */
record ModuleOperation(String httpMethod, String path, Method method, List<String> consumes, List<String> produces,
                       List<Param> parameters) {

    /** Where a parameter's value comes from. */
    enum Source { PATH, QUERY, HEADER, BODY, CONTEXT }

    /**
     * @param source       where its value comes from
     * @param name         the path, query or header name ({@code body} for the body)
     * @param type         its Java type
     * @param defaultValue its {@code @DefaultValue}, or {@code null}
     */
    record Param(Source source, String name, Type type, String defaultValue) {

        Class<?> rawType() {
            return ModuleTypes.raw(type);
        }

        /** A body read as it is (a file, YAML, text), not as JSON. */
        boolean raw() {
            Class<?> t = rawType();
            return t == String.class || t == byte[].class || t == InputStream.class;
        }
    }

    /** The body parameter, if the method takes one. */
    Optional<Param> body() {
        return parameters.stream().filter(p -> p.source() == Source.BODY).findFirst();
    }

    /** The operations of a module's resource class, in a stable order (path, then HTTP method). */
    static List<ModuleOperation> of(Class<?> resourceClass) {
        String prefix = pathOf(resourceClass.getAnnotation(Path.class));
        List<ModuleOperation> operations = new ArrayList<>();
        for (Method m : resourceClass.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String http = httpMethod(m);
            if (http == null) {
                continue;
            }
            String path = join(prefix, pathOf(m.getAnnotation(Path.class)));
            List<Param> params = new ArrayList<>();
            for (Parameter p : m.getParameters()) {
                params.add(param(m, p));
            }
            if (params.stream().filter(p -> p.source() == Source.BODY).count() > 1) {
                throw new IllegalStateException(m.getDeclaringClass().getSimpleName() + "." + m.getName()
                        + " takes more than one body parameter (every parameter but the body needs @PathParam,"
                        + " @QueryParam, @HeaderParam or @Context)");
            }
            List<String> consumes = mediaTypes(m.getAnnotation(Consumes.class), resourceClass.getAnnotation(Consumes.class),
                    enclosing(resourceClass, Consumes.class));
            if (consumes.isEmpty()) {
                consumes = params.stream().filter(p -> p.source() == Source.BODY && !p.raw())
                        .map(p -> MediaType.APPLICATION_JSON).toList();
            }
            List<String> produces = mediaTypes(m.getAnnotation(Produces.class), resourceClass.getAnnotation(Produces.class),
                    enclosing(resourceClass, Produces.class));
            if (produces.isEmpty()) {
                Class<?> answer = m.getReturnType();
                produces = List.of(answer == String.class ? MediaType.TEXT_PLAIN
                        : answer == byte[].class ? MediaType.APPLICATION_OCTET_STREAM : MediaType.APPLICATION_JSON);
            }
            operations.add(new ModuleOperation(http, path, m, consumes, produces, List.copyOf(params)));
        }
        operations.sort(Comparator.comparing(ModuleOperation::template).thenComparing(ModuleOperation::httpMethod));
        return List.copyOf(operations);
    }

    private static Param param(Method m, Parameter p) {
        String defaultValue = p.isAnnotationPresent(DefaultValue.class) ? p.getAnnotation(DefaultValue.class).value() : null;
        Type type = p.getParameterizedType();
        if (p.isAnnotationPresent(PathParam.class)) {
            return new Param(Source.PATH, p.getAnnotation(PathParam.class).value(), type, defaultValue);
        }
        if (p.isAnnotationPresent(QueryParam.class)) {
            return new Param(Source.QUERY, p.getAnnotation(QueryParam.class).value(), type, defaultValue);
        }
        if (p.isAnnotationPresent(HeaderParam.class)) {
            return new Param(Source.HEADER, p.getAnnotation(HeaderParam.class).value(), type, defaultValue);
        }
        if (p.isAnnotationPresent(Context.class)) {
            Class<?> t = p.getType();
            if (t != HttpHeaders.class && t != UriInfo.class && t != SecurityContext.class
                    && t != ContainerRequestContext.class) {
                throw new IllegalStateException(m.getDeclaringClass().getSimpleName() + "." + m.getName()
                        + ": @Context gives HttpHeaders, UriInfo, SecurityContext or ContainerRequestContext, not "
                        + t.getSimpleName());
            }
            return new Param(Source.CONTEXT, t.getSimpleName(), type, null);
        }
        for (Annotation a : p.getAnnotations()) {
            if (a.annotationType().getPackageName().equals("jakarta.ws.rs")) {
                throw new IllegalStateException(m.getDeclaringClass().getSimpleName() + "." + m.getName() + ": @"
                        + a.annotationType().getSimpleName() + " is not supported on module endpoints");
            }
        }
        return new Param(Source.BODY, "body", type, null);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static <A extends Annotation> A enclosing(Class<?> type, Class<A> annotation) {
        for (Class<?> c = type.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
            A a = c.getAnnotation(annotation);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private static List<String> mediaTypes(Annotation... candidates) {
        for (Annotation a : candidates) {
            String[] values = a instanceof Consumes c ? c.value() : a instanceof Produces p ? p.value() : null;
            if (values != null && values.length > 0) {
                return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                        .filter(v -> !v.isEmpty()).toList();
            }
        }
        return List.of();
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
    }

    /** The path as an OpenAPI template: {@code {id: \d+}} becomes {@code {id}}. */
    String template() {
        return path.replaceAll("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}", "{$1}");
    }
}
