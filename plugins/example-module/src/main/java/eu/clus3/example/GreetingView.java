package eu.clus3.example;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.ModuleContext;

/** The module's page: a greeting in the viewer's language, the running version and how many notes exist. */
public class GreetingView extends Div {

    public GreetingView(ModuleContext context) {
        setId("example-greeting");
        var locale = getLocale();
        String name = context.currentUser().map(u -> u.user().displayName()).orElse("");
        add(new H2(context.message(locale, "example.title")),
                new Paragraph(context.message(locale, "example.greeting", name)),
                new Paragraph(context.message(locale, "example.version", context.moduleVersion())),
                new Paragraph(context.message(locale, "example.notes",
                        context.store().collection("notes").count(DocumentQuery.all()))));
    }
}
