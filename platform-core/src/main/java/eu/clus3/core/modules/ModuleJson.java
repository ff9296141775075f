package eu.clus3.core.modules;

import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.JsonMapping;
import eu.clus3.plugin.api.ModuleProblem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A module's JSON mapping: JSON-B with the defaults the core API runs on (Jersey's own JSON-B provider), so that a
 * module's REST bodies, answers and stored documents read and write like the core's. One per started module, never
 * shared: JSON-B keeps a model of every class it has seen, and a module's classes must go when the module stops
 * ({@link #close()}). The plugin test kit gives module tests the same mapping.
 */
public final class ModuleJson implements JsonMapping, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ModuleJson.class.getName());

    /** Deeper nesting is refused before parsing: JSON-B reads nesting by recursion, and a few thousand levels overflow. */
    static final int MAX_DEPTH = 100;

    private volatile Jsonb jsonb;
    private volatile boolean closed;

    private Jsonb jsonb() {
        Jsonb j = jsonb;
        if (j == null) {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("The module has stopped: its JSON mapping is closed");
                }
                if (jsonb == null) {
                    jsonb = JsonbBuilder.create();
                }
                j = jsonb;
            }
        }
        return j;
    }

    @Override
    public String write(Object value) {
        try {
            return jsonb().toJson(value);
        } catch (JsonbException e) {
            throw new IllegalStateException("Cannot write " + (value == null ? "null" : value.getClass().getName())
                    + " as JSON (JSON-B reads public types only: make the record and the classes around it public)", e);
        }
    }

    @Override
    public <T> T read(String json, Class<T> type) {
        return read(json, (Type) type);
    }

    @Override
    public <T> T read(String json, Type type) {
        if (json == null || json.isBlank()) {
            throw new InvalidDocumentException("Expected JSON for " + typeName(type) + ", found nothing");
        }
        if (tooDeep(json)) {
            throw new InvalidDocumentException("JSON nested more than " + MAX_DEPTH + " levels deep is not read");
        }
        try {
            return jsonb().fromJson(json, type);
        } catch (JsonbException e) {
            throw refusal(e, type);
        }
    }

    /**
     * A request body as a value of the parameter's type. A module's own refusal from a record's constructor comes
     * through as it is; JSON-B's other refusals too, for the REST layer to name the field (ProblemMappers).
     */
    <T> T readBody(InputStream body, Type type) {
        try {
            return jsonb().fromJson(body, type);
        } catch (JsonbException e) {
            RuntimeException refusal = refusal(e, type);
            throw refusal instanceof ModuleProblem ? refusal : e;
        }
    }

    /** Whether JSON text nests arrays and objects deeper than {@link #MAX_DEPTH} (strings are skipped). */
    static boolean tooDeep(CharSequence json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }

    @Override
    public <T> List<T> readList(String json, Class<T> elementType) {
        return read(json, new ListOf(elementType));
    }

    /**
     * A module's own refusal from a record's constructor comes through as it is; the rest names what could not be
     * read, as an {@link InvalidDocumentException} whose cause keeps JSON-B's words (the REST mapping finds the
     * property in them).
     */
    static RuntimeException refusal(JsonbException e, Type type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModuleProblem problem) {
                return problem;
            }
        }
        InvalidDocumentException invalid = new InvalidDocumentException(
                "Not valid JSON for " + typeName(type) + ": " + e.getMessage());
        invalid.initCause(e);
        return invalid;
    }

    private static String typeName(Type type) {
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }

    @Override
    public synchronized void close() {
        closed = true;
        Jsonb j = jsonb;
        jsonb = null;
        if (j != null) {
            try {
                j.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing a module's JSON-B failed", e);
            }
        }
    }

    /** {@code List<element>} as a type JSON-B reads. */
    private record ListOf(Type element) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[]{element};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
