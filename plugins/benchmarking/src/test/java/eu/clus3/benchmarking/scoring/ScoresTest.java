package eu.clus3.benchmarking.scoring;

import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.TestEditions;
import eu.clus3.benchmarking.edition.Indicator;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoresTest {

    private final Edition edition = TestEditions.shipped();

    private Indicator indicator(String id) {
        return edition.indicator(id).orElseThrow();
    }

    @Test
    void levelsScoreByTheirPosition() {
        assertThat(Scores.score(indicator("2.3"), 0)).isEqualTo(0);
        assertThat(Scores.score(indicator("2.3"), 2)).isEqualTo(50);
        assertThat(Scores.score(indicator("2.3"), 4)).isEqualTo(100);
    }

    @Test
    void atLeastCountsTheThresholdsReached() {
        // committed members: 15, 30, 60, 120
        assertThat(Scores.score(indicator("1.1"), 14)).isEqualTo(0);
        assertThat(Scores.score(indicator("1.1"), 15)).isEqualTo(25);
        assertThat(Scores.score(indicator("1.1"), 59)).isEqualTo(50);
        assertThat(Scores.score(indicator("1.1"), 500)).isEqualTo(100);
    }

    @Test
    void atMostRewardsLowValues() {
        // staff turnover: 50, 30, 15, 5 (percent)
        assertThat(Scores.score(indicator("2.4"), 60)).isEqualTo(0);
        assertThat(Scores.score(indicator("2.4"), 30)).isEqualTo(50);
        assertThat(Scores.score(indicator("2.4"), 0)).isEqualTo(100);
    }

    @Test
    void yesNoIsAllOrNothing() {
        assertThat(Scores.score(indicator("4.6"), 1)).isEqualTo(100);
        assertThat(Scores.score(indicator("4.6"), 0)).isEqualTo(0);
    }

    @Test
    void valuesOutsideTheScaleAreRefusedWithTheRange() {
        assertThat(Scores.problemWith(indicator("1.3"), 101)).contains("must lie between 0 and 100");
        assertThat(Scores.problemWith(indicator("1.1"), -1)).contains("must lie between 0 and 100000");
        assertThat(Scores.problemWith(indicator("2.3"), 5)).contains("must be a level from 0 to 4");
        assertThat(Scores.problemWith(indicator("2.3"), 1.5)).contains("must be a level number");
        assertThat(Scores.problemWith(indicator("4.6"), 2)).contains("must be yes (1) or no (0)");
        assertThat(Scores.problemWith(indicator("1.6"), -20)).isEmpty();
        assertThat(Scores.problemWith(indicator("2.2"), 0.5)).isEmpty();
    }

    @Test
    void areasAreTheMeanOfTheirAnsweredIndicatorsAndOverallTheMeanOfAreas() {
        Scores.Result result = Scores.of(edition, Map.of("1.1", 30.0, "1.3", 80.0, "2.3", 4.0, "unknown", 3.0,
                "2.4", 900.0));

        assertThat(result.indicators()).containsOnlyKeys("1.1", "1.3", "2.3");
        assertThat(result.areas()).containsEntry("1", 75.0).containsEntry("2", 100.0).hasSize(2);
        assertThat(result.overall()).isCloseTo(87.5, within(1e-9));
    }
}
