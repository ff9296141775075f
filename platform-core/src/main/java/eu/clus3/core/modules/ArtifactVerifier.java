package eu.clus3.core.modules;

import eu.clus3.core.modules.ModuleDescriptor.ModuleDependency;
import eu.clus3.core.shared.InvalidInputException;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDependency;
import org.pf4j.VersionManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks an uploaded module before anything of it is stored or run: that it is a jar or zip at all, within
 * the size limits, without entries that would land outside its folder or unpack to gigabytes; that its
 * descriptor is complete and well-formed; that it fits this platform's plugin-API version and the modules
 * installed (dependencies present in the right versions, no cycle, no duplicate, no downgrade); and, when
 * trusted keys are configured, that a trusted key signed it. Every refusal is an
 * {@link InvalidInputException} on the field {@code file} (or {@code signature}) saying what is wrong.
 */
public final class ArtifactVerifier {

    /** Ids are short, lower-case and safe in paths, routes, URLs and search kinds ("module:" + id fits 40). */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_DESCRIPTOR_BYTES = 64 * 1024;

    /** A module already installed, as far as the checks of another one are concerned. */
    public record Installed(String id, String version, List<ModuleDependency> dependencies) {
    }

    /** Whether the upload is a new module or a newer version of an installed one. */
    public enum Purpose { INSTALL, UPGRADE }

    private final ModuleSettings settings;
    private final TrustedKeys trustedKeys;
    private final String platformApiVersion;
    private final VersionManager versions = new DefaultVersionManager();

    public ArtifactVerifier(ModuleSettings settings, TrustedKeys trustedKeys, String platformApiVersion) {
        this.settings = settings;
        this.trustedKeys = trustedKeys;
        this.platformApiVersion = platformApiVersion;
    }

    /**
     * @param fileName  the uploaded file's name (only shown back; never used as a path)
     * @param bytes     the upload
     * @param signature the detached signature (Base64), or empty
     * @param installed the modules installed now, by id
     * @param purpose   install (the id must be new) or upgrade (the id must exist with a lower version)
     */
    public VerifiedArtifact verify(String fileName, byte[] bytes, Optional<String> signature,
                                   Map<String, Installed> installed, Purpose purpose) {
        if (bytes == null || bytes.length == 0) {
            throw refused("module.empty", "The upload is empty");
        }
        if (bytes.length > settings.maxArtifactBytes()) {
            throw refused("module.tooLarge", "The file has " + bytes.length + " bytes; modules may have at most "
                    + settings.maxArtifactBytes() + " bytes");
        }
        if (!startsWithZipMagic(bytes)) {
            throw refused("module.notAnArchive", "The file is not a jar or zip archive");
        }
        Contents contents = read(bytes);
        ModuleDescriptor descriptor = descriptor(contents);
        checkFits(descriptor, installed, purpose);
        boolean signed = checkSignature(bytes, signature);
        return new VerifiedArtifact(descriptor, safeFileName(fileName, descriptor),
                contents.zipLayout ? ArtifactPackaging.ZIP : ArtifactPackaging.JAR, sha256(bytes), bytes.length, signed);
    }

    // --- the archive ----------------------------------------------------------------------------

    private record Contents(byte[] manifest, byte[] properties, boolean zipLayout) {
    }

