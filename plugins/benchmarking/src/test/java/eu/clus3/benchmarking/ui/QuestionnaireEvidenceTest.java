package eu.clus3.benchmarking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.plugin.testkit.ModuleDatabase;
import eu.clus3.plugin.testkit.OnEveryDatabase;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The questionnaire's evidence section, built without a browser: who gets an upload, what the list shows. */
@OnEveryDatabase
class QuestionnaireEvidenceTest {

    private final TestModuleContext context;
    private final BenchmarkingPlugin module;

    QuestionnaireEvidenceTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "benchmarking", BenchmarkingPlugin.class).cluster(7, "ICT", "IT");
        module = new BenchmarkingPlugin(context);
    }

    private Benchmarking draftWithAFile() {
        context.actAs(TestModuleContext.manager(1, 7));
        Benchmarkings benchmarkings = module.benchmarkings();
        Benchmarking b = benchmarkings.start(7);
        return benchmarkings.attachEvidence(b.key(), b.version(), "1.1", "register.pdf", null, -1,
                new ByteArrayInputStream("%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII))).benchmarking();
    }

    private QuestionnaireView open(String key) {
        QuestionnaireView view = new QuestionnaireView(module);
        view.setParameter(null, key);
        return view;
    }

    private static Stream<Component> all(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(QuestionnaireEvidenceTest::all));
    }

    private static Optional<Component> byId(Component root, String id) {
        return all(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    @Test
    void theManagerOfADraftGetsAnUploadPerIndicatorAndSeesTheAttachedFile() {
        Benchmarking b = draftWithAFile();

        QuestionnaireView view = open(b.key());

        assertThat(all(view).filter(c -> c instanceof Upload).count()).isEqualTo(36);
        Upload upload = (Upload) byId(view, "answer-1-1-upload").orElseThrow();
        assertThat(upload.getMaxFileSize()).isEqualTo(context.store().files().maxBytes());
        assertThat(upload.getAcceptedFileTypes()).contains(".pdf", ".docx", ".odt").doesNotContain(".html", ".svg");
        Component list = byId(view, "answer-1-1-file-list").orElseThrow();
        assertThat(list.getElement().getTextRecursively()).contains("register.pdf").contains("B)");
        String href = all(list).filter(c -> c.getElement().getTag().equals("a")).findFirst().orElseThrow()
                .getElement().getAttribute("href");
        assertThat(href).isEqualTo("api/modules/benchmarking/benchmarkings/" + b.key() + "/indicators/1.1/evidence/"
                + b.answer("1.1").files().get(0).id());
    }

    @Test
    void aPageTheViewerMayNotOpenSaysWhyInsteadOfFailing() {
        Benchmarking b = draftWithAFile();
        context.cluster(8, "ICT", "IT");
        context.actAs(TestModuleContext.manager(3, 8));

        assertThat(refusal(open(b.key()))).isEqualTo("Benchmarkings are open only to their cluster and to the regional staff");
        ReportView report = new ReportView(module);
        report.setParameter(null, b.key());
        assertThat(refusal(report)).isEqualTo("Benchmarkings are open only to their cluster and to the regional staff");
        assertThat(refusal(open("c99-1"))).isEqualTo("There is no such benchmarking");
        HistoryView history = new HistoryView(module);
        history.setParameter(null, "7");
        assertThat(refusal(history)).isEqualTo("Benchmarkings are open only to their cluster and to the regional staff");
        history.setParameter(null, "not-a-number");
        assertThat(history.getElement().getTextRecursively()).contains("No such cluster.");

        context.actAs(TestModuleContext.manager(1, 7));
        assertThat(byId(open(b.key()), "benchmarking-refused")).as("its own manager opens it").isEmpty();
    }

    private static String refusal(Component view) {
        return byId(view, "benchmarking-refused").orElseThrow().getElement().getText();
    }

    @Test
    void aMemberReadingACompletedOneGetsNoUploadNorRemoveButton() {
        Benchmarking b = draftWithAFile();
        context.actAs(TestModuleContext.member(5, 7));

        QuestionnaireView view = open(b.key());

        assertThat(all(view).filter(c -> c instanceof Upload)).as("a draft is not open to members").isEmpty();
        assertThat(byId(view, "benchmarking-refused").orElseThrow().getElement().getText())
                .isEqualTo("This benchmarking is not completed yet: its report opens when the assessor completes it");
    }
}
