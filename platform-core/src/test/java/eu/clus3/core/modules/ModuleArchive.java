package eu.clus3.core.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Builds module jars in tests: a manifest with {@code Plugin-*} entries, classes copied from the test class
 * path (PF4J loads them from the jar, plugin first, in their own class loader) and their extension index.
 */
final class ModuleArchive {

    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String> extensions = new java.util.ArrayList<>();

    private ModuleArchive() {
    }

    /** A valid module: id, version, requiring the plugin API 1.x. */
    static ModuleArchive module(String id, String version) {
        return new ModuleArchive().with("Plugin-Id", id).with("Plugin-Version", version)
                .with("Plugin-Requires", ">=1.0.0 & <2.0.0");
    }

    /** An archive with no manifest entries at all. */
    static ModuleArchive empty() {
        return new ModuleArchive();
    }

    ModuleArchive with(String manifestEntry, String value) {
        if (value == null) {
            manifest.remove(manifestEntry);
        } else {
            manifest.put(manifestEntry, value);
        }
        return this;
    }

    ModuleArchive dependsOn(String dependencies) {
        return with("Plugin-Dependencies", dependencies);
    }

    ModuleArchive pluginClass(Class<?> type) {
        classes(type);
        return with("Plugin-Class", type.getName());
    }

    /** Classes (with their nested classes listed explicitly) copied into the jar. */
    ModuleArchive classes(Class<?>... types) {
        for (Class<?> type : types) {
            String path = type.getName().replace('.', '/') + ".class";
            try (InputStream in = ModuleArchive.class.getClassLoader().getResourceAsStream(path)) {
                entries.put(path, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Extension classes: copied and listed in META-INF/extensions.idx. */
    ModuleArchive extensions(Class<?>... types) {
        classes(types);
        for (Class<?> type : types) {
            extensions.add(type.getName());
        }
        return this;
    }

    ModuleArchive entry(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ModuleArchive entry(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    byte[] jar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((k, v) -> mf.getMainAttributes().put(new Attributes.Name(k), v));
        try (JarOutputStream jar = new JarOutputStream(bytes, mf)) {
            if (!extensions.isEmpty()) {
                jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                jar.write(extensions.stream().collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
