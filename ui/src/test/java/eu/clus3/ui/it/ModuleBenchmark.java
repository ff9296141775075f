package eu.clus3.ui.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static eu.clus3.ui.it.ApiAssertions.assertJson;

/**
 * Not a test: the module figures of docs/benchmarks.md, on the real WAR and a real browser. Run on purpose
 * (its name does not end in IT, so {@code mvn verify} skips it):
 * {@code mvn -o -pl ui verify -Dit.test=ModuleBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes {@code ui/target/module-benchmark.txt}.
 *
 * <ul>
 *   <li>upload → answering: the install call (verify, store, load, start, mount), then the module's
 *       endpoint; and the page rendered in a browser once signed in (page load to view shown);</li>
 *   <li>leak check: the server's used heap after a full GC (jcmd) and the number of live module class
 *       loaders, after the first and every 5 cycles: 10 install → endpoint → uninstall cycles, then 10 that
 *       also show the page in a browser session ended (signed out) before uninstalling.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
class ModuleBenchmark {

    private static final int CYCLES = Integer.getInteger("clus3.benchmark.cycles", 20);

    @Deployment(testable = false)
    static WebArchive application() {
        return Clus3War.imported();
    }

    @ArquillianResource
    private URL url;

    @Test
    void measure() throws Exception {
        URI base = TestEnvironment.base(url);
        Api admin = Api.at(base).withToken(AdminToken.of(base));
        byte[] jar = ModuleJars.bytes(ModuleJars.v1());
        long pid = ServerJcmd.payaraPid();
        List<String> report = new ArrayList<>();
        report.add("server pid " + pid + ", module jar " + jar.length + " bytes, " + CYCLES + " cycles");
        report.add("cycle | install call ms | + endpoint 200 ms | + page shown ms | used heap after full GC (KiB) | module class loaders live");
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            // Cycles 1-10: REST only; 11-20 also show the page in a browser session that signs out (ending the
            // session and its UIs) before the module is uninstalled.
            boolean withPage = cycle > CYCLES / 2 || cycle == 1;
            long t0 = System.nanoTime();
            assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", jar), 201);
            long installed = System.nanoTime();
            while (admin.get("api/modules/example/hello").status() != 200) {
                Thread.onSpinWait();
            }
            long endpoint = System.nanoTime();
            long page = 0;
            if (withPage) {
                try (Browser browser = Browser.open(base)) {
                    browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
                    long shown = System.nanoTime();
                    browser.go("modules/example");
                    browser.visible(By.id("example-greeting"));
                    page = System.nanoTime() - shown;
                    browser.click(By.cssSelector("#user-menu vaadin-menu-bar-button"));
                    browser.click(By.id("sign-out"));
                    browser.waitUntil(d -> "/login".equals(browser.currentPath()) ? true : null);
                }
            }
            if (admin.delete("api/admin/modules/example?purge=true&confirm=example").status() != 204) {
                throw new AssertionError("uninstall failed in cycle " + cycle);
            }
            String heap = "";
            String loaders = "";
            if (cycle == 1 || cycle % 5 == 0) {
                jcmd(pid, "GC.run");
                jcmd(pid, "GC.run");
                heap = String.valueOf(usedHeapKiB(jcmd(pid, "GC.heap_info")));
                String histogram = jcmd(pid, "GC.class_histogram");
                loaders = String.valueOf(count(histogram, "org.pf4j.PluginClassLoader"));
                // Kept for finding what holds an uninstalled module: compare the histograms of two cycles.
                Files.writeString(Path.of(System.getProperty("clus3.war")).getParent()
                        .resolve("module-histogram-" + cycle + ".txt"), histogram);
            }
            report.add(cycle + " | " + ms(t0, installed) + " | " + ms(t0, endpoint) + " | "
                    + (withPage ? String.valueOf(page / 1_000_000) : "-") + " | " + heap + " | " + loaders);
        }
        // The platform's own leak check: the unloaded modules whose class loaders are still reachable.
        report.add("leak check: " + assertJson(admin.get("api/admin/modules/diagnostics/unloaded?collect=true"), 200)
                .path("alive").asInt() + " uninstalled module class loaders alive");
        if (Boolean.getBoolean("clus3.benchmark.heapDump")) {
            // For finding what holds an uninstalled module (tools/HeapPaths.java): live objects only.
            report.add("heap dump: " + ServerJcmd.heapDump("module-heap.hprof"));
        }
        Path out = Path.of(System.getProperty("clus3.war")).getParent().resolve("module-benchmark.txt");
        Files.write(out, report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String jcmd(long pid, String command) {
        return ServerJcmd.run(pid, command.split(" "));
    }

    private static long usedHeapKiB(String heapInfo) {
        long used = 0;
        Matcher m = Pattern.compile("used (\\d+)K").matcher(heapInfo);
        // The first "used" of each generation line; summed for the whole heap.
        Matcher total = Pattern.compile("total \\d+K, used (\\d+)K").matcher(heapInfo);
        while (total.find()) {
            used += Long.parseLong(total.group(1));
        }
        return used > 0 ? used : (m.find() ? Long.parseLong(m.group(1)) : -1);
    }

    private static long count(String histogram, String className) {
        for (String line : histogram.split("\\R")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 4 && cols[3].equals(className)) {
                return Long.parseLong(cols[1]);
            }
        }
        return 0;
    }
}
