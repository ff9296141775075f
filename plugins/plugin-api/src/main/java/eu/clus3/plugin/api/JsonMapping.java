package eu.clus3.plugin.api;

import java.lang.reflect.Type;
import java.util.List;

/**
 * The platform's one JSON mapping (JSON-B: records, lists, maps, enums by name, {@code java.time} as ISO text,
 * nulls left out), the same that binds a module's REST bodies and answers. Use it for stored documents too, so
 * that what a module stores, receives and answers is written one way. Per module: released when it stops.
 *
 * @since 1.4.0
 */
public interface JsonMapping {

    /** The value as JSON text. */
    String write(Object value);

    /**
     * JSON text as a value of this type. Text that is not JSON, or JSON of another shape, raises
     * {@link InvalidDocumentException} naming what could not be read; a {@link ModuleProblem} thrown by the
     * type's constructor (a record checking its fields) comes through as it is.
     */
    <T> T read(String json, Class<T> type);

    /** JSON text as a value of a generic type, e.g. a {@code Map<String, Answer>}. */
    <T> T read(String json, Type type);

    /** A JSON array as a list of this type. */
    <T> List<T> readList(String json, Class<T> elementType);
}
