package eu.clus3.ui.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The WAR on Payara Micro, started the way {@code run.sh} starts it in production
 * ({@code java -jar payara-micro.jar --deploy ROOT.war --port <port> --nocluster --rootDir <dir>}) with
 * the given environment, on a free port. Ready when the application answers {@code /api/platform} (a
 * failed deployment leaves the server up but never ready); {@link #close()} stops it.
 * Its console goes to {@code <workDir>/payara.log}.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(
            Long.getLong("clus3.it.startupTimeoutSeconds", 240));

    private final Process process;
    private final URI base;
    private final Path log;

    private PayaraMicroProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts the server and waits until it is ready. Settings come only from {@code environment}: any
     * {@code CLUS3_*} variable of this JVM is removed first, so the server cannot pick up the H2
     * settings meant for the Arquillian deployments.
     */
    public static PayaraMicroProcess start(Path workDir, Map<String, String> environment) {
        TestEnvironment.directory(workDir);
        int port = freePort();
        Path log = workDir.resolve("payara.log");
        Path tmp = TestEnvironment.directory(workDir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.io.tmpdir=" + tmp,
                "-jar", TestEnvironment.payaraMicroJar().toString(),
                "--deploy", TestEnvironment.war().toString(),
                "--port", Integer.toString(port),
                "--nocluster",
                "--rootDir", workDir.resolve("payara-root").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CLUS3_"));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro: " + command, e);
        }
        PayaraMicroProcess server = new PayaraMicroProcess(process, URI.create("http://localhost:" + port + "/"), log);
        try {
            server.awaitReady();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The application's address, ending in '/'. */
    public URI base() {
        return base;
    }

    public Path log() {
        return log;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(base.resolve("api/platform")).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue()
                        + " before it was ready; its log ends with:\n" + tail());
            }
            try {
                lastStatus = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Payara Micro was not ready within " + STARTUP_TIMEOUT.toSeconds()
                + " s (last /api/platform status " + lastStatus + "); its log ends with:\n" + tail());
    }

    /** The last lines of the server's console, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Kills the server like {@code kill -9}: no shutdown hook, nothing flushed or closed. */
    public void kill() {
        process.destroyForcibly(); // SIGKILL on Unix
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server like Ctrl-C does (the application closes its database), forcibly after 60 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
