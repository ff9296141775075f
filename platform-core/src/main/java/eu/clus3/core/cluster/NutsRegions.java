package eu.clus3.core.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The NUTS regions the platform knows by name (resource {@code nuts-regions.csv}: every country, and
 * the regions of Italy down to the provinces of Friuli Venezia Giulia). Other codes are accepted when
 * they are well-formed and start with a known country; their region name must then be given.
 */
public final class NutsRegions {

    private static final Pattern CODE = Pattern.compile("^[A-Z]{2}[A-Z0-9]{0,3}$");
    private static final Map<String, String> NAMES = load();

    private NutsRegions() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches() && NAMES.containsKey(code.substring(0, 2));
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** All named regions, code to name, in file order (for region pickers). */
    public static Map<String, String> named() {
        return NAMES;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (var in = NutsRegions.class.getResourceAsStream("nuts-regions.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                int comma = l.indexOf(',');
                names.put(l.substring(0, comma).trim(), l.substring(comma + 1).trim());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }
}
