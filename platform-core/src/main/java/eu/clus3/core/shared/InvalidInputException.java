package eu.clus3.core.shared;

import java.util.List;

public class InvalidInputException extends Clus3Exception {

    private final List<FieldError> fieldErrors;

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("error.invalidInput", describe(fieldErrors));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldError(field, code, message)));
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("Invalid input");
        for (FieldError e : errors) {
            text.append(text.length() == 13 ? ": " : "; ").append(e.field()).append(": ").append(e.message());
        }
        return text.toString();
    }

    @Override public List<FieldError> fieldErrors() { return fieldErrors; }
    @Override public int status() { return 400; }
    @Override public String title() { return "Invalid input"; }
}
