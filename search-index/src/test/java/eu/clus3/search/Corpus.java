package eu.clus3.search;

import java.time.Duration;

import static eu.clus3.search.TestIndex.NOW;

/** A handful of forum-like documents in both languages, all public. */
final class Corpus {

    private Corpus() {
    }

    static SearchDocument[] documents() {
        return new SearchDocument[]{
                TestIndex.post("d1", "Cluster governance in practice",
                                "How cluster managers organise governance boards. Members elect the board every two years.")
                        .tags("governance").author("anna").facet("cluster", "ditenave").facet("region", "FVG")
                        .date(NOW.minus(Duration.ofDays(3))).build(),
                TestIndex.italianPost("d2", "Governance dei distretti",
                                "Come i distretti industriali organizzano la governance. Le imprese digitali partecipano ai progetti.")
                        .tags("governance").author("marco").facet("cluster", "ditenave").facet("region", "FVG")
                        .date(NOW.minus(Duration.ofDays(40))).build(),
                TestIndex.post("d3", "Digital transformation of shipyards",
                                "Shipyards adopt digital twins for open innovation. <script>alert(1)</script> is not markup here.")
                        .type("topic").tags("digital").author("anna").facet("cluster", "blue").facet("region", "Liguria")
                        .date(NOW.minus(Duration.ofDays(400))).build(),
                TestIndex.italianPost("d4", "Innovazione aperta nei cantieri",
                                "I cantieri navali adottano gemelli digitali per l'innovazione aperta.")
                        .tags("innovazione").author("luca").facet("cluster", "blue").facet("region", "Liguria")
                        .date(NOW.minus(Duration.ofDays(1))).build(),
                TestIndex.post("d5", "Energy cluster meeting", "Solar and wind farm operators meet in Trieste.")
                        .type("event").tags("energy").author("marco").facet("cluster", "energia").facet("region", "FVG")
                        .date(NOW.minus(Duration.ofDays(10))).build(),
        };
    }
}
