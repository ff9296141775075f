package eu.clus3.ui.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.search.SearchPage;
import eu.clus3.core.search.SearchQuery;
import eu.clus3.core.search.SearchService;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.search.IndexUnavailableException;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.Messages;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One search over everything the viewer may read: query box, facets with counts (a click adds or removes the
 * filter in the query, so the address is the whole state and can be shared), highlighted results, paging.
 */
@Route(value = "search", layout = MainLayout.class)
@PublicView
public class SearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final UiErrors errors;
    private final Optional<Actor> viewer;
    private final TextField query = new TextField();
    private final Select<String> sort = new Select<>();
    private final Div facets = new Div();
    private final VerticalLayout results = new VerticalLayout();
    private final Span summary = new Span();
    private final HorizontalLayout pager = new HorizontalLayout();
    private int page;

    @Inject
    public SearchView(SignedInUser signedIn, SearchService search, UiErrors errors) {
        this.search = search;
        this.errors = errors;
        this.viewer = signedIn.get();
        setId("search-view");
        addClassName("c3-search");

        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setId("search-query");
        query.setMaxLength(SearchQuery.MAX_TEXT);
        query.setHelperText(getTranslation("search.help"));
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(query.getValue(), sort.getValue(), 0));
        query.setWidthFull();
        Button find = new Button(getTranslation("search.go"), e -> go(query.getValue(), sort.getValue(), 0));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setId("search-go");

        sort.setItems("relevance", "newest");
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s));
        sort.setValue("relevance");
        sort.setAriaLabel(getTranslation("search.sort"));
        sort.setId("search-sort");
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(query.getValue(), e.getValue(), 0);
            }
        });

        HorizontalLayout bar = new HorizontalLayout(query, find, sort);
        bar.setWidthFull();
        bar.addClassName("c3-search-bar");
        bar.setAlignItems(Alignment.BASELINE);

        facets.addClassName("c3-facets");
        facets.setId("search-facets");
        results.addClassName("c3-results");
        results.setId("search-results");
        results.setPadding(false);
        summary.setId("search-summary");
        summary.addClassName("c3-secondary");
        pager.setId("search-pager");

        VerticalLayout main = new VerticalLayout(summary, results, pager);
        main.setPadding(false);
        FlexLayout columns = new FlexLayout(facets, main);
        columns.addClassName("c3-search-columns");
        columns.setWidthFull();
        add(bar, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String q = first(params, "q");
        String s = "newest".equals(first(params, "sort")) ? "newest" : "relevance";
        try {
            page = Math.max(0, Integer.parseInt(first(params, "page")));
        } catch (NumberFormatException e) {
            page = 0;
        }
        query.setValue(q);
        sort.setValue(s);
        show(q, s);
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** Navigates, so that the address holds the search and the browser's back button works. */
    private void go(String q, String s, int toPage) {
        getUI().ifPresent(ui -> ui.navigate("search", parameters(q, s, toPage)));
    }

    private static QueryParameters parameters(String q, String s, int toPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q == null ? "" : q);
        if ("newest".equals(s)) {
            params.put("sort", "newest");
        }
        if (toPage > 0) {
            params.put("page", String.valueOf(toPage));
        }
        return QueryParameters.simple(params);
    }

    private void show(String q, String s) {
        results.removeAll();
        facets.removeAll();
        pager.removeAll();
        summary.setText("");
        if (q.isBlank()) {
            results.add(new Paragraph(getTranslation("search.empty")));
            return;
        }
        SearchPage found;
        try {
            found = search.search(viewer, new SearchQuery(q, s, page, PAGE_SIZE, getLocale()));
        } catch (Clus3Exception e) {
            errors.show(e);
            return;
        } catch (IndexUnavailableException e) {
            results.add(new Paragraph(getTranslation("search.unavailable")));
            return;
        }
        summary.setText(getTranslation(found.totalExact() ? "search.count" : "search.countAtLeast", found.total()));
        if (found.didYouMean() != null) {
            Button alt = new Button(found.didYouMean(), e -> go(found.didYouMean(), s, 0));
            alt.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            alt.setId("did-you-mean");
            results.add(new Div(new Span(getTranslation("search.didYouMean") + " "), alt));
        }
        if (found.typoTolerant()) {
            results.add(new Paragraph(getTranslation("search.typoTolerant")));
        }
        if (found.hits().isEmpty()) {
            results.add(new Paragraph(getTranslation("search.noHits")));
        }
        found.hits().forEach(hit -> results.add(hitCard(hit)));
        showFacets(found, q, s);
        showPager(found, q, s);
    }

    private Div hitCard(SearchPage.Hit hit) {
        Div card = new Div();
        card.addClassName("c3-hit");
        Span type = new Span(hit.typeName());
        type.addClassNames("c3-badge", "c3-badge-primary");
        // the index escapes the text and adds only <mark>: safe to render as HTML
        Html title = new Html("<span>" + (hit.highlightedTitle().isBlank() ? escape(hit.title()) : hit.highlightedTitle())
                + "</span>");
        H3 heading = new H3();
        heading.addClassName("c3-hit-title");
        if (hit.link() != null) {
            Anchor link = new Anchor(hit.link(), "");
            link.add(title);
            heading.add(link);
        } else {
            heading.add(title);
        }
        card.add(type, heading);
        if (!hit.snippet().isBlank()) {
            Paragraph snippet = new Paragraph();
            snippet.add(new Html("<span>" + hit.snippet() + "</span>"));
            snippet.addClassName("c3-hit-snippet");
            card.add(snippet);
        }
        StringBuilder meta = new StringBuilder();
        if (hit.author() != null) {
            meta.append('@').append(hit.author());
        }
        if (hit.date() != null) {
            meta.append(meta.length() > 0 ? " · " : "").append(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(getLocale()).format(hit.date().atZone(ZoneOffset.UTC)));
        }
        if (meta.length() > 0) {
            Span m = new Span(meta.toString());
            m.addClassName("c3-secondary");
            card.add(m);
        }
        return card;
    }

    private void showFacets(SearchPage found, String q, String s) {
        for (Map.Entry<String, List<SearchPage.FacetValue>> facet : found.facets().entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            Div group = new Div();
            group.addClassName("c3-facet");
            group.setId("facet-" + facet.getKey());
            group.add(new H4(getTranslation("search.facet." + facet.getKey())));
            for (SearchPage.FacetValue value : facet.getValue()) {
                // a link, not a button: the address is the search, so it can be opened in a new tab or shared
                RouterLink link = new RouterLink(facetLabel(facet.getKey(), value) + " (" + value.count() + ")",
                        SearchView.class);
                link.setQueryParameters(parameters(toggle(q, value), s, 0));
                link.getElement().setAttribute("data-filter", value.filter());
                link.addClassName("c3-facet-value");
                if (value.selected()) {
                    link.addClassName("c3-facet-selected");
                    link.getElement().setAttribute("aria-current", "true");
                }
                group.add(link);
            }
            facets.add(group);
        }
    }

    /** Adds the facet's filter to the query, or takes it out when the query has it already. */
    static String toggle(String q, SearchPage.FacetValue value) {
        if (value.selected()) {
            int at = q.toLowerCase(java.util.Locale.ROOT).indexOf(value.filter().toLowerCase(java.util.Locale.ROOT));
            return (q.substring(0, at) + q.substring(at + value.filter().length())).replaceAll("\\s+", " ").strip();
        }
        return (q.strip() + " " + value.filter()).strip();
    }

    private String facetLabel(String dimension, SearchPage.FacetValue value) {
        return switch (dimension) {
            case "sector" -> translatedOr("portfolio." + value.value(), value.label());
            case "language" -> translatedOr("language." + value.value(), value.label());
            case "date" -> translatedOr("search.date." + value.value().replace(' ', '-'), value.label());
            default -> value.label();
        };
    }

    private String translatedOr(String key, String fallback) {
        return Messages.has(key, getLocale()) ? getTranslation(key) : fallback;
    }

    private void showPager(SearchPage found, String q, String s) {
        long pages = (found.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (pages <= 1) {
            return;
        }
        Button previous = new Button(getTranslation("search.previous"), e -> go(q, s, page - 1));
        previous.setEnabled(page > 0);
        previous.setId("search-previous");
        Button next = new Button(getTranslation("search.next"), e -> go(q, s, page + 1));
        next.setEnabled(page + 1 < pages);
        next.setId("search-next");
        pager.add(previous, new Span(getTranslation("search.page", page + 1, pages)), next);
        pager.setAlignItems(Alignment.BASELINE);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search");
    }
}
