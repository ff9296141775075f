package eu.clus3.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.notification.MailDelivery;
import eu.clus3.core.notification.MailOutbox;
import eu.clus3.core.notification.MailStatus;
import eu.clus3.core.notification.MailView;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.RequiresPermission;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * The mail outbox for administrators: whether an SMTP server is configured, each mail with its delivery state
 * (queued, retrying, sent, failed; attempts and the last error), a retry for failed mail and a test mail.
 */
@Route(value = "admin/mail", layout = MainLayout.class)
@RequiresPermission(Permission.MANAGE_USERS)
public class MailOutboxView extends VerticalLayout implements HasDynamicTitle {

    private final MailOutbox outbox;
    private final Actor admin;
    private final Grid<MailView> grid = new Grid<>();
    private final Select<MailStatus> status = new Select<>();

    @Inject
    public MailOutboxView(SignedInUser signedIn, MailOutbox outbox, MailDelivery delivery, UiErrors errors) {
        this.outbox = outbox;
        this.admin = signedIn.require();
        setId("mail-outbox-view");
        setSizeFull();
        Paragraph smtp = new Paragraph(delivery.enabled()
                ? getTranslation("mail.smtp.configured", delivery.settings().host() + ":" + delivery.settings().port())
                : getTranslation("mail.smtp.none"));
        smtp.setId("mail-smtp");

        status.setLabel(getTranslation("mail.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.status.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mail.status.all") : getTranslation("mail.status." + s.name()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        EmailField to = new EmailField(getTranslation("mail.test.to"));
        to.setId("mail-test-to");
        Button test = new Button(getTranslation("mail.test"), e -> {
            UiErrors.clear(Map.of("to", to));
            try {
                outbox.queueTest(admin, to.getValue());
                to.clear();
                grid.getDataProvider().refreshAll();
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("to", to));
            }
        });
        test.setId("mail-test");
        Button refresh = new Button(getTranslation("mail.refresh"), e -> grid.getDataProvider().refreshAll());
        HorizontalLayout tools = new HorizontalLayout(status, to, test, refresh);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(m -> format(when, m.createdAt())).setHeader(getTranslation("mail.created")).setAutoWidth(true);
        grid.addColumn(MailView::to).setHeader(getTranslation("mail.to")).setAutoWidth(true);
        grid.addColumn(MailView::subject).setHeader(getTranslation("mail.subject")).setFlexGrow(1);
        grid.addComponentColumn(m -> {
            Span badge = new Span(getTranslation("mail.status." + m.status().name()));
            badge.getElement().getThemeList().add("badge" + switch (m.status()) {
                case SENT -> " success";
                case FAILED -> " error";
                case RETRYING -> " contrast";
                case QUEUED -> "";
            });
            return badge;
        }).setHeader(getTranslation("mail.status")).setAutoWidth(true);
        grid.addColumn(MailView::attempts).setHeader(getTranslation("mail.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.sentAt() != null ? format(when, m.sentAt())
                : m.nextAttemptAt() != null ? getTranslation("mail.next", format(when, m.nextAttemptAt())) : "")
                .setHeader(getTranslation("mail.sentAt")).setAutoWidth(true);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("mail.lastError"))
                .setFlexGrow(1);
        grid.addComponentColumn(m -> {
            if (m.status() != MailStatus.FAILED) {
                return new Span();
            }
            Button retry = new Button(getTranslation("mail.retry"), e -> {
                try {
                    outbox.retry(admin, m.id());
                    grid.getDataProvider().refreshAll();
                } catch (Clus3Exception ex) {
                    errors.show(ex);
                }
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        }).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("mail.empty"));
        grid.setItems(query -> outbox.list(admin, status.getValue(), new PageRequest(query.getPage(), query.getPageSize()))
                .items().stream());
        grid.setId("mail-grid");
        grid.setSizeFull();
        add(smtp, tools, grid);
    }

    private static String format(DateTimeFormatter f, Instant at) {
        return at == null ? "" : f.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mail");
    }
}
