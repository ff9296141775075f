package eu.clus3.benchmarking.edition;

import java.util.List;

/** One of an edition's areas (e.g. "financing of the cluster management") and its indicators. */
public record Area(String id, Text name, List<Indicator> indicators) {

    public Area {
        indicators = List.copyOf(indicators);
    }
}
