package eu.clus3.ui.cluster;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResource;
import eu.clus3.core.audit.AuditView;
import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterProfileData;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.ClusterVisibility;
import eu.clus3.core.cluster.Eligibility;
import eu.clus3.core.cluster.MemberCategory;
import eu.clus3.core.cluster.MembershipView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.plugin.api.ClusterPanelContributor;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.ui.charts.HorizontalBarChart;
import eu.clus3.ui.shell.Confirm;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A cluster organisation's profile: facts, eligibility, members, module panels, people and audit trail. */
@Route(value = "clusters/:slug", layout = MainLayout.class)
@PublicView
public class ClusterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClusterService clusters;
    private final UiErrors errors;
    private final Instance<ClusterPanelContributor> panels;
    private final eu.clus3.core.onboarding.InvitationService invitations;
    private final Optional<Actor> viewer;
    private ClusterDetails cluster;

    @Inject
    public ClusterView(SignedInUser signedIn, ClusterService clusters, UiErrors errors,
                       Instance<ClusterPanelContributor> panels,
                       eu.clus3.core.onboarding.InvitationService invitations) {
        this.clusters = clusters;
        this.invitations = invitations;
        this.errors = errors;
        this.panels = panels;
        this.viewer = signedIn.get();
        setId("cluster-view");
        setMaxWidth("64rem");
    }

    public static RouteParameters params(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        try {
            cluster = clusters.getBySlug(viewer, slug);
        } catch (eu.clus3.core.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        ClusterProfileData p = cluster.profile();
        add(header(p));
        if (!cluster.descriptionHtml().isEmpty()) {
            Html description = new Html("<div class=\"c3-markdown\">" + cluster.descriptionHtml() + "</div>");
            add(description);
        }
        FlexLayout columns = new FlexLayout(facts(p), eligibility(cluster.eligibility()));
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.addClassName("c3-cards");
        columns.setWidthFull();
        add(columns, membersChart(p));
        ClusterRef ref = new ClusterRef(cluster.id(), cluster.slug(), p.name());
        panels.forEach(contributor -> contributor.clusterPanel(ref).ifPresent(this::add));
        if (cluster.permissions().seePeople()) {
            add(people());
        }
        if (cluster.permissions().seeAudit()) {
            add(auditTrail());
        }
    }

    private Component header(ClusterProfileData p) {
        HorizontalLayout header = new HorizontalLayout();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        if (cluster.hasLogo()) {
            long id = cluster.id();
            Image logo = new Image(new StreamResource("logo-" + id + ".png", () -> new ByteArrayInputStream(
                    clusters.logo(viewer, id).map(l -> l.getImage()).orElse(new byte[0]))), getTranslation("cluster.logo"));
            logo.addClassName("c3-logo");
            header.add(logo);
        }
        H2 name = new H2(p.name());
        name.addClassName("c3-title");
        Span subtitle = new Span(String.join(" · ", nonEmpty(p.legalForm(), p.regionName() + " (" + p.nutsCode() + ")")));
        subtitle.addClassName("c3-secondary");
        FlexLayout chips = new FlexLayout();
        chips.addClassName("c3-chips");
        chips.add(chip(getTranslation("portfolio." + p.portfolio().name()), "c3-badge-primary"));
        p.s3Areas().stream().map(a -> getTranslation("s3." + a.name())).sorted()
                .forEach(label -> chips.add(chip(label, "c3-badge-muted")));
        if (p.visibility() == ClusterVisibility.PLATFORM) {
            chips.add(chip(getTranslation("visibility.PLATFORM"), "c3-badge-muted"));
        }
        VerticalLayout text = new VerticalLayout(name, subtitle, chips);
        text.setPadding(false);
        text.setSpacing(false);
        header.add(text);
        header.setFlexGrow(1, text);
        if (cluster.permissions().edit()) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ClusterEditView.class, ClusterEditView.params(cluster.slug()))));
            edit.setId("edit-cluster");
            header.add(edit);
        }
        return header;
    }

    private Component facts(ClusterProfileData p) {
        Div card = card(getTranslation("cluster.facts"));
        UnorderedList list = new UnorderedList();
        list.addClassName("c3-facts");
        if (p.foundingYear() != null) {
            list.add(new ListItem(getTranslation("cluster.founded", String.valueOf(p.foundingYear()))));
        }
        list.add(new ListItem(getTranslation("cluster.fte", p.managementFte().toPlainString())));
        if (p.website() != null) {
            Anchor site = new Anchor(p.website(), p.website(), AnchorTarget.BLANK);
            site.getElement().setAttribute("rel", "nofollow noopener noreferrer");
            ListItem item = new ListItem(site);
            if (p.websiteInEnglish()) {
                item.add(new Span(" (" + getTranslation("cluster.inEnglish") + ")"));
            }
            list.add(item);
        }
        if (p.contactEmail() != null) {
            list.add(new ListItem(new Anchor("mailto:" + p.contactEmail(), p.contactEmail())));
        }
        if (p.contactPhone() != null) {
            list.add(new ListItem(p.contactPhone()));
        }
        card.add(list);
        return card;
    }

    private Component eligibility(Eligibility e) {
        Div card = card(getTranslation("cluster.eligibility"));
        card.setId("eligibility");
        UnorderedList list = new UnorderedList();
        list.addClassName("c3-checklist");
        list.add(check(e.managementStaff(), getTranslation("eligibility.staff")),
                check(e.englishWebsite(), getTranslation("eligibility.website")),
                check(e.enoughCommittedMembers(), getTranslation("eligibility.members", e.committedMembers())),
                check(e.tripleHelix(), getTranslation("eligibility.helix", e.helixKinds().size())));
        Span verdict = chip(getTranslation(e.allMet() ? "eligibility.met" : "eligibility.notMet"),
                e.allMet() ? "c3-badge-success" : "c3-badge-warning");
        card.add(list, verdict);
        return card;
    }

    private Component membersChart(ClusterProfileData p) {
        Div card = card(getTranslation("cluster.committedMembers"));
        card.setWidthFull();
        List<HorizontalBarChart.Bar> bars = Arrays.stream(MemberCategory.values())
                .filter(c -> p.committedMembers().getOrDefault(c, 0) > 0)
                .map(c -> new HorizontalBarChart.Bar(getTranslation("memberCategory." + c.name()),
                        p.committedMembers().get(c), String.valueOf(p.committedMembers().get(c))))
                .toList();
        if (bars.isEmpty()) {
            card.add(new Paragraph(getTranslation("cluster.noMembers")));
        } else {
            card.add(HorizontalBarChart.of(getTranslation("cluster.committedMembers"), bars));
        }
        return card;
    }

    private Component people() {
        Grid<MembershipView> grid = new Grid<>();
        grid.addColumn(MembershipView::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(MembershipView::username).setHeader(getTranslation("users.username"));
        boolean manage = cluster.permissions().managePeople();
        Runnable reload = () -> grid.setItems(clusters.people(viewer.orElseThrow(), cluster.id()));
        if (manage) {
            grid.addComponentColumn(m -> {
                Select<ClusterRole> role = roleSelect();
                role.setValue(m.role());
                role.addValueChangeListener(e -> {
                    if (!e.isFromClient()) {
                        return;
                    }
                    try {
                        clusters.changeRole(viewer.orElseThrow(), cluster.id(), m.id(), e.getValue());
                    } catch (Clus3Exception ex) {
                        errors.show(ex);
                    }
                    reload.run();
                });
                return role;
            }).setHeader(getTranslation("users.role")).setAutoWidth(true);
            grid.addComponentColumn(m -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(m, reload));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel(getTranslation("cluster.people.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addColumn(m -> getTranslation("clusterRole." + m.role().name())).setHeader(getTranslation("users.role"));
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("cluster.people.empty"));
        reload.run();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (manage) {
            TextField username = new TextField();
            username.setPlaceholder(getTranslation("users.username"));
            username.setId("person-username");
            Select<ClusterRole> role = roleSelect();
            role.setValue(ClusterRole.MEMBER);
            Button add = new Button(getTranslation("cluster.people.add"), VaadinIcon.PLUS.create(), e -> {
                username.setInvalid(false);
                try {
                    clusters.addPerson(viewer.orElseThrow(), cluster.id(), username.getValue(), role.getValue());
                    username.clear();
                    reload.run();
                } catch (Clus3Exception ex) {
                    errors.show(ex, Map.of("username", username));
                }
            });
            add.setId("add-person");
            Button invite = new Button(getTranslation("cluster.people.invite"), VaadinIcon.ENVELOPE_O.create(),
                    e -> openInvite());
            invite.setId("invite-person");
            HorizontalLayout form = new HorizontalLayout(username, role, add, invite);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.getStyle().set("flex-wrap", "wrap");
            content.add(form);
        }
        content.add(grid);
        Details details = new Details(getTranslation("cluster.people"), content);
        details.setOpened(true);
        details.setWidthFull();
        details.setId("cluster-people");
        return details;
    }

    private void openInvite() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("cluster.people.invite.title", cluster.profile().name()));
        com.vaadin.flow.component.textfield.EmailField email =
                new com.vaadin.flow.component.textfield.EmailField(getTranslation("users.email"));
        email.setId("invite-email");
        email.setWidthFull();
        Select<ClusterRole> role = roleSelect();
        role.setLabel(getTranslation("users.role"));
        role.setValue(ClusterRole.MEMBER);
        dialog.add(new VerticalLayout(email, role));
        Button send = new Button(getTranslation("cluster.people.invite.create"), e -> {
            email.setInvalid(false);
            try {
                var created = invitations.invite(viewer.orElseThrow(),
                        new eu.clus3.core.onboarding.NewInvitation(email.getValue(), null, cluster.id(), role.getValue()));
                dialog.close();
                eu.clus3.ui.shell.OneTimeLinkDialog.show(getTranslation("invite.link.title"),
                        getTranslation("invite.link.text", created.invitation().email()), created.link());
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("email", email));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("create-invitation");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void confirmRemove(MembershipView m, Runnable reload) {
        Confirm.destructive(getTranslation("cluster.people.remove.title"),
                getTranslation("cluster.people.remove.text", m.displayName(), cluster.profile().name()),
                getTranslation("cluster.people.remove"), () -> {
            try {
                clusters.removePerson(viewer.orElseThrow(), cluster.id(), m.id());
            } catch (Clus3Exception ex) {
                errors.show(ex);
            }
            reload.run();
        });
    }

    private Component auditTrail() {
        Grid<AuditView> grid = new Grid<>();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(a -> when.format(a.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditView::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("audit." + a.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditView::details).setHeader(getTranslation("audit.details")).setFlexGrow(2);
        grid.setItems(q -> clusters.auditTrail(viewer.orElseThrow(), cluster.id(),
                new PageRequest(q.getPage(), q.getPageSize())).stream());
        grid.setHeight("20rem");
        grid.setEmptyStateText(getTranslation("audit.empty"));
        Details details = new Details(getTranslation("cluster.audit"), grid);
        details.setWidthFull();
        details.setId("cluster-audit");
        return details;
    }

    private Select<ClusterRole> roleSelect() {
        Select<ClusterRole> role = new Select<>();
        role.setItems(ClusterRole.values());
        role.setItemLabelGenerator(r -> getTranslation("clusterRole." + r.name()));
        role.setAriaLabel(getTranslation("users.role"));
        return role;
    }

    private ListItem check(boolean ok, String text) {
        Icon icon = (ok ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
        icon.addClassName(ok ? "c3-ok" : "c3-missing");
        icon.setSize("1em");
        ListItem item = new ListItem(icon, new Span(" " + text));
        item.getElement().setAttribute("data-met", String.valueOf(ok));
        return item;
    }

    private static Div card(String title) {
        Div card = new Div();
        card.addClassName("c3-card");
        card.add(new H3(title));
        return card;
    }

    private static Span chip(String text, String variant) {
        Span chip = new Span(text);
        chip.addClassNames("c3-badge", variant);
        return chip;
    }

    private static String[] nonEmpty(String... parts) {
        return Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).toArray(String[]::new);
    }

    @Override
    public String getPageTitle() {
        return cluster == null ? getTranslation("nav.clusters") : cluster.profile().name();
    }
}
