package eu.clus3.benchmarking.edition;

import java.util.List;
import java.util.Optional;

/**
 * A versioned indicator framework: areas and their indicators. Data, not code (DOMAIN.md): a new edition
 * is imported as a file, and every benchmarking records the edition it used.
 *
 * @param id        unique, e.g. {@code clus3-2026}; never reused for different content
 * @param title     its name
 * @param published when it was published (ISO date), or {@code null}
 */
public record Edition(String id, Text title, String published, List<Area> areas) {

    public Edition {
        areas = List.copyOf(areas);
    }

    public List<Indicator> indicators() {
        return areas.stream().flatMap(a -> a.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    public Optional<Area> areaOf(String indicatorId) {
        return areas.stream().filter(a -> a.indicators().stream().anyMatch(i -> i.id().equals(indicatorId))).findFirst();
    }
}
