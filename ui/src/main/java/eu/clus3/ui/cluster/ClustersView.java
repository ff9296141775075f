package eu.clus3.ui.cluster;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.cluster.ClusterFilter;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.ClusterSummary;
import eu.clus3.core.cluster.ComparativePortfolio;
import eu.clus3.core.cluster.NutsRegions;
import eu.clus3.core.cluster.SmartSpecialisationArea;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The directory of cluster organisations: filters, sorting, paging. Visitors see the public profiles. */
@Route(value = "clusters", layout = MainLayout.class)
@PublicView
public class ClustersView extends VerticalLayout implements HasDynamicTitle {

    private final ClusterService clusters;
    private final Optional<Actor> viewer;
    private final Grid<ClusterSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<String> region = new ComboBox<>();
    private final Select<ComparativePortfolio> portfolio = new Select<>();
    private final Select<SmartSpecialisationArea> s3 = new Select<>();
    private final Select<ClusterFilter.Sort> sort = new Select<>();
    private final Checkbox grouped = new Checkbox();
    private final VerticalLayout groups = new VerticalLayout();
    private static final int MAX_GROUPED = 200;

    @Inject
    public ClustersView(SignedInUser signedIn, ClusterService clusters) {
        this.clusters = clusters;
        this.viewer = signedIn.get();
        setSizeFull();
        setId("clusters-view");

        text.setPlaceholder(getTranslation("clusters.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("cluster-search");

        region.setPlaceholder(getTranslation("clusters.region"));
        region.setItems(NutsRegions.named().keySet().stream().filter(c -> c.length() >= 2).toList());
        region.setItemLabelGenerator(c -> c + " · " + NutsRegions.name(c).orElse(c));
        region.setClearButtonVisible(true);

        portfolio.setEmptySelectionAllowed(true);
        portfolio.setEmptySelectionCaption(getTranslation("clusters.allPortfolios"));
        portfolio.setItems(ComparativePortfolio.values());
        portfolio.setItemLabelGenerator(p -> p == null ? getTranslation("clusters.allPortfolios")
                : getTranslation("portfolio." + p.name()));

        s3.setEmptySelectionAllowed(true);
        s3.setEmptySelectionCaption(getTranslation("clusters.allS3"));
        s3.setItems(SmartSpecialisationArea.values());
        s3.setItemLabelGenerator(a -> a == null ? getTranslation("clusters.allS3") : getTranslation("s3." + a.name()));

        sort.setItems(ClusterFilter.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("clusters.sort." + s.name()));
        sort.setValue(ClusterFilter.Sort.NAME);
        sort.setAriaLabel(getTranslation("clusters.sortBy"));

        FlexLayout filters = new FlexLayout(text, region, portfolio, s3, sort);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("c3-filters");
        if (viewer.map(a -> a.can(Permission.MANAGE_CLUSTERS)).orElse(false)) {
            Button create = new Button(getTranslation("clusters.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("clusters/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-cluster");
            filters.add(create);
        }

        grid.addComponentColumn(c -> new RouterLink(c.name(), ClusterView.class, ClusterView.params(c.slug())))
                .setHeader(getTranslation("clusters.name")).setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(c -> c.regionName() + " (" + c.nutsCode() + ")").setHeader(getTranslation("clusters.region"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("portfolio." + c.portfolio().name())).setHeader(getTranslation("clusters.portfolio"));
        grid.addColumn(c -> c.s3Areas().stream().map(a -> getTranslation("s3." + a.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("clusters.s3"));
        grid.addColumn(c -> c.foundingYear() == null ? "" : c.foundingYear().toString())
                .setHeader(getTranslation("clusters.founded")).setAutoWidth(true);
        grid.addColumn(ClusterSummary::committedMembers).setHeader(getTranslation("clusters.members")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("clusters.empty"));
        grid.setSizeFull();
        grid.setItems(q -> clusters.directory(viewer, filter(), new PageRequest(q.getPage(), q.getPageSize())).items().stream(),
                q -> (int) clusters.directory(viewer, filter(), new PageRequest(0, 1)).total());

        grouped.setLabel(getTranslation("clusters.groupByRegion"));
        grouped.setId("group-by-region");
        filters.add(grouped);
        groups.setWidthFull();
        groups.setVisible(false);
        text.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        portfolio.addValueChangeListener(e -> refresh());
        s3.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        grouped.addValueChangeListener(e -> refresh());
        add(filters, grid, groups);
    }

    /** Grouped by region: sections of cards instead of the grid (at most {@link #MAX_GROUPED} clusters). */
    private void refresh() {
        boolean byRegion = grouped.getValue();
        grid.setVisible(!byRegion);
        groups.setVisible(byRegion);
        if (!byRegion) {
            grid.getDataProvider().refreshAll();
            return;
        }
        groups.removeAll();
        var page = clusters.directory(viewer, filter(), new PageRequest(0, MAX_GROUPED));
        if (page.items().isEmpty()) {
            groups.add(new Paragraph(getTranslation("clusters.empty")));
        }
        Map<String, List<ClusterSummary>> byName = new TreeMap<>();
        page.items().forEach(c -> byName.computeIfAbsent(c.regionName() + " (" + c.nutsCode() + ")",
                k -> new ArrayList<>()).add(c));
        byName.forEach((name, list) -> {
            H3 title = new H3(name + " · " + list.size());
            FlexLayout cards = new FlexLayout();
            cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            cards.addClassName("c3-cards");
            list.forEach(c -> {
                Div card = new Div(new RouterLink(c.name(), ClusterView.class, ClusterView.params(c.slug())),
                        new Paragraph(getTranslation("portfolio." + c.portfolio().name()) + " · "
                                + getTranslation("clusters.membersCount", c.committedMembers())));
                card.addClassName("c3-card");
                cards.add(card);
            });
            groups.add(title, cards);
        });
        if (page.total() > MAX_GROUPED) {
            groups.add(new Paragraph(getTranslation("clusters.groupedLimit", MAX_GROUPED, page.total())));
        }
    }

    private ClusterFilter filter() {
        return new ClusterFilter(text.getValue(), region.getValue(), portfolio.getValue(), s3.getValue(), sort.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.clusters");
    }
}
