package eu.clus3.core.shared;

public class NotFoundException extends Clus3Exception {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " does not exist");
    }

    private NotFoundException(String code, String message, boolean custom) {
        super(code, message);
    }

    /** Not found, with its own message key and text (e.g. an unusable link). */
    public static NotFoundException because(String code, String message) {
        return new NotFoundException(code, message, true);
    }

    @Override public int status() { return 404; }
    @Override public String title() { return "Not found"; }
}
