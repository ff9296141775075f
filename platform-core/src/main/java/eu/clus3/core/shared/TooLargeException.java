package eu.clus3.core.shared;

import java.util.List;

/** An upload over its limit: a field error like any invalid input, answered with 413. */
public class TooLargeException extends InvalidInputException {

    public TooLargeException(String field, String code, String message) {
        super(List.of(new FieldError(field, code, message)));
    }

    @Override public int status() { return 413; }
    @Override public String title() { return "Too large"; }
}
