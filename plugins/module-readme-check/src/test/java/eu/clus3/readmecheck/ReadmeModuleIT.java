package eu.clus3.readmecheck;

import eu.clus3.core.modules.ArtifactVerifier;
import eu.clus3.core.modules.ArtifactVerifier.Purpose;
import eu.clus3.core.modules.ModuleHost;
import eu.clus3.core.modules.ModuleSettings;
import eu.clus3.core.modules.ModuleState;
import eu.clus3.core.modules.RunningModule;
import eu.clus3.core.modules.StoredModule;
import eu.clus3.core.modules.TrustedKeys;
import eu.clus3.core.modules.VerifiedArtifact;
import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.ModuleView;
import eu.clus3.plugin.api.PluginApi;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * plugins/README.md's minimal module, taken from the README's own text, built by Maven as a stranger builds it
 * (against the plugin API and module parent this build installed), and then verified and started the way the
 * platform does with an upload. Fails when the README's code stops compiling or its pom stops building a module.
 */
class ReadmeModuleIT {

    /** A file of the module: a paragraph that starts with its path names the next fenced block, e.g. {@code `hello-module/pom.xml` — ...}. */
    private static final Pattern FILE_LINE = Pattern.compile("^`(hello-module/[^`]+)`");
    /** The README's build command and the jar it says it makes. */
    private static final Pattern BUILD_LINE = Pattern.compile("^mvn package\\s+# (target/\\S+\\.jar)$", Pattern.MULTILINE);

    @Test
    void the_readme_minimal_module_builds_from_its_text_and_the_platform_verifies_and_starts_it(@TempDir Path work)
            throws Exception {
        String readme = Files.readString(Path.of(property("readme.file")), StandardCharsets.UTF_8);
        assertThat(property("readme.clus3Version"))
                .as("clus3.version in plugins/module-parent/pom.xml must be the platform's version")
                .isEqualTo(property("readme.platformVersion"));

        Map<String, String> files = moduleFiles(readme);
        assertThat(files.keySet()).as("the README's module files").contains("hello-module/pom.xml",
                "hello-module/src/main/resources/messages.properties");
        assertThat(files.keySet()).filteredOn(f -> f.endsWith(".java")).hasSizeGreaterThanOrEqualTo(3);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = work.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
        Matcher build = BUILD_LINE.matcher(readme);
        assertThat(build.find()).as("the README's 'mvn package   # target/<jar>' line").isTrue();

        Path module = work.resolve("hello-module");
        maven(module, work.resolve("maven.log"));
        Path jar = module.resolve(build.group(1));
        assertThat(jar).as("the jar the README names").isRegularFile();

        byte[] bytes = Files.readAllBytes(jar);
        VerifiedArtifact verified = new ArtifactVerifier(ModuleSettings.DEFAULTS, TrustedKeys.none(), PluginApi.VERSION)
                .verify(jar.getFileName().toString(), bytes, Optional.empty(), Map.of(), Purpose.INSTALL);
        assertThat(verified.descriptor().id()).isEqualTo("hello");
        assertThat(verified.descriptor().version()).isEqualTo("1.0.0");
        assertThat(verified.descriptor().dependencies()).isEmpty();
        assertThat(readme).as("the README names the plugin API version").contains("(now `" + PluginApi.VERSION + "`");
        // the defaults the README promises from the module parent
        assertThat(readme).as("the README states the parent's default Plugin-Requires")
                .contains("(default `" + verified.descriptor().requires() + "`)");
        assertThat(verified.descriptor().description()).as("Plugin-Description: the project's description")
                .isEqualTo(element(files.get("hello-module/pom.xml"), "description"));
        assertThat(verified.descriptor().provider()).isEqualTo(element(files.get("hello-module/pom.xml"), "module.provider"));
        try (JarFile opened = new JarFile(jar.toFile())) {
            assertThat(opened.getEntry("META-INF/extensions.idx")).as("PF4J's index of the @Extension classes").isNotNull();
            assertThat(opened.stream().map(e -> e.getName()))
                    .as("a module's jar holds only its own classes").allMatch(n -> n.startsWith("META-INF/")
                            || n.startsWith("org/example/") || n.startsWith("messages") || n.equals("org/"));
        }

        startInTheModuleHost(work, verified, bytes, firstExtension(jar));
    }

