package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.SearchEntry;
import eu.clus3.plugin.api.SearchEntrySource;
import eu.clus3.plugin.api.SearchVisibility;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Search entries for the documents of the collection "notes"; a note owned by a cluster is for its members. */
public class Notes implements SearchEntrySource {

    private final ModuleContext context;

    public Notes(ModuleContext context) {
        this.context = context;
    }

    @Override
    public Optional<SearchEntry> entry(String key) {
        return context.store().collection("notes").get(key).map(d -> new SearchEntry(d.key(), "Note " + d.key(), d.json(),
                Locale.ITALIAN, Set.of("note"), d.updatedAt(), d.clusterId(),
                d.clusterId() == null ? SearchVisibility.PUBLIC : SearchVisibility.CLUSTER_MEMBERS,
                context.links().moduleView("notes/" + d.key())));
    }

    @Override
    public Stream<SearchEntry> entries() {
        return context.store().collection("notes").find(DocumentQuery.all()).stream()
                .map(d -> entry(d.key()).orElseThrow());
    }
}
