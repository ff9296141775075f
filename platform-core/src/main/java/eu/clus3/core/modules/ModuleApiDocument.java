package eu.clus3.core.modules;

import eu.clus3.plugin.api.Created;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A running module's endpoints in the platform's API document ({@code /openapi}): one path per operation under
 * {@code /api/modules/<id>/}, parameters and bodies with JSON schemas of the module's records (components named
 * {@code <moduleId>.<Type>}), answers with their status (200, 201 with {@code Location}, 204) and the platform's
 * problem document for refusals. Written from the same reading of the module's methods ({@link ModuleOperation})
 * that binds its calls, so the document cannot drift from what the server does; {@link #remove} takes it all out
 * again when the module stops.
 */
final class ModuleApiDocument {

    /** The platform's error document, described once for every module (application/problem+json). */
    static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final String API = "/api/modules/";

    private final String moduleId;
    private final Map<String, Schema> schemas = new TreeMap<>();
    private final Map<Class<?>, String> named = new HashMap<>();

    private ModuleApiDocument(String moduleId) {
        this.moduleId = moduleId;
    }

    /** Adds the module's operations (replacing what an older version of it added). */
    static void add(OpenAPI document, String moduleId, String description, List<ModuleOperation> operations) {
        remove(document, moduleId);
        ModuleApiDocument module = new ModuleApiDocument(moduleId);
        if (document.getPaths() == null) {
            document.setPaths(OASFactory.createPaths());
        }
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        problemSchemas(document);
        Map<String, PathItem> items = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (ModuleOperation operation : operations) {
            String path = API + moduleId + (operation.template().isEmpty() ? "" : "/" + operation.template());
            PathItem item = items.computeIfAbsent(path, p -> OASFactory.createPathItem());
            int seen = ids.merge(operation.method().getName(), 1, Integer::sum);
            item.setOperation(PathItem.HttpMethod.valueOf(operation.httpMethod().toUpperCase(Locale.ROOT)),
                    module.operation(operation, seen == 1 ? "" : "_" + seen));
        }
        items.forEach((path, item) -> document.getPaths().addPathItem(path, item));
        module.schemas.forEach((name, schema) -> document.getComponents().addSchema(name, schema));
        document.addTag(OASFactory.createTag().name(tag(moduleId)).description(description));
    }

    /** Takes out everything {@link #add} put in for this module, and the locator's phantom path. */
    static void remove(OpenAPI document, String moduleId) {
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            for (String path : List.copyOf(document.getPaths().getPathItems().keySet())) {
                if (path.equals(API + moduleId) || path.startsWith(API + moduleId + "/") || path.equals(API + "{moduleId}")) {
                    document.getPaths().removePathItem(path);
                }
            }
        }
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            for (String name : List.copyOf(document.getComponents().getSchemas().keySet())) {
                if (name.startsWith(moduleId + ".")) {
                    document.getComponents().removeSchema(name);
                }
            }
        }
        if (document.getTags() != null) {
            for (Tag tag : List.copyOf(document.getTags())) {
                if (tag(moduleId).equals(tag.getName())) {
                    document.removeTag(tag);
                }
            }
        }
    }

    static String tag(String moduleId) {
        return "Module " + moduleId;
    }

    private Operation operation(ModuleOperation op, String suffix) {
        Method m = op.method();
        Operation operation = OASFactory.createOperation()
                .operationId(moduleId + "_" + m.getName() + suffix)
                .summary(words(m.getName()))
                .addTag(tag(moduleId));
        for (ModuleOperation.Param p : op.parameters()) {
            switch (p.source()) {
                case PATH, QUERY, HEADER -> operation.addParameter(parameter(p));
                case BODY -> operation.setRequestBody(OASFactory.createRequestBody().required(true)
                        .content(content(p.raw() ? raw(p.rawType()) : schema(p.type()), bodyTypes(op, p))));
                case CONTEXT -> { }
            }
        }
        APIResponses responses = OASFactory.createAPIResponses();
        Class<?> answer = m.getReturnType();
        if (answer == void.class) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done"));
        } else if (answer == Created.class) {
            responses.addAPIResponse("201", OASFactory.createAPIResponse().description("Created")
                    .addHeader("Location", OASFactory.createHeader().description("The address of what was created")
                            .schema(OASFactory.createSchema().type(SchemaType.STRING).format("uri")))
                    .content(content(schema(ModuleTypes.argument(m.getGenericReturnType(), 0)), List.of(MediaType.APPLICATION_JSON))));
        } else if (answer == Response.class || answer == String.class || answer == byte[].class) {
            List<String> types = op.produces();
            Schema s = types.stream().allMatch(t -> t.contains("json")) ? OASFactory.createSchema()
                    : answer == String.class || types.stream().allMatch(t -> t.startsWith("text/") || t.contains("xml"))
                    ? OASFactory.createSchema().type(SchemaType.STRING)
                    : OASFactory.createSchema().type(SchemaType.STRING).format("binary");
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK").content(content(s, types)));
        } else {
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                    .content(content(schema(m.getGenericReturnType()), List.of(MediaType.APPLICATION_JSON))));
        }
        boolean takesInput = op.parameters().stream().anyMatch(p -> p.source() != ModuleOperation.Source.CONTEXT);
        boolean writes = !List.of("GET", "HEAD", "OPTIONS").contains(op.httpMethod());
        if (takesInput) {
            responses.addAPIResponse("400", problem("Refused input: errors[] names each field"));
        }
        responses.addAPIResponse("401", problem("Sign in, or send a valid API token"));
        responses.addAPIResponse("403", problem("Not allowed for the caller"));
        responses.addAPIResponse("404", problem("Not found, or the module is not running"));
        if (writes) {
            responses.addAPIResponse("409", problem("Changed by someone else (currentVersion tells the version to reload)"));
        }
        if (op.body().isPresent()) {
            responses.addAPIResponse("413", problem("The body is too large"));
            responses.addAPIResponse("415", problem("The body's type is not accepted"));
        }
        return operation.responses(responses);
    }

    private Parameter parameter(ModuleOperation.Param p) {
        Parameter.In in = switch (p.source()) {
            case PATH -> Parameter.In.PATH;
            case HEADER -> Parameter.In.HEADER;
            default -> Parameter.In.QUERY;
        };
        Schema s = schema(p.type());
        if (p.defaultValue() != null) {
            s.setDefaultValue(p.defaultValue());
        }
        return OASFactory.createParameter().name(p.name()).in(in).required(p.source() == ModuleOperation.Source.PATH)
                .schema(s);
    }

    private static List<String> bodyTypes(ModuleOperation op, ModuleOperation.Param body) {
        if (!op.consumes().isEmpty()) {
            return op.consumes();
        }
        return List.of(body.raw() ? MediaType.WILDCARD : MediaType.APPLICATION_JSON);
    }

    private static Schema raw(Class<?> type) {
        return type == String.class ? OASFactory.createSchema().type(SchemaType.STRING)
                : OASFactory.createSchema().type(SchemaType.STRING).format("binary");
    }

    private static Content content(Schema schema, List<String> types) {
        Content content = OASFactory.createContent();
        for (String t : types) {
            content.addMediaType(t, OASFactory.createMediaType().schema(schema));
        }
        return content;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(content(ref(PROBLEM), List.of("application/problem+json")));
    }

    /** The problem document and its field errors, as the platform writes them (eu.clus3.core.api.Problem). */
    private static void problemSchemas(OpenAPI document) {
        Map<String, Schema> existing = document.getComponents().getSchemas();
        if (existing != null && existing.containsKey(PROBLEM)) {
            return;
        }
        document.getComponents().addSchema(FIELD_ERROR, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("One refused field: its name as sent, a message key, an English message")
                .addProperty("field", string()).addProperty("code", string()).addProperty("message", string())
                .required(List.of("field", "code", "message")));
        document.getComponents().addSchema(PROBLEM, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("An RFC 9457 problem document: what every error of the API looks like")
                .addProperty("type", string()).addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string())
                .addProperty("code", string().description("A stable message key, e.g. error.staleVersion"))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY).items(ref(FIELD_ERROR)))
                .addProperty("currentVersion", OASFactory.createSchema().type(SchemaType.INTEGER).format("int64")
                        .description("After a conflict on a stale version: the version to reload"))
                .required(List.of("type", "title", "status")));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(SchemaType.STRING);
    }

    private static Schema ref(String component) {
        return OASFactory.createSchema().ref("#/components/schemas/" + component);
    }

    /** The JSON schema of a Java type as JSON-B writes it; records, enums and classes become named components. */
    Schema schema(Type type) {
        Class<?> raw = ModuleTypes.raw(type);
        if (raw == String.class || raw == char.class || raw == Character.class || raw == Locale.class) {
            return string();
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER).format("double");
        }
        if (raw == float.class || raw == Float.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER).format("float");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class
                || raw == LocalDateTime.class || raw == java.util.Date.class) {
            return string().format("date-time");
        }
        if (raw == LocalDate.class) {
            return string().format("date");
        }
        if (raw == LocalTime.class) {
            return string().format("time");
        }
        if (raw == Duration.class) {
            return string().format("duration");
        }
        if (raw == UUID.class) {
            return string().format("uuid");
        }
        if (raw == java.net.URI.class || raw == java.net.URL.class) {
            return string().format("uri");
        }
        if (raw == Optional.class) {
            return schema(ModuleTypes.argument(type, 0));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(schema(ModuleTypes.argument(type, 0)));
        }
        if (raw.isArray()) {
            Type component = type instanceof java.lang.reflect.GenericArrayType g ? g.getGenericComponentType()
                    : raw.getComponentType();
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(schema(component));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.OBJECT)
                    .additionalPropertiesSchema(schema(ModuleTypes.argument(type, 1)));
        }
        if (raw == Object.class || raw.isInterface() || raw.getName().startsWith("java.")
                || raw.getName().startsWith("jakarta.") || raw.getName().startsWith("com.fasterxml.")) {
            return OASFactory.createSchema(); // any JSON
        }
        return ref(component(raw));
    }

    /** Registers the class as a component (once) and answers its name. */
    private String component(Class<?> type) {
        String existing = named.get(type);
        if (existing != null) {
            return existing;
        }
        String name = moduleId + "." + nestedName(type);
        for (int n = 2; schemas.containsKey(name); n++) {
            name = moduleId + "." + nestedName(type) + n;
        }
        named.put(type, name);
        Schema s = OASFactory.createSchema();
        schemas.put(name, s);
        if (type.isEnum()) {
            s.type(SchemaType.STRING);
            for (Object constant : type.getEnumConstants()) {
                s.addEnumeration(((Enum<?>) constant).name());
            }
            return name;
        }
        s.type(SchemaType.OBJECT);
        Map<String, Schema> properties = new TreeMap<>(); // JSON-B writes properties in lexicographic order
        List<String> required = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                String property = propertyName(c.getName(), c.getAccessor());
                properties.put(property, schema(c.getGenericType()));
                if (c.getType().isPrimitive()) {
                    required.add(property);
                }
            }
        }
        for (Method m : type.getMethods()) {
            String property = getterProperty(m);
            if (property != null && !properties.containsKey(property)
                    && !(type.isRecord() && isComponent(type, m.getName()))) {
                properties.put(propertyName(property, m), schema(m.getGenericReturnType()));
            }
        }
        properties.forEach(s::addProperty);
        if (!required.isEmpty()) {
            s.setRequired(required.stream().sorted().toList());
        }
        return name;
    }

    private static boolean isComponent(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A public getter JSON-B writes ({@code getX()}, {@code isX()} for booleans), or null. */
    private static String getterProperty(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
                || m.getDeclaringClass() == Record.class || m.isAnnotationPresent(JsonbTransient.class)
                || m.getReturnType() == void.class || m.isSynthetic()) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3)) && !n.equals("getClass")) {
            return Character.toLowerCase(n.charAt(3)) + n.substring(4);
        }
        if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))
                && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
            return Character.toLowerCase(n.charAt(2)) + n.substring(3);
        }
        return null;
    }

    private static String propertyName(String name, Method accessor) {
        JsonbProperty renamed = accessor.getAnnotation(JsonbProperty.class);
        return renamed != null && !renamed.value().isBlank() ? renamed.value() : name;
    }

    /** {@code Outer.Inner} for nested classes, the simple name otherwise. */
    private static String nestedName(Class<?> type) {
        String simple = type.getSimpleName().replaceAll("[^A-Za-z0-9_]", "");
        return type.getEnclosingClass() == null ? simple : nestedName(type.getEnclosingClass()) + "." + simple;
    }

    /** {@code importEdition} → "Import edition". */
    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
