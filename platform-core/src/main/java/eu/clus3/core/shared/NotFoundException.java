package eu.clus3.core.shared;

public class NotFoundException extends Clus3Exception {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " does not exist");
    }

    @Override public int status() { return 404; }
    @Override public String title() { return "Not found"; }
}
