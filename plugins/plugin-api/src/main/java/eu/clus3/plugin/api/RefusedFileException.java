package eu.clus3.plugin.api;

/**
 * A file the platform will not store: too large, over its owner's quota, of a type it does not accept (found from
 * the content), empty, or with an unusable name or owner. Nothing was stored. REST endpoints that let it through
 * answer 413 ({@link Reason#TOO_LARGE}, {@link Reason#QUOTA_EXCEEDED}), 415 ({@link Reason#TYPE_NOT_ACCEPTED}) or 400.
 *
 * @since 1.3.0
 */
public class RefusedFileException extends IllegalArgumentException {

    /** Why a file was refused. */
    public enum Reason {
        /** Larger than {@link ModuleFiles#maxBytes()}. */
        TOO_LARGE,
        /** The owner's files would exceed {@link ModuleFiles#ownerQuotaBytes()}. */
        QUOTA_EXCEEDED,
        /** Its content is none of the accepted types. */
        TYPE_NOT_ACCEPTED,
        /** No bytes at all. */
        EMPTY,
        /** A blank or unusable file name or owner key. */
        INVALID_NAME
    }

    private final Reason reason;

    public RefusedFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status this refusal stands for. */
    public int status() {
        return switch (reason) {
            case TOO_LARGE, QUOTA_EXCEEDED -> 413;
            case TYPE_NOT_ACCEPTED -> 415;
            default -> 400;
        };
    }
}
