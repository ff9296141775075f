package eu.clus3.core.identity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What people say about themselves on their profile. */
public record PersonProfile(String displayName, String email, String organisation, String positionTitle,
                            List<String> languages, List<String> expertise) {

    static String joinTags(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return null;
        }
        String joined = tags.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).distinct()
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }

    static List<String> splitTags(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::trim).toList();
    }
}
