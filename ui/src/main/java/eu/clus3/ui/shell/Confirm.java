package eu.clus3.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

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
}
