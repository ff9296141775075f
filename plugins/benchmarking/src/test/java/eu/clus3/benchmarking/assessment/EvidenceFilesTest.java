package eu.clus3.benchmarking.assessment;

import eu.clus3.benchmarking.report.PrintableReport;
import eu.clus3.benchmarking.report.Report;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.testkit.ModuleDatabase;
import eu.clus3.plugin.testkit.OnEveryDatabase;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static eu.clus3.plugin.testkit.TestModuleContext.assessor;
import static eu.clus3.plugin.testkit.TestModuleContext.manager;
import static eu.clus3.plugin.testkit.TestModuleContext.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Evidence files on indicators: who may attach, read and remove them, and that a refusal changes nothing. */
@OnEveryDatabase
class EvidenceFilesTest {

    private static final long CLUSTER = 7;
    private static final long OTHER = 8;
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final TestModuleContext context;
    private final BenchmarkingPlugin module;
    private final Benchmarkings benchmarkings;
    private final ModuleUser manager = manager(1, CLUSTER);
    private final ModuleUser otherManager = manager(3, OTHER);
    private final ModuleUser clusterMember = member(4, CLUSTER);
    private final ModuleUser staff = assessor(2);

    EvidenceFilesTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "benchmarking", BenchmarkingPlugin.class)
                .cluster(CLUSTER, "ICT", "IT").cluster(OTHER, "ICT", "IT");
        module = new BenchmarkingPlugin(context);
        benchmarkings = module.benchmarkings();
    }

    private Benchmarking draft() {
        context.actAs(manager);
        return benchmarkings.start(CLUSTER);
    }

    private Benchmarking attach(Benchmarking b, String indicator, String name, byte[] bytes) {
        return benchmarkings.attachEvidence(b.key(), b.version(), indicator, name, "application/pdf", bytes.length,
                new ByteArrayInputStream(bytes)).benchmarking();
    }

    private static ModuleProblem refused(Runnable work) {
        return catchThrowableOfType(ModuleProblem.class, work::run);
    }

    private Benchmarking submitted(Benchmarking b) {
        b = benchmarkings.saveAnswers(b.key(), b.version(), TestAnswers.atLevel(module.editions().shipped(), 1, false));
        return benchmarkings.submit(b.key(), b.version());
    }

    @Test
    void theManagerAttachesAFileToADraftAndTheBenchmarkingRecordsItsNameSizeAndType() {
        Benchmarking b = draft();

        Benchmarking after = attach(b, "1.1", "register-2026.pdf", PDF);

        assertThat(after.version()).isEqualTo(b.version() + 1);
        List<EvidenceFile> files = after.answer("1.1").files();
        assertThat(files).hasSize(1);
        EvidenceFile file = files.get(0);
        assertThat(file.name()).isEqualTo("register-2026.pdf");
        assertThat(file.size()).isEqualTo(PDF.length);
        assertThat(file.type()).isEqualTo("application/pdf");
        assertThat(file.uploadedBy()).isEqualTo("manager1");
        assertThat(benchmarkings.find(b.key()).orElseThrow().answer("1.1").files()).as("stored").containsExactly(file);
        assertThat(benchmarkings.evidence(b.key(), "1.1", file.id()).bytes()).isEqualTo(PDF);

        Benchmarking commented = benchmarkings.saveAnswers(after.key(), after.version(),
                List.of(new AnswerChange("1.1", true, 40.0, "see the register", List.of("https://example.org/register"), null)));
        assertThat(commented.answer("1.1").files()).as("answers keep their files").containsExactly(file);
        assertThat(commented.answer("1.1").evidence()).containsExactly("https://example.org/register");
    }

    @Test
    void filesAreReadByWhoeverReadsTheBenchmarkingAndNeverByOtherClusters() {
        Benchmarking b = attach(draft(), "1.1", "register.pdf", PDF);
        String id = b.answer("1.1").files().get(0).id();

        context.actAs(staff);
        assertThat(benchmarkings.evidence(b.key(), "1.1", id).bytes()).isEqualTo(PDF);
        context.actAs(otherManager);
        assertThat(refused(() -> benchmarkings.evidence(b.key(), "1.1", id)).status()).isEqualTo(403);
        context.actAs(clusterMember);
        assertThat(refused(() -> benchmarkings.evidence(b.key(), "1.1", id)).status()).as("not completed yet").isEqualTo(403);
        context.actAs(manager);
        assertThat(refused(() -> benchmarkings.evidence(b.key(), "1.2", id)).status()).as("listed under 1.1 only").isEqualTo(404);
        assertThat(refused(() -> benchmarkings.evidence(b.key(), "1.1", "f999")).status()).isEqualTo(404);

        Benchmarking s = submitted(b);
        context.actAs(staff);
        Benchmarking reviewed = benchmarkings.startReview(s.key(), s.version());
        Benchmarking done = benchmarkings.complete(reviewed.key(), reviewed.version(), "ok");
        context.actAs(clusterMember);
        assertThat(benchmarkings.evidence(done.key(), "1.1", id).bytes()).isEqualTo(PDF);

        Report report = module.reports().report(done.key(), Locale.ENGLISH);
        Report.IndicatorLine line = report.areas().get(0).indicators().get(0);
        assertThat(line.files()).extracting(EvidenceFile::name).containsExactly("register.pdf");
        assertThat(PrintableReport.html(report, Locale.ENGLISH, (k, a) -> k)).contains("report.evidence: register.pdf (" + PDF.length + " B)");
    }

    @Test
    void filesChangeUnderTheSameRulesAsAnswers() {
        Benchmarking b = draft();
        context.actAs(otherManager);
        assertThat(refused(() -> attach(b, "1.1", "x.pdf", PDF)).status()).isEqualTo(403);
        context.actAs(clusterMember);
        assertThat(refused(() -> attach(b, "1.1", "x.pdf", PDF)).status()).isEqualTo(403);

        context.actAs(manager);
        Benchmarking s = submitted(b);
        assertThat(refused(() -> attach(s, "1.1", "x.pdf", PDF)).status()).as("submitted").isEqualTo(409);
        context.actAs(staff);
        Benchmarking review = benchmarkings.startReview(s.key(), s.version());
        context.actAs(manager);
        assertThat(refused(() -> attach(review, "1.1", "x.pdf", PDF)).code()).isEqualTo("benchmarking.assessorsOnly");

        context.actAs(staff);
        Benchmarking withNote = attach(review, "2.1", "interview-notes.txt", "Met the board on 3 March".getBytes(StandardCharsets.UTF_8));
        assertThat(withNote.answer("2.1").files()).extracting(EvidenceFile::uploadedBy).containsExactly("staff2");
        Benchmarking done = benchmarkings.complete(withNote.key(), withNote.version(), null);
        String id = done.answer("2.1").files().get(0).id();
        assertThat(refused(() -> attach(done, "1.1", "x.pdf", PDF)).status()).as("completed").isEqualTo(409);
        assertThat(refused(() -> benchmarkings.removeEvidence(done.key(), done.version(), "2.1", id)).status()).isEqualTo(409);
        assertThat(context.storedFiles()).isEqualTo(1);
    }

    @Test
    void aRefusedFileAStaleVersionOrAnUnknownIndicatorLeaveNothingBehind() {
        Benchmarking b = draft();

        ModuleProblem html = refused(() -> attach(b, "1.1", "report.pdf", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(html.status()).isEqualTo(415);
        assertThat(html.errors()).extracting(FieldProblem::field).containsExactly("file");
        context.fileLimit(1024);
        byte[] bigPdf = java.util.Arrays.copyOf(PDF, 1025);
        ModuleProblem big = refused(() -> attach(b, "1.1", "big.pdf", bigPdf));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.code()).isEqualTo("benchmarking.fileTooLarge");
        assertThat(refused(() -> attach(b, "9.9", "x.pdf", PDF)).status()).isEqualTo(400);
        Benchmarking moved = benchmarkings.saveAnswers(b.key(), b.version(), List.of(AnswerChange.value("1.1", 10)));
        ModuleProblem stale = refused(() -> attach(b, "1.1", "x.pdf", PDF));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.currentVersion()).isEqualTo(moved.version());

        assertThat(context.storedFiles()).isZero();
        assertThat(benchmarkings.find(b.key()).orElseThrow().version()).isEqualTo(moved.version());
        assertThat(benchmarkings.find(b.key()).orElseThrow().answer("1.1").files()).isEmpty();
    }

    @Test
    void anIndicatorHoldsAtMostTenFiles() {
        Benchmarking b = draft();
        for (int n = 0; n < Benchmarkings.MAX_FILES_PER_INDICATOR; n++) {
            b = attach(b, "1.1", "page-" + n + ".pdf", PDF);
        }
        Benchmarking full = b;
        ModuleProblem tooMany = refused(() -> attach(full, "1.1", "one-more.pdf", PDF));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errors()).extracting(FieldProblem::field).containsExactly("answers.1.1.files");
        assertThat(context.storedFiles()).isEqualTo(Benchmarkings.MAX_FILES_PER_INDICATOR);
    }

    @Test
    void removingAFileNeedsTheCurrentVersionAndDeletesIt() {
        Benchmarking b = attach(attach(draft(), "1.1", "a.pdf", PDF), "1.1", "b.pdf", PDF);
        String first = b.answer("1.1").files().get(0).id();
        Benchmarking current = b;

        assertThat(refused(() -> benchmarkings.removeEvidence(current.key(), current.version() - 1, "1.1", first)).status())
                .isEqualTo(409);
        assertThat(context.storedFiles()).isEqualTo(2);
        assertThat(refused(() -> benchmarkings.removeEvidence(current.key(), current.version(), "1.2", first)).status())
                .isEqualTo(404);

        Benchmarking after = benchmarkings.removeEvidence(b.key(), b.version(), "1.1", first);

        assertThat(after.answer("1.1").files()).extracting(EvidenceFile::name).containsExactly("b.pdf");
        assertThat(context.storedFiles()).isEqualTo(1);
        assertThat(context.store().files().read(first)).isEmpty();
    }

    @Test
    void benchmarkingsStoredBeforeFilesExistedReadWithNone() {
        String stored = "{\"value\": 3, \"comment\": \"ok\", \"evidence\": [\"minutes.pdf\"], \"assessorNote\": null}";

        Answer answer = context.json().read(stored, Answer.class);

        assertThat(answer.files()).isEmpty();
        assertThat(answer.evidence()).containsExactly("minutes.pdf");
        assertThat(context.json().write(answer)).contains("\"files\":[]");
    }
}
