package eu.clus3.core.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total, as returned by list endpoints and shown by grids. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
