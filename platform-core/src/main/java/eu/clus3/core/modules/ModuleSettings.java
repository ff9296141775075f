package eu.clus3.core.modules;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Limits and trust for module uploads, from configuration ({@code CLUS3_MODULES_MAX_SIZE_MB},
 * {@code CLUS3_MODULES_TRUSTED_KEYS}, {@code CLUS3_MODULES_START_TIMEOUT_SECONDS}, {@code CLUS3_MODULES_FILE_MAX_KB},
 * {@code CLUS3_MODULES_FILE_QUOTA_MB}).
 *
 * @param maxArtifactBytes     the largest upload accepted
 * @param maxUnpackedBytes     the most an archive may unpack to (zip bombs)
 * @param maxEntries           the most entries an archive may hold
 * @param trustedKeys          a PEM file of public keys; when set, every upload needs a detached signature by one of them
 * @param startTimeoutSeconds  how long a module may take to start before it is marked failed
 * @param fileMaxBytes         the largest file a module may store ({@code ModuleStore.files()}; default 10 MiB, at most 100 MiB)
 * @param fileOwnerQuotaBytes  the most the files of one owner key of one module may take together (default 200 MiB)
 */
public record ModuleSettings(long maxArtifactBytes, long maxUnpackedBytes, int maxEntries, Optional<Path> trustedKeys,
                             int startTimeoutSeconds, long fileMaxBytes, long fileOwnerQuotaBytes) {

    public static final String MAX_SIZE_MB = "clus3.modules.max-size-mb";
    public static final String TRUSTED_KEYS = "clus3.modules.trusted-keys";
    public static final String START_TIMEOUT = "clus3.modules.start-timeout-seconds";
    public static final String FILE_MAX_KB = "clus3.modules.file-max-kb";
    public static final String FILE_QUOTA_MB = "clus3.modules.file-quota-mb";
    static final long MAX_FILE_MAX_KB = 100 * 1024;

    public static final ModuleSettings DEFAULTS = new ModuleSettings(32L << 20, 256L << 20, 10_000, Optional.empty(), 30,
            10L << 20, 200L << 20);

    public ModuleSettings {
        if (fileMaxBytes < 1024 || fileMaxBytes > MAX_FILE_MAX_KB * 1024) {
            throw new IllegalArgumentException(FILE_MAX_KB + " must be between 1 and " + MAX_FILE_MAX_KB);
        }
        if (fileOwnerQuotaBytes < fileMaxBytes) {
            throw new IllegalArgumentException(FILE_QUOTA_MB + " must hold at least one file of " + FILE_MAX_KB);
        }
    }

    /** The upload limits with the default limits for modules' files. */
    public ModuleSettings(long maxArtifactBytes, long maxUnpackedBytes, int maxEntries, Optional<Path> trustedKeys,
                          int startTimeoutSeconds) {
        this(maxArtifactBytes, maxUnpackedBytes, maxEntries, trustedKeys, startTimeoutSeconds,
                10L << 20, 200L << 20);
    }

    public static ModuleSettings from(Function<String, String> lookup) {
        Function<String, Optional<String>> get = key -> Optional.ofNullable(lookup.apply(key)).map(String::trim)
                .filter(v -> !v.isEmpty());
        long maxBytes = get.apply(MAX_SIZE_MB).map(Long::parseLong).map(mb -> mb << 20).orElse(DEFAULTS.maxArtifactBytes);
        long fileMax = get.apply(FILE_MAX_KB).map(Long::parseLong).map(kb -> kb << 10).orElse(DEFAULTS.fileMaxBytes);
        long quota = get.apply(FILE_QUOTA_MB).map(Long::parseLong).map(mb -> mb << 20)
                .orElse(Math.max(DEFAULTS.fileOwnerQuotaBytes, fileMax));
        return new ModuleSettings(maxBytes, Math.max(DEFAULTS.maxUnpackedBytes, maxBytes * 8), DEFAULTS.maxEntries,
                get.apply(TRUSTED_KEYS).map(Path::of),
                get.apply(START_TIMEOUT).map(Integer::parseInt).orElse(DEFAULTS.startTimeoutSeconds), fileMax, quota);
    }

    public ModuleSettings withTrustedKeys(Path pemFile) {
        return new ModuleSettings(maxArtifactBytes, maxUnpackedBytes, maxEntries, Optional.of(pemFile), startTimeoutSeconds,
                fileMaxBytes, fileOwnerQuotaBytes);
    }

    public ModuleSettings withMaxArtifactBytes(long bytes) {
        return new ModuleSettings(bytes, maxUnpackedBytes, maxEntries, trustedKeys, startTimeoutSeconds,
                fileMaxBytes, fileOwnerQuotaBytes);
    }

    public ModuleSettings withFileLimits(long maxBytes, long ownerQuotaBytes) {
        return new ModuleSettings(maxArtifactBytes, maxUnpackedBytes, maxEntries, trustedKeys, startTimeoutSeconds,
                maxBytes, ownerQuotaBytes);
    }
}
