package eu.clus3.benchmarking.scoring;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Peer-group averages for one cluster's report. No ranking and no other cluster's own figures, ever:
 * a group, an area or an indicator is shown only as a mean over at least {@link #MIN_PEERS} other
 * clusters (the cluster itself never counts towards that number), otherwise not at all.
 */
public final class PeerComparison {

    /** The fewest other clusters whose figures may be shown, averaged. */
    public static final int MIN_PEERS = 5;

    private PeerComparison() {
    }

    /**
     * @param self       the cluster of the report
     * @param population the latest completed results of every cluster for the same edition (self may be among them)
     */
    public static Map<PeerGroup, PeerFigures> compare(ClusterResult self, Collection<ClusterResult> population) {
        List<ClusterResult> others = population.stream().filter(r -> r.clusterId() != self.clusterId()).toList();
        Map<PeerGroup, PeerFigures> groups = new EnumMap<>(PeerGroup.class);
        groups.put(PeerGroup.PORTFOLIO, figures(PeerGroup.PORTFOLIO, others,
                r -> self.portfolio() != null && self.portfolio().equals(r.portfolio())));
        groups.put(PeerGroup.COUNTRY, figures(PeerGroup.COUNTRY, others,
                r -> self.country() != null && self.country().equals(r.country())));
        groups.put(PeerGroup.ALL, figures(PeerGroup.ALL, others, r -> true));
        List<ClusterResult> excellence = excellenceGroup(population);
        groups.put(PeerGroup.EXCELLENCE, figures(PeerGroup.EXCELLENCE, others, excellence::contains));
        return groups;
    }

    /**
     * The top quartile of the population by overall score: at most a quarter (rounded up, at least one).
     * Clusters tied at the cut are either all in or all out (out when taking them all would make the group
     * bigger than a quarter), so the group never depends on the order clusters were read in.
     */
    public static List<ClusterResult> excellenceGroup(Collection<ClusterResult> population) {
        if (population.isEmpty()) {
            return List.of();
        }
        List<ClusterResult> sorted = population.stream()
                .sorted(Comparator.comparingDouble((ClusterResult r) -> r.scores().overall()).reversed()).toList();
        int size = (int) Math.ceil(sorted.size() / 4.0);
        double cut = sorted.get(size - 1).scores().overall();
        List<ClusterResult> atOrAbove = sorted.stream().filter(r -> r.scores().overall() >= cut).toList();
        return atOrAbove.size() <= size ? atOrAbove
                : sorted.stream().filter(r -> r.scores().overall() > cut).toList();
    }

    /** Means over a group, or "not enough peers". */
    public static PeerFigures figures(PeerGroup group, List<ClusterResult> others, Predicate<ClusterResult> member) {
        List<ClusterResult> peers = others.stream().filter(member).toList();
        if (peers.size() < MIN_PEERS) {
            return PeerFigures.notEnough(group, peers.size());
        }
        return new PeerFigures(group, peers.size(), true, means(peers, r -> r.scores().areas()),
                means(peers, r -> r.scores().indicators()), means(peers, ClusterResult::values));
    }

    /** Per key, the mean over the peers that have it, kept only when at least MIN_PEERS have it. */
    static Map<String, Double> means(List<ClusterResult> peers, Function<ClusterResult, Map<String, Double>> figures) {
        Map<String, double[]> sums = new HashMap<>();
        for (ClusterResult peer : peers) {
            figures.apply(peer).forEach((key, value) -> {
                double[] s = sums.computeIfAbsent(key, k -> new double[2]);
                s[0] += value;
                s[1]++;
            });
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((key, s) -> {
            if (s[1] >= MIN_PEERS) {
                means.put(key, s[0] / s[1]);
            }
        });
        return means;
    }

    /** Whether a group in a regional overview may be shown: enough clusters in it. */
    public static boolean enough(Collection<?> clusters) {
        return Objects.requireNonNull(clusters).size() >= MIN_PEERS;
    }
}
