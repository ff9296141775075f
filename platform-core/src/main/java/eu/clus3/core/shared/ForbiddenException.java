package eu.clus3.core.shared;

public class ForbiddenException extends Clus3Exception {

    public ForbiddenException(String message) {
        super("error.forbidden", message);
    }

    @Override public int status() { return 403; }
    @Override public String title() { return "Forbidden"; }
}
