package eu.clus3.benchmarking.scoring;

import eu.clus3.benchmarking.edition.Area;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.Indicator;
import eu.clus3.benchmarking.edition.Scale;
import eu.clus3.benchmarking.edition.ScaleKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Turns answers into scores from 0 to 100, per indicator and per area, by the edition's rules. */
public final class Scores {

    private Scores() {
    }

    /** Why a value is not an answer to the indicator, or empty when it is one. */
    public static Optional<String> problemWith(Indicator indicator, double value) {
        Scale scale = indicator.scale();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.of("not a number");
        }
        if ((scale.kind() == ScaleKind.LEVELS || scale.kind() == ScaleKind.YES_NO) && value != Math.rint(value)) {
            return Optional.of(scale.kind() == ScaleKind.YES_NO ? "must be yes (1) or no (0)" : "must be a level number");
        }
        if (value < scale.lowest() || value > scale.highest()) {
            return Optional.of(switch (scale.kind()) {
                case LEVELS -> "must be a level from 0 to " + (int) scale.highest();
                case YES_NO -> "must be yes (1) or no (0)";
                default -> "must lie between " + format(scale.lowest()) + " and " + format(scale.highest());
            });
        }
        return Optional.empty();
    }

    /** The score of a valid value. */
    public static double score(Indicator indicator, double value) {
        var thresholds = indicator.scoring().thresholds();
        return switch (indicator.scoring().rule()) {
            case LEVEL -> 100.0 * value / (indicator.scale().levels().size() - 1);
            case YES_NO -> value >= 1 ? 100 : 0;
            case AT_LEAST -> 100.0 * thresholds.stream().filter(t -> value >= t).count() / thresholds.size();
            case AT_MOST -> 100.0 * thresholds.stream().filter(t -> value <= t).count() / thresholds.size();
        };
    }

    /**
     * The scores of a set of answers (values by indicator id; unknown ids and invalid values are left out):
     * per indicator, per area (the mean of its answered indicators) and overall (the mean of the areas).
     */
    public static Result of(Edition edition, Map<String, Double> values) {
        Map<String, Double> indicators = new LinkedHashMap<>();
        Map<String, Double> areas = new LinkedHashMap<>();
        for (Area area : edition.areas()) {
            double sum = 0;
            int n = 0;
            for (Indicator indicator : area.indicators()) {
                Double value = values.get(indicator.id());
                if (value != null && problemWith(indicator, value).isEmpty()) {
                    double s = score(indicator, value);
                    indicators.put(indicator.id(), s);
                    sum += s;
                    n++;
                }
            }
            if (n > 0) {
                areas.put(area.id(), sum / n);
            }
        }
        double overall = areas.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Result(indicators, areas, overall);
    }

    /** Scores by indicator id and by area id; {@code overall} is the mean of the area scores. */
    public record Result(Map<String, Double> indicators, Map<String, Double> areas, double overall) {
        public Result {
            indicators = Map.copyOf(indicators);
            areas = Map.copyOf(areas);
        }
    }

    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
