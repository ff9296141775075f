package eu.clus3.benchmarking.edition;

import java.util.List;

/**
 * What an answer may be: its kind, unit and range, or its described levels.
 *
 * @param unit   what a number counts (e.g. "members"), or {@code null}
 * @param min    the lowest value accepted (numbers and percentages)
 * @param max    the highest value accepted
 * @param levels the levels, lowest first (levels only)
 */
public record Scale(ScaleKind kind, Text unit, Double min, Double max, List<Text> levels) {

    public Scale {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The lowest value accepted. */
    public double lowest() {
        return switch (kind) {
            case LEVELS, YES_NO -> 0;
            case PERCENT -> min == null ? 0 : min;
            case NUMBER -> min == null ? 0 : min;
        };
    }

    /** The highest value accepted. */
    public double highest() {
        return switch (kind) {
            case LEVELS -> levels.size() - 1;
            case YES_NO -> 1;
            case PERCENT -> max == null ? 100 : max;
            case NUMBER -> max == null ? Double.MAX_VALUE : max;
        };
    }
}
