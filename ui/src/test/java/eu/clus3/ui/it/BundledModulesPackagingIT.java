package eu.clus3.ui.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built WAR (no server needed) carries the bundled modules as plugins/bundled-modules lists them: one jar in
 * WEB-INF/lib holding bundled-modules/index.txt and every archive it names, each a real module, and never the
 * example module (it exists for tests only).
 */
class BundledModulesPackagingIT {

    @Test
    void theWarCarriesTheBundledModulesIndexAndEveryArchiveItNamesButNotTheExampleModule() throws IOException {
        Path war = Path.of(System.getProperty("clus3.war"));
        Map<String, byte[]> bundled = new HashMap<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            List<? extends ZipEntry> carriers = zip.stream()
                    .filter(e -> e.getName().matches("WEB-INF/lib/clus3-bundled-modules-.*[.]jar")).toList();
            assertThat(carriers).as("the bundled modules' jar in the WAR").hasSize(1);
            try (ZipInputStream in = new ZipInputStream(zip.getInputStream(carriers.get(0)))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (e.getName().startsWith("bundled-modules/") && !e.isDirectory()) {
                        bundled.put(e.getName().substring("bundled-modules/".length()), in.readAllBytes());
                    }
                }
            }
            assertThat(zip.stream().map(ZipEntry::getName)).as("no module jar as a library of the WAR")
                    .noneMatch(n -> n.contains("example-module"));
        }
        assertThat(bundled).containsKey("index.txt");
        List<String> listed = new ArrayList<>();
        for (String line : new String(bundled.get("index.txt"), StandardCharsets.UTF_8).split("\\R")) {
            String text = line.replaceAll("\u001B\\[[0-9;]*m", "").trim();
            if (text.matches("[\\w.-]+:[\\w.-]+:(jar|zip)(:[\\w.-]+)?:[\\w.-]+( -- .*)?")) {
                String[] parts = text.split(" ")[0].split(":");
                listed.add(parts[1] + (parts.length == 5 ? "-" + parts[3] : "") + "." + parts[2]);
            }
        }
        for (String name : listed) {
            assertThat(bundled).as("listed in index.txt").containsKey(name);
            assertThat(descriptorOf(bundled.get(name))).as(name + " is a module").containsKey("Plugin-Id");
        }
        assertThat(listed).as("the example module is for tests, never bundled").noneMatch(n -> n.contains("example"));
        assertThat(bundled.keySet()).as("every bundled archive is listed").containsExactlyInAnyOrderElementsOf(
                concat(listed, "index.txt"));
    }

    private static List<String> concat(List<String> names, String more) {
        List<String> all = new ArrayList<>(names);
        all.add(more);
        return all;
    }

    private static Map<String, String> descriptorOf(byte[] jar) throws IOException {
        Map<String, String> manifest = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("META-INF/MANIFEST.MF")) {
                    new java.util.jar.Manifest((InputStream) in).getMainAttributes()
                            .forEach((k, v) -> manifest.put(k.toString(), v.toString()));
                }
            }
        }
        return manifest;
    }
}
