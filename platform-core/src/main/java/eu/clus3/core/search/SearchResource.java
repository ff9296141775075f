package eu.clus3.core.search;

import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.identity.Locales;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One search over clusters, people, forums and modules, limited to what the caller may read")
public class SearchResource {

    private static final String LANG = "en or it: the language of type names (default: from Accept-Language, else en)";

    @Inject
    SearchService search;
    @Inject
    CurrentActor current;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Search everything the caller may read",
            description = "The query language: words (all must match), \"phrases\", -exclusions, in:<type>, "
                    + "cluster:<slug>, region:, sector:, category:, tag:<tag>, language:en|it, @<username>, "
                    + "before:/after:<YYYY-MM-DD>. Malformed filters are read as words. Facets (type, cluster, region, "
                    + "sector, category, tag, language, date) come with counts and the filter term to add. Hits and "
                    + "type facet values carry the type's name in the language of lang, else of Accept-Language.")
    public SearchPage search(@QueryParam("q") @Parameter(description = "the query, at most 1,000 characters") String q,
                             @QueryParam("sort") @Parameter(description = "relevance (default) or newest") String sort,
                             @QueryParam("page") String page, @QueryParam("size") String size,
                             @QueryParam("lang") @Parameter(description = LANG) String lang) {
        PageRequest paging = PageRequest.parse(page, size, 20);
        return search.search(current.get(), new SearchQuery(q, sort, paging.page(), paging.size(), locale(lang)));
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Completions while typing, from the second letter: titles the caller may read, and tags")
    public List<SearchPage.Suggestion> suggest(@QueryParam("q") String q,
                                               @QueryParam("lang") @Parameter(description = LANG) String lang) {
        return search.suggest(current.get(), q, locale(lang));
    }

    @GET
    @Path("index")
    @Operation(summary = "The index's state: documents, last applied change, lag, rebuild progress (administrators)")
    public SearchIndexer.IndexState status() {
        return search.status(current.require());
    }

    @POST
    @Path("index/rebuild")
    @Operation(summary = "Rebuild the index from the database, online; the current index serves until the swap (administrators)")
    public Response rebuild() {
        boolean started = search.rebuild(current.require());
        return Response.status(Response.Status.ACCEPTED).entity(new RebuildAnswer(started)).build();
    }

    @POST
    @Path("index/check")
    @Operation(summary = "Compare the index with the database: same ids, no ghosts, none missing (administrators)")
    public SearchIndexer.Consistency check() {
        return search.check(current.require());
    }

    /** The reader's language: {@code lang} when given (a supported one), else the best of Accept-Language. */
    private Locale locale(String lang) {
        if (lang != null) {
            if (!Locales.isSupported(lang)) {
                throw InvalidInputException.of("lang", "validation.oneOf", "lang is one of: "
                        + String.join(", ", Locales.SUPPORTED.stream().map(Locale::toLanguageTag).toList()));
            }
            return Locales.forTag(lang);
        }
        return Locales.bestOf(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** {@code started} is false when a rebuild was running already. */
    public record RebuildAnswer(boolean started) {
    }
}
