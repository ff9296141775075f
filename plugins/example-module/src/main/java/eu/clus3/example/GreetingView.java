package eu.clus3.example;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.Settings;

/**
 * The module's page: a greeting in the viewer's language, the administrators' own line and the running version, how
 * many notes exist unless administrators turned that off ({@link ExampleSettings}), and a form to add a note. The form
 * has no {@code try/catch}: the platform shows a refusal (a note without a name, a name already taken) in the
 * viewer's language, like its own errors.
 */
public class GreetingView extends Div {

    public GreetingView(ModuleContext context) {
        setId("example-greeting");
        var locale = getLocale();
        Settings settings = context.settings();
        String name = context.currentUser().map(u -> u.user().displayName()).orElse("");
        var notes = context.store().collection("notes");
        add(new H2(context.message(locale, "example.title")));
        String ownLine = settings.text(ExampleSettings.GREETING.key());
        if (!ownLine.isEmpty()) {
            Paragraph line = new Paragraph(ownLine);
            line.setId("example-own-greeting");
            add(line);
        }
        add(new Paragraph(context.message(locale, "example.greeting", name)),
                new Paragraph(context.message(locale, "example.version", context.moduleVersion())));
        Paragraph count = new Paragraph(context.message(locale, "example.notes", notes.count(DocumentQuery.all())));
        TextField key = new TextField(context.message(locale, "example.noteName"));
        key.setId("example-note-name");
        Button add = new Button(context.message(locale, "example.addNote"), e -> {
            if (key.getValue().isBlank()) {
                throw ModuleProblem.invalid("name", "example.noteNameRequired", "A note needs a name");
            }
            // a name already taken: the store refuses with StaleDocumentException
            notes.create(key.getValue().strip(), null, "{\"text\": \"\"}");
            context.search().changed(key.getValue().strip());
            count.setText(context.message(locale, "example.notes", notes.count(DocumentQuery.all())));
        });
        add.setId("example-add-note");
        if (settings.flag(ExampleSettings.SHOW_NOTES.key())) {
            add(count);
        }
        add(key, add);
    }
}
