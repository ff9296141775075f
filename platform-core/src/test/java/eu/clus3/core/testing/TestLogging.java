package eu.clus3.core.testing;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the test output readable: pool, Flyway and PostgreSQL log a lot at INFO; warnings still show. */
public final class TestLogging {

    private TestLogging() {
    }

    public static void quiet() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
