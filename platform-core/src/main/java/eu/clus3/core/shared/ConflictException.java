package eu.clus3.core.shared;

/** Someone else changed the data first (optimistic locking), or the request clashes with existing data. */
public class ConflictException extends Clus3Exception {

    private final Long currentVersion;

    public ConflictException(String code, String message, Long currentVersion) {
        super(code, message);
        this.currentVersion = currentVersion;
    }

    public static ConflictException staleVersion(String what, long currentVersion) {
        return new ConflictException("error.staleVersion",
                what + " was changed by someone else; reload it (current version " + currentVersion + ")",
                currentVersion);
    }

    /** The version the data has now, when the conflict is a stale edit; null otherwise. */
    public Long currentVersion() {
        return currentVersion;
    }

    @Override public int status() { return 409; }
    @Override public String title() { return "Conflict"; }
}
