package eu.clus3.ui.onboarding;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;

/** A new password typed twice, as every page that sets one asks for it; the policy is the service's. */
final class RepeatedPassword {

    final PasswordField password;
    final PasswordField repeat;

    RepeatedPassword(String labelKey, String idPrefix) {
        UI ui = UI.getCurrent();
        password = new PasswordField(ui.getTranslation(labelKey));
        password.setHelperText(ui.getTranslation("users.password.help"));
        password.setId(idPrefix + "-password");
        repeat = new PasswordField(ui.getTranslation("invitation.repeatPassword"));
        repeat.setId(idPrefix + "-password-repeat");
    }

    /** Whether both entries agree; if not, the repeat field says so. */
    boolean matches() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (password.getValue().equals(repeat.getValue())) {
            return true;
        }
        repeat.setErrorMessage(UI.getCurrent().getTranslation("validation.passwordsDiffer"));
        repeat.setInvalid(true);
        return false;
    }

    String value() {
        return password.getValue();
    }
}
