package eu.clus3.ui.search;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.search.SearchPage;
import eu.clus3.core.search.SearchQuery;
import eu.clus3.core.search.SearchService;
import eu.clus3.search.IndexUnavailableException;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The search box in the header: suggestions from the second letter (titles to open, tags to search), and
 * Enter searches the typed words on the search page.
 */
public class SearchBox extends ComboBox<SearchPage.Suggestion> {

    public SearchBox(SearchService search, Optional<Actor> viewer) {
        setId("search-box");
        addClassName("c3-search-box");
        setPlaceholder(getTranslation("search.placeholder"));
        setAriaLabel(getTranslation("nav.search"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setItemLabelGenerator(SearchBox::label);
        setRenderer(new ComponentRenderer<>(s -> {
            Span type = new Span(s.typeName());
            type.addClassNames("c3-badge", "c3-badge-muted");
            Div row = new Div(type, new Span(" " + label(s)));
            row.addClassName("c3-suggestion");
            return row;
        }));
        setItems(query -> {
            String typed = query.getFilter().orElse("");
            int offset = query.getOffset();
            int limit = query.getLimit();
            if (typed.strip().length() < 2 || typed.length() > SearchQuery.MAX_TEXT) {
                return Stream.empty();
            }
            try {
                return search.suggest(viewer, typed, getLocale()).stream().skip(offset).limit(limit);
            } catch (IndexUnavailableException e) {
                return Stream.empty(); // the search page says why; the header stays quiet
            }
        });
        addValueChangeListener(e -> {
            SearchPage.Suggestion chosen = e.getValue();
            if (chosen == null || !e.isFromClient()) {
                return;
            }
            clear();
            if (chosen.link() != null) {
                getUI().ifPresent(ui -> ui.navigate(chosen.link()));
            } else {
                searchFor(chosen.filter() == null ? chosen.text() : chosen.filter());
            }
        });
        addCustomValueSetListener(e -> {
            clear();
            if (e.getDetail() != null && !e.getDetail().isBlank()) {
                searchFor(e.getDetail());
            }
        });
    }

    private void searchFor(String text) {
        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(Map.of("q", text))));
    }

    private static String label(SearchPage.Suggestion s) {
        return s.kind().equals("tag") ? "#" + s.text() : s.text();
    }
}