    private static boolean startsWithZipMagic(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads every entry to the end, counting what it really unpacks to (the sizes an archive declares can
     * lie), and keeps the descriptors.
     */
    private Contents read(byte[] bytes) {
        byte[] manifest = null;
        byte[] properties = null;
        boolean zipLayout = false;
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > settings.maxEntries()) {
                    throw refused("module.tooManyEntries", "The archive has more than " + settings.maxEntries() + " entries");
                }
                String name = entry.getName();
                if (!isSafeEntryName(name)) {
                    throw refused("module.unsafePath", "The archive holds an entry whose path leaves its folder: " + shown(name));
                }
                if (name.startsWith("classes/") || name.startsWith("lib/")) {
                    zipLayout = true;
                }
                boolean keep = name.equals("META-INF/MANIFEST.MF") || name.equals("plugin.properties");
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    unpacked += n;
                    if (unpacked > settings.maxUnpackedBytes()) {
                        throw refused("module.zipBomb", "The archive unpacks to more than " + settings.maxUnpackedBytes()
                                + " bytes: refused as a possible zip bomb");
                    }
                    if (kept != null) {
                        if (kept.size() + n > MAX_DESCRIPTOR_BYTES) {
                            throw refused("module.malformedDescriptor", "The descriptor " + name + " is larger than 64 KiB");
                        }
                        kept.write(buffer, 0, n);
                    }
                }
                if (name.equals("META-INF/MANIFEST.MF")) {
                    manifest = kept.toByteArray();
                } else if (name.equals("plugin.properties")) {
                    properties = kept.toByteArray();
                }
            }
        } catch (ZipException e) {
            throw refused("module.notAnArchive", "The file is not a valid jar or zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw refused("module.notAnArchive", "The archive cannot be read (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw refused("module.notAnArchive", "The archive is empty");
        }
        return new Contents(manifest, properties, zipLayout);
    }

    /** Relative, normalised, no '..' segment, no drive letters or backslashes: unpacks inside its folder. */
    static boolean isSafeEntryName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":") || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    // --- the descriptor -------------------------------------------------------------------------

    private ModuleDescriptor descriptor(Contents contents) {
        Map<String, String> fields = new HashMap<>();
        if (contents.manifest != null) {
            try {
                Attributes main = new Manifest(new ByteArrayInputStream(contents.manifest)).getMainAttributes();
                main.forEach((k, v) -> fields.put(k.toString(), v.toString()));
            } catch (IOException | RuntimeException e) {
                throw refused("module.malformedDescriptor", "META-INF/MANIFEST.MF cannot be read: " + e.getMessage());
            }
        }
        if (!fields.containsKey("Plugin-Id") && contents.properties != null) {
            fields.clear();
            Properties p = new Properties();
            try (InputStream in = new ByteArrayInputStream(contents.properties)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw refused("module.malformedDescriptor", "plugin.properties cannot be read: " + e.getMessage());
            }
            p.forEach((k, v) -> fields.put(propertyToManifestName(k.toString()), v.toString()));
        }
        if (!fields.containsKey("Plugin-Id")) {
            throw refused("module.missingDescriptor", "The archive has no module descriptor: neither Plugin-Id in "
                    + "META-INF/MANIFEST.MF nor plugin.id in plugin.properties");
        }
        String id = field(fields, "Plugin-Id");
        String version = field(fields, "Plugin-Version");
        String requires = field(fields, "Plugin-Requires");
        if (!ID.matcher(id).matches()) {
            throw refused("module.malformedDescriptor", "Plugin-Id '" + shown(id) + "' is not valid: 2 to 32 lower-case "
                    + "letters, digits or '-', starting with a letter");
        }
        if (version.isEmpty() || !isVersion(version)) {
            throw refused("module.malformedDescriptor", "Plugin-Version '" + shown(version)
                    + "' is not a semantic version such as 1.2.0");
        }
        if (requires.isEmpty()) {
            throw refused("module.malformedDescriptor", "Plugin-Requires is missing: say which plugin-API versions the "
                    + "module works with, e.g. '>=1.1.0 & <2.0.0' (this platform offers " + platformApiVersion + ")");
        }
        List<ModuleDependency> dependencies = new ArrayList<>();
        String declared = field(fields, "Plugin-Dependencies");
        if (!declared.isEmpty()) {
            for (String one : declared.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                PluginDependency d;
                try {
                    d = new PluginDependency(one.trim());
                } catch (RuntimeException e) {
                    throw refused("module.malformedDescriptor", "Plugin-Dependencies entry '" + shown(one) + "' is malformed");
                }
                if (!ID.matcher(d.getPluginId()).matches()) {
                    throw refused("module.malformedDescriptor", "Plugin-Dependencies names an invalid module id '"
                            + shown(d.getPluginId()) + "'");
                }
                dependencies.add(new ModuleDependency(d.getPluginId(), d.getPluginVersionSupport(), d.isOptional()));
            }
        }
        return new ModuleDescriptor(id, version, requires, dependencies, field(fields, "Plugin-Class"),
                field(fields, "Plugin-Description"), field(fields, "Plugin-Provider"), field(fields, "Plugin-License"));
    }

    private static String propertyToManifestName(String property) {
        // plugin.id -> Plugin-Id, plugin.dependencies -> Plugin-Dependencies
        if (!property.startsWith("plugin.") || property.length() <= 7) {
            return property;
        }
        String rest = property.substring(7);
        return "Plugin-" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private static String field(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value.trim();
    }

    private boolean isVersion(String version) {
        try {
            versions.compareVersions(version, version);
            return version.matches("[0-9A-Za-z.+-]{1,40}");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean satisfies(String version, String constraint) {
        if (constraint == null || constraint.isBlank() || constraint.trim().equals("*")) {
            return true;
        }
        return versions.checkVersionConstraint(version, constraint);
    }

    // --- the platform and the modules installed ---------------------------------------------------

    private void checkFits(ModuleDescriptor d, Map<String, Installed> installed, Purpose purpose) {
        boolean fits;
        try {
            fits = satisfies(platformApiVersion, d.requires());
        } catch (RuntimeException e) {
            throw refused("module.malformedDescriptor", "Plugin-Requires '" + shown(d.requires())
                    + "' is not a version expression such as '>=1.1.0 & <2.0.0'");
        }
        if (!fits) {
            throw refused("module.platformVersion", "Module " + d.id() + " " + d.version() + " requires plugin API "
                    + d.requires() + ", but this platform offers plugin API " + platformApiVersion);
        }
        Installed current = installed.get(d.id());
        if (purpose == Purpose.INSTALL && current != null) {
            throw refused("module.duplicateId", "A module with id '" + d.id() + "' is already installed (version "
                    + current.version() + "); upgrade it instead");
        }
        if (purpose == Purpose.UPGRADE) {
            if (current == null) {
                throw refused("module.notInstalled", "No module with id '" + d.id() + "' is installed; install it instead");
            }
            int order = versions.compareVersions(d.version(), current.version());
            if (order == 0) {
                throw refused("module.sameVersion", "Version " + d.version() + " of '" + d.id() + "' is already installed");
            }
            if (order < 0) {
                throw refused("module.lowerVersion", "Version " + d.version() + " is lower than the installed version "
                        + current.version() + " of '" + d.id() + "'; only upgrades are accepted");
            }
            // Installed modules that need this one must accept the new version.
            for (Installed other : installed.values()) {
                for (ModuleDependency dep : other.dependencies()) {
                    if (dep.id().equals(d.id()) && !satisfies(d.version(), dep.versions())) {
                        throw refused("module.dependencyVersion", "Module '" + other.id() + "' needs '" + d.id() + "' "
                                + dep.versions() + ", which version " + d.version() + " is not");
                    }
                }
            }
        }
        for (ModuleDependency dep : d.dependencies()) {
            if (dep.id().equals(d.id())) {
                throw refused("module.dependencyCycle", "Module '" + d.id() + "' depends on itself");
            }
            Installed target = installed.get(dep.id());
            if (target == null) {
                if (!dep.optional()) {
                    throw refused("module.missingDependency", "Module '" + d.id() + "' needs module '" + dep.id() + "' "
                            + dep.versions() + ", which is not installed; install it first");
                }
                continue;
            }
            boolean accepted;
            try {
                accepted = satisfies(target.version(), dep.versions());
            } catch (RuntimeException e) {
                throw refused("module.malformedDescriptor", "The version range '" + shown(dep.versions())
                        + "' of dependency '" + dep.id() + "' is malformed");
            }
            if (!accepted) {
                throw refused("module.dependencyVersion", "Module '" + d.id() + "' needs '" + dep.id() + "' "
                        + dep.versions() + ", but version " + target.version() + " is installed");
            }
        }
        checkNoCycle(d, installed);
    }

    private static void checkNoCycle(ModuleDescriptor d, Map<String, Installed> installed) {
        Map<String, List<String>> graph = new HashMap<>();
        installed.values().forEach(m -> graph.put(m.id(), m.dependencies().stream().map(ModuleDependency::id).toList()));
        graph.put(d.id(), d.dependencies().stream().map(ModuleDependency::id).toList());
        // A path from one of the new module's dependencies back to it closes a cycle.
        Deque<List<String>> paths = new ArrayDeque<>();
        for (String dep : graph.get(d.id())) {
            paths.push(List.of(d.id(), dep));
        }
        Set<String> seen = new HashSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.pop();
            String last = path.get(path.size() - 1);
            if (last.equals(d.id())) {
                throw refused("module.dependencyCycle", "The dependencies form a cycle: " + String.join(" -> ", path));
            }
            if (!seen.add(last)) {
                continue;
            }
            for (String next : graph.getOrDefault(last, List.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                paths.push(longer);
            }
        }
    }

    // --- trust ------------------------------------------------------------------------------------

    private boolean checkSignature(byte[] bytes, Optional<String> signature) {
        if (!trustedKeys.required()) {
            return false;
        }
        String given = signature.map(String::trim).filter(s -> !s.isEmpty()).orElseThrow(() -> InvalidInputException.of(
                "signature", "module.signatureMissing",
                "This platform only accepts signed modules: send the module's detached signature (Base64)"));
        if (!trustedKeys.verify(bytes, given)) {
            throw InvalidInputException.of("signature", "module.signatureInvalid",
                    "The signature does not match the file under any trusted key");
        }
        return true;
    }

    // --- small things -----------------------------------------------------------------------------

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safeFileName(String fileName, ModuleDescriptor d) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isBlank() || name.length() > 200) {
            return d.id() + "-" + d.version() + ".jar";
        }
        return name;
    }

    /** User-supplied text quoted in a message: cut short and without control characters. */
    private static String shown(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }

    private static InvalidInputException refused(String code, String message) {
        return InvalidInputException.of("file", code, message);
    }
}
