package eu.clus3.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The one way the UI asks before a destructive action: what happens, a red confirm button, cancel. */
public final class Confirm {

    private Confirm() {
    }

    public static void destructive(String title, String text, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmLabel, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /**
     * For what cannot be undone at all (deleting a module's data): the confirm button works only once {@code word}
     * is typed, and the action gets what was typed, for the service to check too.
     */
    public static void typed(String title, String text, String word, String confirmLabel,
                             java.util.function.Consumer<String> action) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        TextField typed = new TextField(ui.getTranslation("confirm.type", word));
        typed.setId("confirm-typed");
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        dialog.add(new Paragraph(text), typed);
        Button confirm = new Button(confirmLabel, e -> {
            dialog.close();
            action.accept(typed.getValue().strip());
        });
        confirm.setId("confirm-typed-ok");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        typed.addValueChangeListener(e -> confirm.setEnabled(word.equals(e.getValue().strip())));
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.open();
    }
}
