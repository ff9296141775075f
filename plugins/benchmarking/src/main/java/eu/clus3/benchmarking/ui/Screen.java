package eu.clus3.benchmarking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.edition.IndicatorDiscussion;
import eu.clus3.benchmarking.report.Reports;
import eu.clus3.plugin.api.ModuleContext;

import java.util.Locale;

/**
 * What every view of the module shares: the services (the module's, built once by {@link BenchmarkingPlugin}, never
 * injected), the viewer's language, messages and links between the module's pages.
 */
final class Screen {

    final ModuleContext context;
    final Benchmarkings benchmarkings;
    final Reports reports;

    Screen(BenchmarkingPlugin module) {
        this.context = module.context();
        this.benchmarkings = module.benchmarkings();
        this.reports = module.reports();
    }

    Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    String t(String key, Object... args) {
        return context.message(locale(), key, args);
    }

    String state(BenchmarkingState state) {
        return t("state." + state.name());
    }

    /** A link to another page of the module, followed without reloading the page. */
    Anchor link(String path, String text) {
        Anchor a = new Anchor(context.links().moduleView(path), text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    /**
     * "Discuss this indicator": the forum discussion about the indicator, shared by every cluster (the forum
     * opens it, or offers to start it with a title naming the indicator and its edition).
     */
    Anchor discussion(String editionId, String indicatorId, String indicatorName) {
        Anchor a = new Anchor(IndicatorDiscussion.link(context.links(), editionId, indicatorId,
                t("discussion.title", indicatorId, indicatorName, editionId)), t("discussion.link"));
        a.getElement().setAttribute("router-link", true);
        a.addClassName("benchmarking-discussion");
        a.setId("discuss-" + indicatorId.replace('.', '-'));
        a.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return a;
    }

    void go(String path) {
        UI.getCurrent().navigate(context.links().moduleView(path));
    }

    /**
     * What a page shows instead of itself when the viewer may not open it (the page asks the service first, so
     * nothing is thrown while the page is being opened): the reason, from the module's messages.
     */
    Paragraph refused(String messageKey) {
        return id(new Paragraph(t(messageKey)), "benchmarking-refused");
    }

    static <C extends Component> C id(C component, String id) {
        component.setId(id);
        return component;
    }

    static String score(Double d) {
        return d == null ? "–" : String.valueOf(Math.round(d));
    }
}
