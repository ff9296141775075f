package eu.clus3.core.shared;

import java.util.List;

/** An upload whose content is of a type that is not accepted there: a field error like any invalid input, answered with 415. */
public class UnsupportedTypeException extends InvalidInputException {

    public UnsupportedTypeException(String field, String code, String message) {
        super(List.of(new FieldError(field, code, message)));
    }

    @Override public int status() { return 415; }
    @Override public String title() { return "Unsupported type"; }
}
