package eu.clus3.core.modules;

import eu.clus3.core.modules.ArtifactVerifier.Installed;
import eu.clus3.core.modules.ArtifactVerifier.Purpose;
import eu.clus3.core.modules.ModuleDescriptor.ModuleDependency;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every kind of bad upload is refused with a clear reason before anything is stored or run. */
class ArtifactVerifierTest {

    private static final ArtifactVerifier VERIFIER = new ArtifactVerifier(ModuleSettings.DEFAULTS, TrustedKeys.none(), "1.1.0");
    private static final Map<String, Installed> NONE = Map.of();

    @Test
    void a_valid_module_jar_is_described_with_its_sha256() {
        byte[] jar = ModuleArchive.module("labeling", "1.2.0").dependsOn("benchmarking@>=1.0.0, training?@*")
                .with("Plugin-Description", "Label applications").with("Plugin-Provider", "Informest").jar();
        Map<String, Installed> installed = Map.of("benchmarking", new Installed("benchmarking", "1.4.0", List.of()));

        VerifiedArtifact v = VERIFIER.verify("labeling-1.2.0.jar", jar, Optional.empty(), installed, Purpose.INSTALL);

        assertThat(v.descriptor().id()).isEqualTo("labeling");
        assertThat(v.descriptor().version()).isEqualTo("1.2.0");
        assertThat(v.descriptor().description()).isEqualTo("Label applications");
        assertThat(v.descriptor().dependencies()).containsExactly(
                new ModuleDependency("benchmarking", ">=1.0.0", false), new ModuleDependency("training", "*", true));
        assertThat(v.packaging()).isEqualTo(ArtifactPackaging.JAR);
        assertThat(v.sha256()).hasSize(64).isEqualTo(ArtifactVerifier.sha256(jar));
        assertThat(v.size()).isEqualTo(jar.length);
        assertThat(v.signed()).isFalse();
    }

    @Test
    void a_zip_with_plugin_properties_classes_and_lib_is_a_zip_module() {
        byte[] zip = zip(Map.of("plugin.properties", "plugin.id=training\nplugin.version=0.3.0\nplugin.requires=>=1.0.0\n",
                "classes/eu/x/A.class", "not really a class", "lib/helper.jar", "PK"));

        VerifiedArtifact v = VERIFIER.verify("training.zip", zip, Optional.empty(), NONE, Purpose.INSTALL);

        assertThat(v.descriptor().id()).isEqualTo("training");
        assertThat(v.packaging()).isEqualTo(ArtifactPackaging.ZIP);
    }

    @Test
    void a_file_that_is_not_an_archive_is_refused() {
        assertRefused(() -> VERIFIER.verify("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), Optional.empty(), NONE,
                Purpose.INSTALL), "module.notAnArchive", "not a jar or zip");
        assertRefused(() -> VERIFIER.verify("broken.jar", new byte[]{'P', 'K', 3, 4, 0, 0, 1}, Optional.empty(), NONE,
                Purpose.INSTALL), "module.notAnArchive", "");
    }

    @Test
    void an_empty_upload_is_refused() {
        assertRefused(() -> VERIFIER.verify("x.jar", new byte[0], Optional.empty(), NONE, Purpose.INSTALL),
                "module.empty", "empty");
    }

    @Test
    void a_jar_over_the_size_limit_is_refused() {
        ArtifactVerifier small = new ArtifactVerifier(ModuleSettings.DEFAULTS.withMaxArtifactBytes(1000), TrustedKeys.none(), "1.1.0");
        byte[] jar = ModuleArchive.module("big", "1.0.0").entry("data.bin", new byte[5000]).with("Plugin-Description",
                "x".repeat(100)).jar();
        byte[] padded = jar.length > 1000 ? jar : java.util.Arrays.copyOf(jar, 1001);

        assertRefused(() -> small.verify("big.jar", padded, Optional.empty(), NONE, Purpose.INSTALL), "module.tooLarge",
                "at most 1000 bytes");
    }

