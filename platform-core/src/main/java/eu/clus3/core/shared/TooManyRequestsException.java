package eu.clus3.core.shared;

import java.time.Duration;

public class TooManyRequestsException extends Clus3Exception {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override public int status() { return 429; }
    @Override public String title() { return "Too many requests"; }
}
