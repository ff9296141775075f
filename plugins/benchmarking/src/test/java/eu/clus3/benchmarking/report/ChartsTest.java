package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.scoring.PeerGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

    private static Report report(Map<PeerGroup, Double> peers) {
        List<Report.AreaLine> areas = List.of(
                new Report.AreaLine("1", "Structure <of> the cluster", 50.0, peers, List.of(
                        new Report.IndicatorLine("1.1", "Members", "members", 30.0, "30 members", 50.0, null, null,
                                List.of(), "checked & fine", true, peers, List.of()))),
                new Report.AreaLine("2", "Governance", 100.0, peers, List.of()),
                new Report.AreaLine("3", "Financing", null, peers, List.of()));
        return new Report("c1-1", 1, "c", "Cluster \"One\"", "e", "Edition", BenchmarkingState.COMPLETED,
                "2026-11-25T10:00:00Z", "staff", 75, List.of(new Report.Group(PeerGroup.ALL, peers.isEmpty() ? 3 : 5,
                !peers.isEmpty())), areas, List.of(new SuccessStory("Story", "Text")), "Recommendations <b>",
                "2026-11-01T09:00:00Z", "2026-11-10T09:00:00Z");
    }

    @Test
    void theRadarDrawsTheClusterAndOnlyPeerGroupsWithFiguresAndEscapesNames() {
        String alone = Charts.radar(report(Map.of()), Locale.ENGLISH);
        String withPeers = Charts.radar(report(Map.of(PeerGroup.ALL, 60.0)), Locale.ITALIAN);

        assertThat(alone).startsWith("<svg").endsWith("</svg>").contains("class=\"own\"")
                .doesNotContain("peer-all").contains("Structure &lt;of&gt;").contains("Cluster &quot;One&quot;");
        assertThat(withPeers).contains("class=\"peer-all\"").contains("Tutti i cluster").contains("Questo cluster");
        // area 1 at 50 on a radius of 150, straight up from the centre (260, 210)
        assertThat(alone).contains("260.0,135.0");
    }

    @Test
    void theBarsShowTheScoreAndAPeerTickWhereThereAreFigures() {
        String bars = Charts.bars(report(Map.of(PeerGroup.ALL, 60.0)), Locale.ENGLISH);

        assertThat(bars).contains("<rect class=\"own\"").contains("width=\"130.0\"").contains("class=\"peer-all\"");
    }

    @Test
    void thePrintablePageHoldsChartsTableAndRecommendationsEscaped() {
        String html = PrintableReport.html(report(Map.of()), Locale.ENGLISH, (key, args) -> key + List.of(args));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("@page{size:A4").contains("<svg")
                .contains("Recommendations &lt;b&gt;").contains("checked &amp; fine").contains("report.notEnoughPeers");
    }
}
