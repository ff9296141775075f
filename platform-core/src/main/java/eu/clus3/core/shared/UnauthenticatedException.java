package eu.clus3.core.shared;

public class UnauthenticatedException extends Clus3Exception {

    public UnauthenticatedException() {
        super("error.unauthenticated", "Sign in, or send a valid API token as 'Authorization: Bearer <token>'");
    }

    @Override public int status() { return 401; }
    @Override public String title() { return "Authentication required"; }
}
