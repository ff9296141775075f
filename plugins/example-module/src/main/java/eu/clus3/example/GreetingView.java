package eu.clus3.example;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.Settings;

/**
 * The module's page: a greeting in the viewer's language, the administrators' own line and the running version, and
 * how many notes exist unless administrators turned that off ({@link ExampleSettings}).
 */
public class GreetingView extends Div {

    public GreetingView(ModuleContext context) {
        setId("example-greeting");
        var locale = getLocale();
        Settings settings = context.settings();
        String name = context.currentUser().map(u -> u.user().displayName()).orElse("");
        add(new H2(context.message(locale, "example.title")));
        String ownLine = settings.text(ExampleSettings.GREETING.key());
        if (!ownLine.isEmpty()) {
            Paragraph line = new Paragraph(ownLine);
            line.setId("example-own-greeting");
            add(line);
        }
        add(new Paragraph(context.message(locale, "example.greeting", name)),
                new Paragraph(context.message(locale, "example.version", context.moduleVersion())));
        if (settings.flag(ExampleSettings.SHOW_NOTES.key())) {
            add(new Paragraph(context.message(locale, "example.notes",
                    context.store().collection("notes").count(DocumentQuery.all()))));
        }
    }
}
