package eu.clus3.core.modules;

import eu.clus3.core.database.Database;
import eu.clus3.core.shared.Uploads;
import eu.clus3.plugin.api.ModuleFiles;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.RefusedFileException.Reason;
import eu.clus3.plugin.api.StoredFile;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The {@link ModuleFiles} of one module: files in the platform database (V11), keyed by module id like its
 * documents, so every node serves them and they are purged with the module's data. What a file is comes from
 * {@link ModuleFileTypes}; nothing reaches the database before the whole file passed.
 */
public final class ModuleFileStore implements ModuleFiles {

    /** The columns of a {@link StoredFile}: listing never loads the bytes. */
    private static final String INFO = "SELECT f.fileId, f.ownerKey, f.fileName, f.contentType, f.declaredType, "
            + "f.sizeBytes, f.sha256, f.createdAt, f.createdBy FROM ModuleFile f ";

    private final Database db;
    private final Clock clock;
    private final String moduleId;
    private final long maxBytes;
    private final long ownerQuotaBytes;
    private final Supplier<Optional<String>> currentUsername;

    /**
     * @param currentUsername who is acting now (recorded as the uploader), empty for the module itself
     */
    public ModuleFileStore(Database db, Clock clock, String moduleId, ModuleSettings settings,
                           Supplier<Optional<String>> currentUsername) {
        this.db = db;
        this.clock = clock;
        this.moduleId = moduleId;
        this.maxBytes = settings.fileMaxBytes();
        this.ownerQuotaBytes = settings.fileOwnerQuotaBytes();
        this.currentUsername = currentUsername;
    }

    @Override
    public StoredFile put(String owner, String fileName, String declaredType, InputStream content) {
        String o = checkedOwner(owner);
        String name = checkedName(fileName);
        byte[] bytes = Uploads.readAtMost(content, maxBytes, () -> ModuleFileTypes.tooLarge(maxBytes));
        String type = ModuleFileTypes.detect(bytes, name, maxBytes);
        String declared = declaredType == null || declaredType.isBlank() ? null
                : declaredType.strip().substring(0, Math.min(100, declaredType.strip().length()));
        String sha256 = ArtifactVerifier.sha256(bytes);
        return db.inTransaction(() -> {
            long used = db.em().createQuery("SELECT COALESCE(SUM(f.sizeBytes), 0) FROM ModuleFile f "
                            + "WHERE f.pluginId = :m AND f.ownerKey = :o", Number.class)
                    .setParameter("m", moduleId).setParameter("o", o).getSingleResult().longValue();
            if (used + bytes.length > ownerQuotaBytes) {
                throw new RefusedFileException(Reason.QUOTA_EXCEEDED, "The files of '" + o + "' may take at most "
                        + ModuleFileTypes.describe(ownerQuotaBytes) + " together (" + ModuleFileTypes.describe(used)
                        + " used): delete some first");
            }
            ModuleFile file = new ModuleFile(moduleId, UUID.randomUUID().toString(), o, name, type, declared, bytes,
                    sha256, clock.instant(), currentUsername.get().orElse(null));
            db.em().persist(file);
            return view(file);
        });
    }

    @Override
    public Optional<StoredFile> info(String id) {
        if (!plausibleId(id)) {
            return Optional.empty();
        }
        return db.inTransaction(() -> db.em().createQuery(INFO + "WHERE f.pluginId = :m AND f.fileId = :id", Object[].class)
                .setParameter("m", moduleId).setParameter("id", id).getResultStream().findFirst().map(ModuleFileStore::view));
    }

    @Override
    public Optional<FileContent> read(String id) {
        if (!plausibleId(id)) {
            return Optional.empty();
        }
        return db.inTransaction(() -> find(id).map(f -> new FileContent(view(f), f.getContent())));
    }

    @Override
    public boolean delete(String id) {
        if (!plausibleId(id)) {
            return false;
        }
        return db.inTransaction(() -> db.em().createQuery("DELETE FROM ModuleFile f WHERE f.pluginId = :m AND f.fileId = :id")
                .setParameter("m", moduleId).setParameter("id", id).executeUpdate() > 0);
    }

    @Override
    public List<StoredFile> list(String owner) {
        String o = checkedOwner(owner);
        return db.inTransaction(() -> db.em().createQuery(INFO + "WHERE f.pluginId = :m AND f.ownerKey = :o "
                        + "ORDER BY f.createdAt, f.id", Object[].class)
                .setParameter("m", moduleId).setParameter("o", o).getResultList().stream()
                .map(ModuleFileStore::view).toList());
    }

    @Override
    public int deleteAll(String owner) {
        String o = checkedOwner(owner);
        return db.inTransaction(() -> db.em().createQuery("DELETE FROM ModuleFile f WHERE f.pluginId = :m AND f.ownerKey = :o")
                .setParameter("m", moduleId).setParameter("o", o).executeUpdate());
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public long ownerQuotaBytes() {
        return ownerQuotaBytes;
    }

    /** Removes every file of a module (uninstall with purge); returns how many. */
    static int purge(Database db, String moduleId) {
        return db.inTransaction(() -> db.em().createQuery("DELETE FROM ModuleFile f WHERE f.pluginId = :m")
                .setParameter("m", moduleId).executeUpdate());
    }

    /** How many files a module has stored. */
    static long count(Database db, String moduleId) {
        return db.inTransaction(() -> db.em().createQuery("SELECT COUNT(f) FROM ModuleFile f WHERE f.pluginId = :m", Long.class)
                .setParameter("m", moduleId).getSingleResult());
    }

    private Optional<ModuleFile> find(String id) {
        return db.em().createQuery("SELECT f FROM ModuleFile f WHERE f.pluginId = :m AND f.fileId = :id", ModuleFile.class)
                .setParameter("m", moduleId).setParameter("id", id).getResultStream().findFirst();
    }

    private static StoredFile view(ModuleFile f) {
        return new StoredFile(f.getFileId(), f.getOwnerKey(), f.getFileName(), f.getContentType(), f.getDeclaredType(),
                f.getSizeBytes(), f.getSha256(), f.getCreatedAt(), f.getCreatedBy());
    }

    private static StoredFile view(Object[] r) {
        return new StoredFile((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).longValue(), (String) r[6], (java.time.Instant) r[7], (String) r[8]);
    }

    private static boolean plausibleId(String id) {
        return id != null && id.length() <= 40 && id.matches("[A-Za-z0-9-]+");
    }

    private static String checkedOwner(String owner) {
        if (owner == null || owner.isBlank() || owner.length() > 200 || owner.chars().anyMatch(Character::isISOControl)) {
            throw new RefusedFileException(Reason.INVALID_NAME, "A file's owner key has 1 to 200 characters and no control characters");
        }
        return owner;
    }

    /** The name to offer on download: its last path part, without control characters, at most 255 characters. */
    static String checkedName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new RefusedFileException(Reason.INVALID_NAME, "A file needs a name");
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - ext.length()) + ext;
        }
        return name;
    }
}
