package eu.clus3.benchmarking.scoring;

import java.util.Map;

/**
 * What a peer group looks like, only ever as averages over at least {@link PeerComparison#MIN_PEERS} other
 * clusters. When there are fewer, {@code enoughPeers} is false and the maps are empty: the report says
 * "not enough peers". An indicator answered by fewer than that many peers is left out of the maps.
 *
 * @param peers           how many other clusters are in the group (shown as "5 or more" style counts only)
 * @param areaScores      mean area score by area id
 * @param indicatorScores mean indicator score by indicator id
 * @param indicatorValues mean raw answer by indicator id
 */
public record PeerFigures(PeerGroup group, int peers, boolean enoughPeers, Map<String, Double> areaScores,
                          Map<String, Double> indicatorScores, Map<String, Double> indicatorValues) {

    public PeerFigures {
        areaScores = Map.copyOf(areaScores);
        indicatorScores = Map.copyOf(indicatorScores);
        indicatorValues = Map.copyOf(indicatorValues);
    }

    static PeerFigures notEnough(PeerGroup group, int peers) {
        return new PeerFigures(group, peers, false, Map.of(), Map.of(), Map.of());
    }
}
