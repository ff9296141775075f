package eu.clus3.ui.search;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.search.SearchIndexer;
import eu.clus3.core.search.SearchService;
import eu.clus3.ui.shell.Confirm;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.RequiresPermission;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.inject.Inject;

/**
 * The search index for administrators: how many documents, how far behind the database, an online rebuild
 * with a progress bar (the page polls while it runs), and a check that index and database agree.
 */
@Route(value = "admin/search", layout = MainLayout.class)
@RequiresPermission(Permission.MANAGE_SEARCH)
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private final SearchService search;
    private final Actor admin;
    private final UnorderedList facts = new UnorderedList();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div checkResult = new Div();
    private final Button rebuild = new Button();
    private com.vaadin.flow.shared.Registration polling;

    @Inject
    public SearchIndexView(SignedInUser signedIn, SearchService search) {
        this.search = search;
        this.admin = signedIn.require();
        setId("search-index-view");

        facts.addClassName("c3-facts");
        facts.setId("index-facts");
        progress.setId("rebuild-progress");
        progressText.setId("rebuild-progress-text");
        rebuild.setText(getTranslation("searchIndex.rebuild"));
        rebuild.setId("rebuild-index");
        rebuild.addClickListener(e -> Confirm.destructive(getTranslation("searchIndex.rebuild.title"),
                getTranslation("searchIndex.rebuild.text"), getTranslation("searchIndex.rebuild"), this::startRebuild));
        Button check = new Button(getTranslation("searchIndex.check"), e -> check());
        check.setId("check-index");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkResult.setId("check-result");

        add(new Paragraph(getTranslation("searchIndex.intro")), facts, progress, progressText,
                new HorizontalLayout(check, rebuild), checkResult);
    }

    private void startRebuild() {
        boolean started = search.rebuild(admin);
        if (!started) {
            progressText.setText(getTranslation("searchIndex.rebuild.running"));
        }
        refresh();
    }

    private void check() {
        SearchIndexer.Consistency c = search.check(admin);
        checkResult.removeAll();
        Span verdict = new Span(getTranslation(c.agrees() ? "searchIndex.check.agrees" : "searchIndex.check.differs",
                c.inDatabase(), c.inIndex()));
        verdict.addClassNames("c3-badge", c.agrees() ? "c3-badge-success" : "c3-badge-warning");
        checkResult.add(verdict);
        if (!c.agrees()) {
            checkResult.add(new H3(getTranslation("searchIndex.check.missing", c.missingCount())),
                    list(c.missing()), new H3(getTranslation("searchIndex.check.ghosts", c.ghostCount())), list(c.ghosts()),
                    new Paragraph(getTranslation("searchIndex.check.advice")));
        }
    }

    private static UnorderedList list(java.util.List<String> ids) {
        UnorderedList ul = new UnorderedList();
        ids.forEach(id -> ul.add(new ListItem(id)));
        return ul;
    }

    private void refresh() {
        SearchIndexer.IndexState s = search.status(admin);
        facts.removeAll();
        facts.add(new ListItem(getTranslation("searchIndex.documents", s.documents())),
                new ListItem(getTranslation("searchIndex.lastApplied", s.lastApplied(), s.outboxHead())),
                new ListItem(getTranslation("searchIndex.behind", s.changesBehind())));
        if (s.problem() != null) {
            ListItem problem = new ListItem(getTranslation("searchIndex.problem", s.problem()));
            problem.addClassName("c3-missing");
            facts.add(problem);
        }
        progress.setVisible(s.rebuilding());
        rebuild.setEnabled(!s.rebuilding());
        followRebuild(s.rebuilding());
        if (s.rebuilding()) {
            if (s.rebuildTotal() > 0) {
                progress.setIndeterminate(false);
                progress.setValue(Math.min(1.0, (double) s.rebuildDone() / s.rebuildTotal()));
                progressText.setText(getTranslation("searchIndex.rebuilding", s.rebuildDone(), s.rebuildTotal()));
            } else {
                progress.setIndeterminate(true);
                progressText.setText(getTranslation("searchIndex.rebuilding.unknown"));
            }
        } else if (!progressText.getText().isEmpty()) {
            progressText.setText(getTranslation("searchIndex.rebuilt"));
        }
    }

    /** Follows a running rebuild without push: the page asks every half second, and only while one runs. */
    private void followRebuild(boolean rebuilding) {
        getUI().ifPresent(ui -> {
            if (rebuilding && polling == null) {
                ui.setPollInterval(500);
                polling = ui.addPollListener(e -> refresh());
            } else if (!rebuilding && polling != null) {
                stopPolling(ui);
            }
        });
    }

    private void stopPolling(com.vaadin.flow.component.UI ui) {
        ui.setPollInterval(-1);
        polling.remove();
        polling = null;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            stopPolling(event.getUI());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.searchIndex");
    }
}
