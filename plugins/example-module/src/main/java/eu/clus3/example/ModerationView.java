package eu.clus3.example;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.StoredDocument;

import java.util.List;

/**
 * For moderators ({@link ExamplePermissions#MODERATE}, checked by the platform before the page opens): every note,
 * newest change first, with who changed it last.
 */
public class ModerationView extends Div {

    public ModerationView(ModuleContext context) {
        setId("example-moderation");
        var locale = getLocale();
        add(new H2(context.message(locale, "example.moderation.title")));
        List<StoredDocument> notes = context.store().collection("notes")
                .find(DocumentQuery.all().newestChangeFirst().limit(100));
        if (notes.isEmpty()) {
            add(new Paragraph(context.message(locale, "example.moderation.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        notes.forEach(n -> list.add(new ListItem(context.message(locale, "example.moderation.note", n.key(),
                n.updatedBy() == null ? "-" : n.updatedBy()))));
        add(list);
    }
}