    /** Loads and starts the jar in the platform's own host, with a test kit context, as an installation does. */
    private static void startInTheModuleHost(Path work, VerifiedArtifact verified, byte[] bytes, String extensionClass)
            throws Exception {
        List<TestModuleContext> contexts = new ArrayList<>();
        try (ModuleHost host = new ModuleHost(work.resolve("plugins"), (id, version, loader) -> {
            try {
                // a class of the module, so that the context reads the module's own messages from its jar
                TestModuleContext context = new TestModuleContext(id, loader.loadClass(extensionClass));
                contexts.add(context);
                return context;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }, 30)) {
            host.converge(List.of(new StoredModule(verified.descriptor(), verified.packaging(), verified.sha256(), true,
                    () -> bytes)));

            ModuleHost.Status status = host.status("hello", true);
            assertThat(status.state()).as("started (reason: " + status.reason() + ")").isEqualTo(ModuleState.STARTED);
            RunningModule hello = host.running("hello").orElseThrow();
            assertThat(hello.contributions()).containsExactly("1 view", "REST endpoint", "1 permission");

            TestModuleContext context = contexts.get(0);
            for (ModulePermission permission : hello.permissions()) {
                assertThat(permission.id()).startsWith("hello.");
                assertMessage(context, permission.nameKey());
                assertMessage(context, permission.descriptionKey());
            }
            for (ModuleView view : hello.views().get(0).views()) {
                assertMessage(context, view.labelKey());
            }
        }
    }

    private static void assertMessage(TestModuleContext context, String key) {
        assertThat(context.message(Locale.ENGLISH, key)).as("messages.properties has " + key).doesNotStartWith("!");
    }

    /** The README's blocks that a file line names, by path, in the order they appear. */
    static Map<String, String> moduleFiles(String readme) {
        Map<String, String> files = new LinkedHashMap<>();
        String[] lines = readme.split("\n", -1);
        String named = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```")) {
                int end = i + 1;
                while (end < lines.length && !lines[end].strip().equals("```")) {
                    end++;
                }
                if (named != null) {
                    assertThat(files).as("README names " + named + " twice").doesNotContainKey(named);
                    files.put(named, String.join("\n", List.of(lines).subList(i + 1, end)) + "\n");
                }
                named = null;
                i = end;
            } else if (!line.isBlank() && (i == 0 || lines[i - 1].isBlank())) {
                Matcher m = FILE_LINE.matcher(line);
                named = m.find() ? m.group(1) : null;
            }
        }
        return files;
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(xml);
        assertThat(m.find()).as("<" + name + "> in the README's pom").isTrue();
        return m.group(1).trim();
    }

    private static String firstExtension(Path jar) throws IOException {
        try (JarFile opened = new JarFile(jar.toFile());
             InputStream index = opened.getInputStream(opened.getEntry("META-INF/extensions.idx"))) {
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
        }
    }

    /**
     * {@code mvn -q -B package} in the module's folder, with this build's local repository, offline when this build is.
     * Online (CI on a fresh machine) it may fetch the few library versions that the module's own dependency graph
     * picks and this build's graphs did not (e.g. commons-lang3 through Vaadin); offline they must be cached already.
     */
    private static void maven(Path project, Path log) throws IOException, InterruptedException {
        boolean offline = property("readme.offline").equals("offline=true");
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-q", "-B",
                "-Dmaven.repo.local=" + property("readme.localRepository"), "package"));
        if (offline) {
            command.add(1, "-o");
        }
        Process process = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("The README module's build took over 5 minutes:\n" + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            fail("The README module does not build (" + String.join(" ", command) + ")"
                    + (offline ? "; offline, so a library it needs may simply not be cached yet: run once online" : "")
                    + ":\n" + Files.readString(log));
        }
    }

    /** Maven from maven.home (the Maven running this build), else MAVEN_HOME, else mvn on the PATH. */
    private static String mavenExecutable() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "mvn.cmd" : "mvn";
        for (String home : new String[]{System.getProperty("maven.home"), System.getenv("MAVEN_HOME")}) {
            if (home != null && !home.isBlank() && !home.startsWith("${")) {
                Path mvn = Path.of(home, "bin", name);
                if (Files.isExecutable(mvn)) {
                    return mvn.toString();
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path mvn = Path.of(dir, name);
            if (!dir.isBlank() && Files.isExecutable(mvn)) {
                return mvn.toString();
            }
        }
        throw new IllegalStateException("No Maven found: set maven.home or MAVEN_HOME, or put mvn on the PATH");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property " + name + " (set by this module's pom)").isNotBlank();
        return value;
    }
}
