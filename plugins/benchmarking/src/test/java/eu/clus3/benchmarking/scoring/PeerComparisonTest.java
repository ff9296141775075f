package eu.clus3.benchmarking.scoring;

import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.TestEditions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PeerComparisonTest {

    private final Edition edition = TestEditions.shipped();

    private ClusterResult cluster(long id, String portfolio, String country, double members, double turnover) {
        Map<String, Double> values = Map.of("1.1", members, "2.4", turnover);
        return new ClusterResult(id, portfolio, country, values, Scores.of(edition, values));
    }

    @Test
    void fewerThanFivePeersShowNothingButTheCount() {
        ClusterResult self = cluster(1, "ICT", "IT", 30, 10);
        List<ClusterResult> population = new ArrayList<>(List.of(self));
        for (long id = 2; id <= 5; id++) {
            population.add(cluster(id, "ICT", "IT", 100, 0));
        }

        Map<PeerGroup, PeerFigures> peers = PeerComparison.compare(self, population);

        assertThat(peers.get(PeerGroup.PORTFOLIO).enoughPeers()).isFalse();
        assertThat(peers.get(PeerGroup.PORTFOLIO).peers()).isEqualTo(4);
        assertThat(peers.get(PeerGroup.PORTFOLIO).areaScores()).isEmpty();
        assertThat(peers.get(PeerGroup.PORTFOLIO).indicatorValues()).isEmpty();
        assertThat(peers.get(PeerGroup.ALL).enoughPeers()).isFalse();
    }

    @Test
    void fivePeersShowTheirMeansAndTheClusterItselfNeverCounts() {
        ClusterResult self = cluster(1, "ICT", "IT", 1000, 0);
        List<ClusterResult> population = new ArrayList<>(List.of(self));
        double[] members = {10, 20, 30, 40, 50};
        for (int i = 0; i < members.length; i++) {
            population.add(cluster(10 + i, "ICT", i < 4 ? "IT" : "DE", members[i], 60));
        }

        Map<PeerGroup, PeerFigures> peers = PeerComparison.compare(self, population);

        PeerFigures portfolio = peers.get(PeerGroup.PORTFOLIO);
        assertThat(portfolio.enoughPeers()).isTrue();
        assertThat(portfolio.peers()).isEqualTo(5);
        assertThat(portfolio.indicatorValues().get("1.1")).isCloseTo(30, within(1e-9));
        // thresholds 15, 30, 60, 120: 10 -> 0, 20 -> 25, 30/40/50 -> 50; mean 35
        assertThat(portfolio.indicatorScores().get("1.1")).isCloseTo(35, within(1e-9));
        assertThat(peers.get(PeerGroup.COUNTRY).enoughPeers()).as("4 Italian peers").isFalse();
    }

    @Test
    void anIndicatorAnsweredByFewerThanFivePeersIsLeftOut() {
        ClusterResult self = cluster(1, "ICT", "IT", 30, 10);
        List<ClusterResult> population = new ArrayList<>(List.of(self));
        for (long id = 2; id <= 6; id++) {
            Map<String, Double> values = id == 2 ? Map.of("1.1", 50.0, "2.3", 4.0) : Map.of("1.1", 50.0);
            population.add(new ClusterResult(id, "ICT", "IT", values, Scores.of(edition, values)));
        }

        PeerFigures all = PeerComparison.compare(self, population).get(PeerGroup.ALL);

        assertThat(all.enoughPeers()).isTrue();
        assertThat(all.indicatorScores()).containsOnlyKeys("1.1");
        assertThat(all.areaScores()).containsOnlyKeys("1");
    }

    private static ClusterResult overall(long id, double overall) {
        return new ClusterResult(id, "ICT", "IT", Map.of(), new Scores.Result(Map.of(), Map.of("1", overall), overall));
    }

    @Test
    void theExcellenceGroupIsTheTopQuartileAndNeedsFivePeersToo() {
        List<ClusterResult> population = new ArrayList<>();
        for (long id = 1; id <= 24; id++) {
            population.add(overall(id, id * 4.0));
        }

        List<ClusterResult> top = PeerComparison.excellenceGroup(population);
        PeerFigures excellence = PeerComparison.compare(population.get(0), population).get(PeerGroup.EXCELLENCE);

        assertThat(top).extracting(ClusterResult::clusterId).containsExactlyInAnyOrder(19L, 20L, 21L, 22L, 23L, 24L);
        assertThat(excellence.enoughPeers()).isTrue();
        assertThat(excellence.peers()).isEqualTo(6);
        assertThat(excellence.areaScores().get("1")).isCloseTo(86, within(1e-9));
    }

    @Test
    void clustersTiedAtTheCutAreAllInOrAllOut() {
        List<ClusterResult> population = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            population.add(overall(id, 50));
        }
        population.add(overall(8, 90));

        // a quarter of 8 is 2: the one at 90 is in, the seven tied at 50 are out
        assertThat(PeerComparison.excellenceGroup(population)).extracting(ClusterResult::clusterId).containsExactly(8L);
        population.add(overall(9, 90));
        population.add(overall(10, 90));
        population.add(overall(11, 90));
        population.add(overall(12, 90));
        // a quarter of 12 is 3; five tied at 90 would be more: none of them is "the top quartile"
        assertThat(PeerComparison.excellenceGroup(population)).isEmpty();
    }

    @Test
    void aSmallPlatformHasNoExcellenceFigures() {
        List<ClusterResult> population = new ArrayList<>();
        for (long id = 1; id <= 12; id++) {
            // distinct overall scores: no ties at the cut
            population.add(overall(id, id * 5.0));
        }

        PeerFigures excellence = PeerComparison.compare(population.get(0), population).get(PeerGroup.EXCELLENCE);

        assertThat(excellence.enoughPeers()).as("a quartile of 12 is 3").isFalse();
        assertThat(excellence.areaScores()).isEmpty();
    }
}
