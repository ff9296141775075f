package eu.clus3.example;

import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.SearchEntry;
import eu.clus3.plugin.api.SearchEntrySource;
import eu.clus3.plugin.api.SearchVisibility;
import eu.clus3.plugin.api.StoredDocument;
import org.pf4j.Extension;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Notes are found by every signed-in user. */
@Extension
public class ExampleSearch implements SearchEntrySource {

    private final ModuleContext context;

    public ExampleSearch(ModuleContext context) {
        this.context = context;
    }

    @Override
    public Optional<SearchEntry> entry(String key) {
        return context.store().collection("notes").get(key).map(this::entry);
    }

    @Override
    public Stream<SearchEntry> entries() {
        return context.store().collection("notes").find(DocumentQuery.all().limit(DocumentQuery.MAX_LIMIT))
                .stream().map(this::entry);
    }

    private SearchEntry entry(StoredDocument note) {
        return new SearchEntry(note.key(), "Note " + note.key(), note.json(), Locale.ENGLISH, Set.of("note"),
                note.updatedAt(), note.clusterId(), SearchVisibility.SIGNED_IN, context.links().moduleView(""));
    }
}
