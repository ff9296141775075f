package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.assessment.EvidenceFile;
import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.scoring.PeerGroup;

import java.util.List;
import java.util.Map;

/**
 * A benchmarking's report, in one language: the cluster's own scores per area and indicator, and beside
 * them the peer groups' averages where a group has enough peers ({@code null} where it has not).
 */
public record Report(String key, long clusterId, String clusterSlug, String clusterName, String editionId,
                     String editionTitle, BenchmarkingState state, String completedAt, String assessor,
                     double overall, List<Group> groups, List<AreaLine> areas, List<SuccessStory> stories,
                     String recommendations, String startedAt, String submittedAt) {

    /** A peer group: how many other clusters are in it and whether that is enough to show their averages. */
    public record Group(PeerGroup group, int peers, boolean enoughPeers) {
    }

    public record AreaLine(String id, String name, Double score, Map<PeerGroup, Double> peers,
                           List<IndicatorLine> indicators) {
    }

    /**
     * @param managerValue the manager's value when the assessor corrected it
     * @param peers        the groups' average scores (only groups and indicators with enough peers)
     * @param files        the evidence files attached to the answer (names, sizes, types; downloaded through the API)
     */
    public record IndicatorLine(String id, String name, String unit, Double value, String shownValue, Double score,
                                Double managerValue, String comment, java.util.List<String> evidence,
                                String assessorNote, boolean mandatory, Map<PeerGroup, Double> peers,
                                List<EvidenceFile> files) {
    }
}
