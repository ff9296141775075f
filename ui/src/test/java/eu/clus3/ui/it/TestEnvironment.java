package eu.clus3.ui.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the build hands the integration tests (see the failsafe configuration in ui/pom.xml): the WAR,
 * the Payara Micro jar, the first administrator's password, and a scratch directory under target/.
 */
public final class TestEnvironment {

    public static final String ADMIN = "admin";

    private TestEnvironment() {
    }

    public static Path war() {
        return existingFile("clus3.war", "target/ROOT.war");
    }

    public static Path payaraMicroJar() {
        return existingFile("payara.microJar", "target/runtime/payara-micro.jar");
    }

    /** The password the platform gives the first administrator (CLUS3_ADMIN_PASSWORD, set by the build). */
    public static String adminPassword() {
        String password = System.getenv("CLUS3_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("CLUS3_ADMIN_PASSWORD is not set: run the integration tests with Maven "
                    + "(mvn -pl ui verify), which also starts the servers with it");
        }
        return password;
    }

    /**
     * The failsafe JVM's temporary directory, which the build points into target/ so that Arquillian's
     * deployment copies, browser profiles and the embedded PostgreSQL stay out of /tmp. Created on demand,
     * because a clean build removes it.
     */
    public static Path scratch() {
        return directory(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The build's output directory (ui/target). */
    public static Path target() {
        return war().toAbsolutePath().getParent();
    }

    /**
     * An empty directory, whatever an earlier run left there: a server started again on an old runtime
     * folder would deploy the remembered application a second time.
     */
    public static Path freshDirectory(Path dir) {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot empty " + dir, e);
            }
        }
        return directory(dir);
    }

    public static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    /** The address Arquillian reports, as a base URI ending in '/' that relative paths resolve against. */
    public static URI base(URL arquillianUrl) {
        String url = arquillianUrl.toExternalForm();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    private static Path existingFile(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback)).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " does not exist: build the application first (mvn install -DskipTests)");
        }
        return path;
    }
}
