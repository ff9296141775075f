package eu.clus3.benchmarking.web;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.SearchEntry;
import eu.clus3.plugin.api.SearchEntrySource;
import eu.clus3.plugin.api.SearchVisibility;
import org.pf4j.Extension;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Completed reports in the platform's search, found only by the cluster's members and regional staff
 * ({@link SearchVisibility#CLUSTER_MEMBERS}); drafts and reopened ones are not in the index.
 */
@Extension
public class ReportSearch implements SearchEntrySource {

    private final ModuleContext context;
    private final Benchmarkings benchmarkings;

    public ReportSearch(BenchmarkingPlugin module) {
        this.context = module.context();
        this.benchmarkings = module.benchmarkings();
    }

    @Override
    public Optional<SearchEntry> entry(String key) {
        return benchmarkings.find(key).filter(b -> b.state() == BenchmarkingState.COMPLETED).map(this::entry);
    }

    @Override
    public Stream<SearchEntry> entries() {
        return benchmarkings.everything().stream().filter(b -> b.state() == BenchmarkingState.COMPLETED).map(this::entry);
    }

    private SearchEntry entry(Benchmarking b) {
        Edition edition = benchmarkings.editions().get(b.editionId());
        String title = context.message(Locale.ENGLISH, "search.title", b.clusterName(), b.completedAt().substring(0, 10));
        String body = Stream.concat(
                Stream.of(edition.title().en(), b.recommendations() == null ? "" : b.recommendations()),
                b.stories().stream().map(s -> s.title() + ". " + s.text())).collect(Collectors.joining("\n"));
        return new SearchEntry(b.key(), title, body, Locale.ENGLISH, Set.of("benchmarking", "report"),
                Instant.parse(b.completedAt()), b.clusterId(), SearchVisibility.CLUSTER_MEMBERS,
                context.links().moduleView("report/" + b.key()));
    }
}
