package eu.clus3.ui.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code jcmd} on the Payara Micro process Arquillian started (a descendant of this JVM): GCs, histograms, heap dumps. */
final class ServerJcmd {

    private ServerJcmd() {
    }

    static long payaraPid() {
        Optional<ProcessHandle> payara = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).findFirst();
        return payara.orElseThrow(() -> new AssertionError("no Payara Micro process found")).pid();
    }

    static String run(long pid, String... command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A dump of the live objects next to the WAR (ui/target), for {@code tools/HeapPaths.java}. */
    static Path heapDump(String name) {
        Path dump = Path.of(System.getProperty("clus3.war")).toAbsolutePath().getParent().resolve(name);
        try {
            java.nio.file.Files.deleteIfExists(dump);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(payaraPid(), "GC.heap_dump", dump.toString());
        return dump;
    }
}
