package eu.clus3.benchmarking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.io.IOException;

/** The module's one JSON mapping (Jackson, which the platform ships with Vaadin): stored documents and API bodies. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    /** A request body as a tree, or null when it is not JSON. */
    public static JsonNode tree(String json) {
        try {
            return json == null || json.isBlank() ? null : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
