package eu.clus3.core.modules;

import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import eu.clus3.plugin.api.ModuleFiles;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.RefusedFileException.Reason;
import eu.clus3.plugin.api.StoredFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules' files in the real database: stored whole or not at all, read back byte for byte, one module's files
 * invisible to another, limits per file and per owner. Run on each database by {@link ModuleFileStoreOnH2Test} and
 * {@link ModuleFileStoreOnPostgresTest}.
 */
abstract class ModuleFileStoreTests extends PersistenceTest {

    static final long MAX = 64 * 1024;
    static final long QUOTA = 160 * 1024;

    final AtomicReference<String> acting = new AtomicReference<>("elena");
    ModuleFiles files;
    ModuleFiles otherModule;

    ModuleFileStoreTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void stores() {
        ModuleSettings settings = ModuleSettings.DEFAULTS.withFileLimits(MAX, QUOTA);
        files = new ModuleFileStore(db, clock, "benchmarking", settings, () -> Optional.ofNullable(acting.get()));
        otherModule = new ModuleFileStore(db, clock, "labeling", settings, () -> Optional.ofNullable(acting.get()));
    }

    @Test
    void a_stored_file_comes_back_byte_for_byte_with_its_checked_type_size_hash_and_uploader() {
        byte[] pdf = TestFiles.pdf();

        StoredFile stored = files.put("c12-1", "C:\\Users\\elena\\register 2026.pdf", "application/octet-stream", in(pdf));

        assertThat(stored.id()).matches("[0-9a-f-]{36}");
        assertThat(stored.owner()).isEqualTo("c12-1");
        assertThat(stored.fileName()).isEqualTo("register 2026.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.declaredType()).isEqualTo("application/octet-stream");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(ArtifactVerifier.sha256(pdf));
        assertThat(stored.createdBy()).isEqualTo("elena");
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        ModuleFiles.FileContent read = files.read(stored.id()).orElseThrow();
        assertThat(read.bytes()).isEqualTo(pdf);
        assertThat(read.file()).isEqualTo(stored);
        assertThat(files.info(stored.id())).contains(stored);
    }

    @Test
    void files_are_listed_by_owner_oldest_first_and_deleted_one_by_one_or_all_together() {
        StoredFile first = files.put("c12-1", "a.txt", null, in(TestFiles.utf8("first")));
        clock.advance(Duration.ofMinutes(1));
        acting.set(null);
        StoredFile second = files.put("c12-1", "b.csv", "text/csv", in(TestFiles.utf8("x;y\n1;2\n")));
        StoredFile elsewhere = files.put("c13-1", "c.docx", null, in(TestFiles.docx()));

        assertThat(files.list("c12-1")).extracting(StoredFile::id).containsExactly(first.id(), second.id());
        assertThat(second.createdBy()).as("the module itself").isNull();
        assertThat(second.contentType()).isEqualTo("text/csv");

        assertThat(files.delete(first.id())).isTrue();
        assertThat(files.delete(first.id())).isFalse();
        assertThat(files.read(first.id())).isEmpty();
        assertThat(files.list("c12-1")).extracting(StoredFile::id).containsExactly(second.id());
        assertThat(files.deleteAll("c12-1")).isEqualTo(1);
        assertThat(files.list("c12-1")).isEmpty();
        assertThat(files.info(elsewhere.id())).isPresent();
    }

    @Test
    void one_module_never_reaches_another_modules_files() {
        StoredFile mine = files.put("c12-1", "register.pdf", null, in(TestFiles.pdf()));

        assertThat(otherModule.info(mine.id())).isEmpty();
        assertThat(otherModule.read(mine.id())).isEmpty();
        assertThat(otherModule.delete(mine.id())).isFalse();
        assertThat(otherModule.list("c12-1")).isEmpty();
        assertThat(otherModule.deleteAll("c12-1")).isZero();
        assertThat(files.read(mine.id())).isPresent();
        assertThat(files.info("not an id; DROP TABLE")).isEmpty();
    }

    @Test
    void a_refused_file_leaves_nothing_behind() {
        assertRefused(() -> files.put("c12-1", "report.pdf", "application/pdf", in(TestFiles.html())), Reason.TYPE_NOT_ACCEPTED);
        byte[] big = new byte[(int) MAX + 1];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, 20);
        assertRefused(() -> files.put("c12-1", "big.pdf", null, in(big)), Reason.TOO_LARGE);
        assertRefused(() -> files.put("c12-1", "empty.pdf", null, in(new byte[0])), Reason.EMPTY);
        assertRefused(() -> files.put("c12-1", "../", null, in(TestFiles.pdf())), Reason.INVALID_NAME);
        assertRefused(() -> files.put(" ", "a.pdf", null, in(TestFiles.pdf())), Reason.INVALID_NAME);

        assertThat(ModuleFileStore.count(db, "benchmarking")).isZero();
    }

    @Test
    void an_endless_upload_is_cut_off_just_past_the_limit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };

        assertRefused(() -> files.put("c12-1", "endless.txt", null, endless), Reason.TOO_LARGE);
        assertThat(served[0]).isLessThanOrEqualTo(MAX + 16 * 1024);
    }

    @Test
    void an_owners_files_stay_within_the_quota_while_other_owners_are_not_affected() {
        byte[] text = TestFiles.utf8("x".repeat(60 * 1024));
        files.put("c12-1", "one.txt", null, in(text));
        files.put("c12-1", "two.txt", null, in(text));

        RefusedFileException e = assertRefused(() -> files.put("c12-1", "three.txt", null, in(text)), Reason.QUOTA_EXCEEDED);
        assertThat(e.status()).isEqualTo(413);
        assertThat(e.getMessage()).contains("160 KiB");
        assertThat(files.list("c12-1")).hasSize(2);
        files.put("c13-1", "three.txt", null, in(text));
        otherModule.put("c12-1", "three.txt", null, in(text));
    }

    @Test
    void purging_a_module_removes_its_files_only() {
        files.put("c12-1", "a.pdf", null, in(TestFiles.pdf()));
        otherModule.put("c12-1", "b.pdf", null, in(TestFiles.pdf()));

        assertThat(ModuleFileStore.purge(db, "benchmarking")).isEqualTo(1);

        assertThat(ModuleFileStore.count(db, "benchmarking")).isZero();
        assertThat(ModuleFileStore.count(db, "labeling")).isEqualTo(1);
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static RefusedFileException assertRefused(Runnable put, Reason reason) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(put::run);
        assertThat(thrown).isInstanceOf(RefusedFileException.class);
        assertThat(((RefusedFileException) thrown).reason()).as(thrown.getMessage()).isEqualTo(reason);
        return (RefusedFileException) thrown;
    }
}
