package eu.clus3.ui.shell;

/** Navigation to a view the signed-in user may not open. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException() {
        super("access denied");
    }
}
