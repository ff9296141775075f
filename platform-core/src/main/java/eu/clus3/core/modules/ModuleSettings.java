package eu.clus3.core.modules;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Limits and trust for module uploads, from configuration ({@code CLUS3_MODULES_MAX_SIZE_MB},
 * {@code CLUS3_MODULES_TRUSTED_KEYS}, {@code CLUS3_MODULES_START_TIMEOUT_SECONDS}).
 *
 * @param maxArtifactBytes     the largest upload accepted
 * @param maxUnpackedBytes     the most an archive may unpack to (zip bombs)
 * @param maxEntries           the most entries an archive may hold
 * @param trustedKeys          a PEM file of public keys; when set, every upload needs a detached signature by one of them
 * @param startTimeoutSeconds  how long a module may take to start before it is marked failed
 */
public record ModuleSettings(long maxArtifactBytes, long maxUnpackedBytes, int maxEntries, Optional<Path> trustedKeys,
                             int startTimeoutSeconds) {

    public static final String MAX_SIZE_MB = "clus3.modules.max-size-mb";
    public static final String TRUSTED_KEYS = "clus3.modules.trusted-keys";
    public static final String START_TIMEOUT = "clus3.modules.start-timeout-seconds";

    public static final ModuleSettings DEFAULTS = new ModuleSettings(32L << 20, 256L << 20, 10_000, Optional.empty(), 30);

    public static ModuleSettings from(Function<String, String> lookup) {
        Function<String, Optional<String>> get = key -> Optional.ofNullable(lookup.apply(key)).map(String::trim)
                .filter(v -> !v.isEmpty());
        long maxBytes = get.apply(MAX_SIZE_MB).map(Long::parseLong).map(mb -> mb << 20).orElse(DEFAULTS.maxArtifactBytes);
        return new ModuleSettings(maxBytes, Math.max(DEFAULTS.maxUnpackedBytes, maxBytes * 8), DEFAULTS.maxEntries,
                get.apply(TRUSTED_KEYS).map(Path::of),
                get.apply(START_TIMEOUT).map(Integer::parseInt).orElse(DEFAULTS.startTimeoutSeconds));
    }

    public ModuleSettings withTrustedKeys(Path pemFile) {
        return new ModuleSettings(maxArtifactBytes, maxUnpackedBytes, maxEntries, Optional.of(pemFile), startTimeoutSeconds);
    }

    public ModuleSettings withMaxArtifactBytes(long bytes) {
        return new ModuleSettings(bytes, maxUnpackedBytes, maxEntries, trustedKeys, startTimeoutSeconds);
    }
}
