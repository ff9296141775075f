package eu.clus3.benchmarking.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The edition the module ships: 36 indicators in the six areas of DOMAIN.md, in our own words (the official
 * texts are not public). The official edition can be imported later as a file of the same form. {@link Editions} reads
 * it once per start of the module.
 */
public final class DefaultEdition {

    public static final String RESOURCE = "/eu/clus3/benchmarking/default-edition.json";

    private DefaultEdition() {
    }

    public static String json() {
        try (InputStream in = DefaultEdition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The module jar lacks " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
