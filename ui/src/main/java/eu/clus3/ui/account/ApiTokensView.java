package eu.clus3.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.ApiTokenService;
import eu.clus3.core.identity.ApiTokenView;
import eu.clus3.core.identity.CreatedApiToken;
import eu.clus3.core.identity.NewApiToken;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.ui.shell.Confirm;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.RequiresPermission;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** One's personal API tokens; administrators also see and revoke everyone's. */
@Route(value = "account/tokens", layout = MainLayout.class)
@RequiresPermission(Permission.USE_API_TOKENS)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final UiErrors errors;
    private final Actor actor;
    private final Grid<ApiTokenView> own = new Grid<>();
    private final Grid<ApiTokenView> all = new Grid<>();

    @Inject
    public ApiTokensView(SignedInUser signedIn, ApiTokenService tokens, UiErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
        this.actor = signedIn.require();
        setSizeFull();
        setId("tokens-view");

        Paragraph intro = new Paragraph(getTranslation("tokens.intro"));
        Button create = new Button(getTranslation("tokens.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-token");

        columns(own, false);
        own.setEmptyStateText(getTranslation("tokens.empty"));
        own.setSizeFull();
        refresh();
        if (actor.can(Permission.MANAGE_ALL_API_TOKENS)) {
            columns(all, true);
            all.setEmptyStateText(getTranslation("tokens.empty"));
            all.setItems(q -> tokens.listAll(actor, new PageRequest(q.getPage(), q.getPageSize())).items().stream(),
                    q -> (int) tokens.listAll(actor, new PageRequest(0, 1)).total());
            all.setSizeFull();
            TabSheet tabs = new TabSheet();
            tabs.add(getTranslation("tokens.mine"), own);
            tabs.add(getTranslation("tokens.all"), all);
            tabs.setSizeFull();
            add(intro, create, tabs);
        } else {
            add(intro, create, own);
        }
    }

    private void columns(Grid<ApiTokenView> grid, boolean withOwner) {
        grid.addColumn(ApiTokenView::name).setHeader(getTranslation("tokens.name")).setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("tokens.prefix"));
        if (withOwner) {
            grid.addColumn(ApiTokenView::owner).setHeader(getTranslation("tokens.owner"));
        }
        grid.addColumn(t -> date(t.createdAt())).setHeader(getTranslation("tokens.created"));
        grid.addColumn(t -> t.expiresAt() == null ? getTranslation("tokens.never") : date(t.expiresAt()))
                .setHeader(getTranslation("tokens.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? "—" : date(t.lastUsedAt())).setHeader(getTranslation("tokens.lastUsed"));
        grid.addComponentColumn(t -> {
            Span badge = new Span(getTranslation(t.revokedAt() != null ? "tokens.revoked"
                    : t.usable() ? "tokens.usable" : "tokens.expired"));
            badge.addClassNames("c3-badge", t.usable() ? "c3-badge-success" : "c3-badge-muted");
            return badge;
        }).setHeader(getTranslation("tokens.state"));
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("tokens.revoke"), e -> confirmRevoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(t.revokedAt() == null);
            return revoke;
        }).setAutoWidth(true);
    }

    private void refresh() {
        own.setItems(tokens.listOwn(actor));
        all.getDataProvider().refreshAll();
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.new"));
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setPlaceholder(getTranslation("tokens.name.placeholder"));
        name.setWidthFull();
        Select<Integer> lifetime = new Select<>();
        lifetime.setLabel(getTranslation("tokens.lifetime"));
        lifetime.setItems(List.of(30, 90, 365, 0));
        lifetime.setItemLabelGenerator(d -> d == 0 ? getTranslation("tokens.never") : getTranslation("tokens.days", d));
        lifetime.setValue(90);
        dialog.add(new VerticalLayout(name, lifetime));
        Button create = new Button(getTranslation("action.create"), e -> {
            name.setInvalid(false);
            try {
                Integer days = lifetime.getValue() == null || lifetime.getValue() == 0 ? null : lifetime.getValue();
                CreatedApiToken created = tokens.create(actor, new NewApiToken(name.getValue(), days));
                dialog.close();
                refresh();
                showOnce(created);
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("name", name));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    private void showOnce(CreatedApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.created.title"));
        TextField value = new TextField();
        value.setValue(created.token());
        value.setReadOnly(true);
        value.setWidthFull();
        value.setId("token-value");
        dialog.add(new Paragraph(getTranslation("tokens.created.text")), value);
        Button done = new Button(getTranslation("action.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setWidth("min(36em, 95vw)");
        dialog.open();
    }

    private void confirmRevoke(ApiTokenView token) {
        Confirm.destructive(getTranslation("tokens.revoke.title"),
                getTranslation("tokens.revoke.text", token.name(), token.owner()),
                getTranslation("tokens.revoke"), () -> {
            try {
                tokens.revoke(actor, token.id());
                refresh();
            } catch (Clus3Exception ex) {
                errors.show(ex);
            }
        });
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apiTokens");
    }
}
