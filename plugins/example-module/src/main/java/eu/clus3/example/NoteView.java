package eu.clus3.example;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.StoredDocument;

/**
 * One note at {@code modules/example/notes/<name>}. An unknown name simply throws: the platform shows its
 * "not found" page, in its frame and with status 404.
 */
public class NoteView extends Div implements HasUrlParameter<String> {

    private final ModuleContext context;

    public NoteView(ModuleContext context) {
        this.context = context;
        setId("example-note");
    }

    @Override
    public void setParameter(BeforeEvent event, String name) {
        StoredDocument note = context.store().collection("notes").get(name)
                .orElseThrow(() -> ModuleProblem.notFound("Note " + name));
        removeAll();
        add(new H2(context.message(getLocale(), "example.note", note.key())),
                new Paragraph(context.message(getLocale(), "example.noteChanged", note.updatedAt().toString())));
    }
}
