package eu.clus3.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors of one request and throws them together, so a form or an API client learns
 * everything that is wrong at once. Used by services, which makes the UI and REST validate alike.
 */
public final class Validator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,63}$");

    private final List<FieldError> errors = new ArrayList<>();

    public Validator required(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required", field + " is required"));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", field + " must be at most " + max + " characters"));
        }
        return this;
    }

    public Validator matches(String field, String value, Pattern pattern, String code, String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, code, message));
        }
        return this;
    }

    public Validator email(String field, String value) {
        return matches(field, value, EMAIL, "validation.email", field + " must be an e-mail address");
    }

    public Validator range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldError(field, "validation.range", field + " must be between " + min + " and " + max));
        }
        return this;
    }

    public Validator check(boolean ok, String field, String code, String message) {
        if (!ok) {
            errors.add(new FieldError(field, code, message));
        }
        return this;
    }

    public boolean hasErrorOn(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
