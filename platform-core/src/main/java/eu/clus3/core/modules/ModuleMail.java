package eu.clus3.core.modules;

import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.Validator;
import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.ModuleProblem;

import java.util.regex.Pattern;

/**
 * What the platform checks of a module's mail and audit entries before taking them (the plugin test kit applies the
 * same checks, so a module's tests refuse what the platform refuses).
 */
public final class ModuleMail {

    private static final Pattern ACTION = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private ModuleMail() {
    }

    /** Refuses an address that is not one and a blank subject, as a module's problem on the fields. */
    public static void check(String to, String subject) {
        String address = to == null ? null : to.trim();
        try {
            new Validator().required("to", address).email("to", address).maxLength("to", address, 254)
                    .required("subject", subject == null ? null : subject.trim()).throwIfInvalid();
        } catch (InvalidInputException e) {
            throw new ModuleProblem(400, "error.invalidInput", e.getMessage(), e.fieldErrors().stream()
                    .map(f -> new FieldProblem(f.field(), f.code(), f.message())).toList(), null);
        }
    }

    /** The action as the audit trail records it, {@code <moduleId>.<action>}; refuses one that does not fit. */
    public static String auditAction(String moduleId, String action) {
        String recorded = moduleId + "." + action;
        if (action == null || !ACTION.matcher(action).matches() || recorded.length() > 40) {
            throw new IllegalArgumentException("An audited action is lower-case letters, digits, '.' and '-', and"
                    + " '" + moduleId + ".' + action fits 40 characters: " + action);
        }
        return recorded;
    }

    /** Audit details as stored: at most 4000 characters. */
    public static String auditDetails(String details) {
        return details == null ? "" : details.length() > 4000 ? details.substring(0, 3999) + "…" : details;
    }
}