    @Test
    void a_zip_bomb_is_refused_by_what_it_really_unpacks_to() {
        // 300 MB of zeros compress to a few hundred KB.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\nPlugin-Id: bomb\nPlugin-Version: 1.0.0\nPlugin-Requires: *\n\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] mb = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(mb);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        assertRefused(() -> VERIFIER.verify("bomb.jar", bytes.toByteArray(), Optional.empty(), NONE, Purpose.INSTALL),
                "module.zipBomb", "zip bomb");
    }

    @Test
    void an_entry_whose_path_leaves_the_module_folder_is_refused() {
        for (String evil : List.of("../../etc/cron.d/evil", "/etc/passwd", "classes/../../outside.class", "C:\\windows\\x.dll")) {
            byte[] zip = zip(Map.of("plugin.properties", "plugin.id=slip\nplugin.version=1.0.0\nplugin.requires=*\n",
                    evil, "boom"));
            assertRefused(() -> VERIFIER.verify("slip.zip", zip, Optional.empty(), NONE, Purpose.INSTALL),
                    "module.unsafePath", "leaves its folder");
        }
    }

    @Test
    void unpacking_never_writes_outside_the_module_folder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plugins").resolve("slip"));
        byte[] zip = zip(Map.of("ok.txt", "fine", "../escaped.txt", "boom"));

        assertThatThrownBy(() -> ModuleHost.unzip(zip, folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
        assertThat(dir.resolve("plugins").resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void an_archive_without_a_descriptor_is_refused() {
        assertRefused(() -> VERIFIER.verify("lib.jar", ModuleArchive.empty().entry("a.txt", "x").jar(), Optional.empty(),
                NONE, Purpose.INSTALL), "module.missingDescriptor", "no module descriptor");
    }

    @Test
    void a_malformed_descriptor_is_refused_naming_the_field() {
        assertRefused(() -> verify(ModuleArchive.module("Bad Id!", "1.0.0")), "module.malformedDescriptor", "Plugin-Id");
        assertRefused(() -> verify(ModuleArchive.module("ok", "one")), "module.malformedDescriptor", "Plugin-Version");
        assertRefused(() -> verify(ModuleArchive.module("ok", null)), "module.malformedDescriptor", "Plugin-Version");
        assertRefused(() -> verify(ModuleArchive.module("ok", "1.0.0").with("Plugin-Requires", null)),
                "module.malformedDescriptor", "Plugin-Requires is missing");
        assertRefused(() -> verify(ModuleArchive.module("ok", "1.0.0").with("Plugin-Requires", "between 1 and 2")),
                "module.malformedDescriptor", "Plugin-Requires");
        assertRefused(() -> verify(ModuleArchive.module("ok", "1.0.0").dependsOn("Not Valid@1.0")),
                "module.malformedDescriptor", "Plugin-Dependencies");
    }

    @Test
    void a_module_requiring_a_newer_platform_is_refused_with_both_versions() {
        assertRefused(() -> verify(ModuleArchive.module("future", "1.0.0").with("Plugin-Requires", ">=2.0.0")),
                "module.platformVersion", "requires plugin API >=2.0.0, but this platform offers plugin API 1.1.0");
    }

    @Test
    void modules_built_for_an_older_minor_api_are_accepted_by_this_platform() {
        // The ranges the example module (1.1) and benchmarking (1.3) were built with, against the real API version.
        ArtifactVerifier current = new ArtifactVerifier(ModuleSettings.DEFAULTS, TrustedKeys.none(),
                eu.clus3.plugin.api.PluginApi.VERSION);
        for (String requires : List.of(">=1.1.0 & <2.0.0", ">=1.3.0 & <2.0.0", ">=1.4.0 & <2.0.0")) {
            byte[] jar = ModuleArchive.module("older", "1.0.0").with("Plugin-Requires", requires).jar();
            assertThat(current.verify("older.jar", jar, Optional.empty(), NONE, Purpose.INSTALL).descriptor().requires())
                    .isEqualTo(requires);
        }
        assertRefused(() -> current.verify("newer.jar", ModuleArchive.module("newer", "1.0.0")
                        .with("Plugin-Requires", ">=1.5.0 & <2.0.0").jar(), Optional.empty(), NONE, Purpose.INSTALL),
                "module.platformVersion", "offers plugin API " + eu.clus3.plugin.api.PluginApi.VERSION);
    }

    @Test
    void a_duplicate_id_is_refused_on_install() {
        Map<String, Installed> installed = Map.of("notes", new Installed("notes", "1.0.0", List.of()));

        assertRefused(() -> VERIFIER.verify("notes.jar", ModuleArchive.module("notes", "1.5.0").jar(), Optional.empty(),
                installed, Purpose.INSTALL), "module.duplicateId", "already installed");
    }

    @Test
    void an_upgrade_must_bring_a_higher_version() {
        Map<String, Installed> installed = Map.of("notes", new Installed("notes", "1.5.0", List.of()));

        assertRefused(() -> VERIFIER.verify("notes.jar", ModuleArchive.module("notes", "1.4.9").jar(), Optional.empty(),
                installed, Purpose.UPGRADE), "module.lowerVersion", "lower than the installed version 1.5.0");
        assertRefused(() -> VERIFIER.verify("notes.jar", ModuleArchive.module("notes", "1.5.0").jar(), Optional.empty(),
                installed, Purpose.UPGRADE), "module.sameVersion", "already installed");
        assertThat(VERIFIER.verify("notes.jar", ModuleArchive.module("notes", "2.0.0").jar(), Optional.empty(),
                installed, Purpose.UPGRADE).descriptor().version()).isEqualTo("2.0.0");
    }

    @Test
    void an_upgrade_that_installed_dependents_do_not_accept_is_refused() {
        Map<String, Installed> installed = Map.of(
                "benchmarking", new Installed("benchmarking", "1.0.0", List.of()),
                "labeling", new Installed("labeling", "1.0.0", List.of(new ModuleDependency("benchmarking", "<2.0.0", false))));

        assertRefused(() -> VERIFIER.verify("b.jar", ModuleArchive.module("benchmarking", "2.0.0").jar(), Optional.empty(),
                installed, Purpose.UPGRADE), "module.dependencyVersion", "'labeling' needs 'benchmarking' <2.0.0");
    }

    @Test
    void missing_or_wrong_version_dependencies_are_refused_optional_ones_are_not() {
        assertRefused(() -> verify(ModuleArchive.module("labeling", "1.0.0").dependsOn("benchmarking@>=1.0.0")),
                "module.missingDependency", "needs module 'benchmarking' >=1.0.0, which is not installed");
        Map<String, Installed> old = Map.of("benchmarking", new Installed("benchmarking", "0.9.0", List.of()));
        assertRefused(() -> VERIFIER.verify("l.jar", ModuleArchive.module("labeling", "1.0.0").dependsOn("benchmarking@>=1.0.0")
                .jar(), Optional.empty(), old, Purpose.INSTALL), "module.dependencyVersion", "version 0.9.0 is installed");
        assertThat(verify(ModuleArchive.module("labeling", "1.0.0").dependsOn("training?@>=1.0.0")).descriptor().id())
                .isEqualTo("labeling");
    }

    @Test
    void a_cycle_in_dependencies_is_refused() {
        assertRefused(() -> verify(ModuleArchive.module("narcissus", "1.0.0").dependsOn("narcissus")),
                "module.dependencyCycle", "depends on itself");
        // bb needs aa (optionally, so it could be installed first); an upgrade of aa that needs bb closes a cycle.
        Map<String, Installed> installed = Map.of(
                "aa", new Installed("aa", "1.0.0", List.of()),
                "bb", new Installed("bb", "1.0.0", List.of(new ModuleDependency("aa", "*", true))));
        assertRefused(() -> VERIFIER.verify("a.jar", ModuleArchive.module("aa", "2.0.0").dependsOn("bb").jar(), Optional.empty(),
                installed, Purpose.UPGRADE), "module.dependencyCycle", "aa -> bb -> aa");
    }

    @Test
    void with_trusted_keys_configured_a_valid_detached_signature_is_required(@TempDir Path dir) throws Exception {
        KeyPair trusted = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path pem = dir.resolve("trusted.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(trusted.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        ArtifactVerifier strict = new ArtifactVerifier(ModuleSettings.DEFAULTS.withTrustedKeys(pem), TrustedKeys.read(pem), "1.1.0");
        byte[] jar = ModuleArchive.module("signed", "1.0.0").jar();

        assertRefused(() -> strict.verify("s.jar", jar, Optional.empty(), NONE, Purpose.INSTALL), "module.signatureMissing",
                "only accepts signed modules");
        assertRefused(() -> strict.verify("s.jar", jar, Optional.of(sign(stranger, jar)), NONE, Purpose.INSTALL),
                "module.signatureInvalid", "does not match");
        assertRefused(() -> strict.verify("s.jar", jar, Optional.of("%%%"), NONE, Purpose.INSTALL),
                "module.signatureInvalid", "does not match");
        assertThat(strict.verify("s.jar", jar, Optional.of(sign(trusted, jar)), NONE, Purpose.INSTALL).signed()).isTrue();
    }

    // --- helpers ---

    private static VerifiedArtifact verify(ModuleArchive archive) {
        return VERIFIER.verify("m.jar", archive.jar(), Optional.empty(), NONE, Purpose.INSTALL);
    }

    private static String sign(KeyPair key, byte[] content) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key.getPrivate());
        s.update(content);
        return Base64.getEncoder().encodeToString(s.sign());
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("refused with " + code).isNotNull();
        FieldError error = e.fieldErrors().get(0);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).contains(text);
    }
}
