package eu.clus3.benchmarking;

import eu.clus3.benchmarking.assessment.AnswerChange;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.assessment.DemoBenchmarkings;
import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.assessment.TestAnswers;
import eu.clus3.benchmarking.edition.DefaultEdition;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.EditionFormat;
import eu.clus3.benchmarking.edition.Editions;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.StoredDocument;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import static eu.clus3.plugin.testkit.TestModuleContext.administrator;
import static eu.clus3.plugin.testkit.TestModuleContext.assessor;
import static eu.clus3.plugin.testkit.TestModuleContext.manager;

/**
 * Writes the documents of module version 1.1.0 (Jackson) into test resources, with what 1.1.0 read from each:
 * run once with {@code -Dtest=Capture110Documents -Dcapture.dir=src/test/resources/eu/clus3/benchmarking/stored-1.1.0}
 * on the 1.1.0 code. StoredDataCompatibilityTest reads them with the current code.
 */
class Capture110Documents {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void capture() throws IOException {
        String dir = System.getProperty("capture.dir");
        if (dir == null) {
            return;
        }
        Path out = Path.of(dir);

        // the demo data set: completed benchmarkings written by the module itself, without an author
        TestModuleContext demo = new TestModuleContext("benchmarking", BenchmarkingPlugin.class)
                .cluster(1, "FOOD_INDUSTRY", "IT").cluster(2, "ICT", "HR");
        demo.actAs(administrator(1));
        new DemoBenchmarkings(demo).fill();
        dump(demo, out);

        TestModuleContext context = new TestModuleContext("benchmarking", BenchmarkingPlugin.class);
        for (long c = 7; c <= 13; c++) {
            context.cluster(c, c % 2 == 0 ? "ICT" : "MARITIME_TECHNOLOGIES", c == 9 ? "HR" : "IT");
        }
        Editions editions = new Editions(context);
        Benchmarkings b = new Benchmarkings(context, editions);
        Edition edition = DefaultEdition.load();

        // a draft: values, a cleared value, comments with quotes, accents and line breaks, evidence, a file, stories
        context.actAs(manager(1, 7));
        Benchmarking d = b.start(7);
        d = b.saveAnswers(d.key(), d.version(), List.of(
                new AnswerChange("1.1", true, 42.0, "members with a signed agreement — è \"quoted\"\nsecond line",
                        List.of("register-2026.pdf", "https://example.org/r?a=1&b=2"), null),
                AnswerChange.value("1.3", 37.5), AnswerChange.value("2.3", 3), AnswerChange.value("3.1", 1.0E7),
                AnswerChange.value("2.2", 0.5), AnswerChange.value("4.6", 1)));
        d = b.saveAnswers(d.key(), d.version(), List.of(new AnswerChange("1.3", true, null, "not known yet", null, null)));
        d = b.attachEvidence(d.key(), d.version(), "1.1", "registro soci è.pdf", "application/pdf", new ByteArrayInputStream(PDF));
        b.saveStories(d.key(), d.version(), List.of(new SuccessStory("Joint hull project", "Three members…\nand a <b>tag</b>"),
                new SuccessStory("Secondo progetto", "Perché sì")));

        // submitted
        context.actAs(manager(2, 8));
        Benchmarking s = b.start(8);
        s = b.saveAnswers(s.key(), s.version(), TestAnswers.atLevel(edition, 2, true));
        s = b.attachEvidence(s.key(), s.version(), "2.1", "minutes.txt", "text/plain",
                new ByteArrayInputStream("Board met on 3 March".getBytes(StandardCharsets.UTF_8)));
        b.submit(s.key(), s.version());

        // under review: corrected by the assessor, notes, a file of the assessor's
        context.actAs(manager(3, 9));
        Benchmarking r = b.start(9);
        r = b.saveAnswers(r.key(), r.version(), TestAnswers.atLevel(edition, 3, false));
        r = b.submit(r.key(), r.version());
        context.actAs(assessor(20));
        r = b.startReview(r.key(), r.version());
        r = b.saveAnswers(r.key(), r.version(), List.of(new AnswerChange("1.1", true, 35.0, null, null,
                "Seven members have not signed yet"), new AnswerChange("2.3", false, null, null, null, "Checked the statute")));
        b.attachEvidence(r.key(), r.version(), "2.1", "interview-notes.txt", "text/plain",
                new ByteArrayInputStream("Interview on 3 March".getBytes(StandardCharsets.UTF_8)));

        // completed, then a second one started
        Benchmarking c = completed(context, b, edition, 10, 4, "Document the strategy process.\nReview it every year.");
        context.actAs(manager(4, 10));
        b.start(10);

        // completed, then reopened with a reason (back under review)
        c = completed(context, b, edition, 11, 1, null);
        context.actAs(assessor(20));
        b.reopen(c.key(), c.version(), "The member count was from 2024");

        // submitted, then reopened back to the manager's draft
        context.actAs(manager(6, 12));
        Benchmarking back = b.start(12);
        back = b.saveAnswers(back.key(), back.version(), TestAnswers.atLevel(edition, 2, true));
        back = b.submit(back.key(), back.version());
        context.actAs(assessor(20));
        b.reopen(back.key(), back.version(), "Needs the manager's figures");

        // editions imported by an administrator (JSON and YAML), one of them chosen; a draft of it
        context.actAs(administrator(30));
        editions.importEdition("""
                {"id": "official-2026", "title": {"en": "Official", "it": "Ufficiale"}, "published": "2026-03-01",
                 "areas": [{"id": "1", "name": {"en": "Structure", "it": "Struttura"}, "indicators": [
                   {"id": "1.1", "name": "Members", "measures": {"en": "How many?", "it": "Quanti?"},
                    "scale": {"kind": "number", "unit": {"en": "members", "it": "membri"}, "min": 0, "max": 100000},
                    "scoring": {"rule": "at_least", "thresholds": [10, 20.5, 1e5]}, "guidance": "Count them",
                    "evidence": {"en": "The register", "it": "Il registro"}},
                   {"id": "1.2", "name": "Turnover", "measures": "Staff turnover", "scale": {"kind": "percent"},
                    "scoring": {"rule": "at_most", "thresholds": [50, 30, 15.5]}, "mandatory": false},
                   {"id": "1.3", "name": "Strategy", "measures": "A strategy?", "scale": {"kind": "levels",
                    "levels": [{"en": "none", "it": "nessuna"}, "draft", {"en": "adopted"}]}, "scoring": {"rule": "level"}},
                   {"id": "1.4", "name": "Label", "measures": "Labelled?", "scale": {"kind": "yes_no"},
                    "scoring": {"rule": "yes_no"}}]}]}
                """);
        editions.importEdition(EditionFormat.writeYaml(edition).replaceFirst("id: clus3-2026", "id: yaml-2026"),
                EditionFormat.Syntax.YAML);
        editions.makeCurrent("official-2026");
        context.actAs(manager(7, 13));
        Benchmarking o = b.start(13);
        b.saveAnswers(o.key(), o.version(), List.of(AnswerChange.value("1.1", 12), AnswerChange.value("1.3", 2)));

        dump(context, out);
    }

    private static Benchmarking completed(TestModuleContext context, Benchmarkings b, Edition edition, long cluster,
                                          int level, String recommendations) {
        context.actAs(manager(cluster - 5, cluster));
        Benchmarking x = b.start(cluster);
        x = b.saveAnswers(x.key(), x.version(), TestAnswers.atLevel(edition, level, false));
        x = b.submit(x.key(), x.version());
        context.actAs(assessor(20));
        x = b.startReview(x.key(), x.version());
        return b.complete(x.key(), x.version(), recommendations);
    }

    private static void dump(TestModuleContext context, Path out) throws IOException {
        Editions editions = new Editions(context);
        for (String collection : List.of("benchmarkings", "editions", "settings")) {
            for (StoredDocument d : context.store().collection(collection).find(DocumentQuery.all().limit(DocumentQuery.MAX_LIMIT))) {
                Path dir = Files.createDirectories(out.resolve(collection));
                Files.writeString(dir.resolve(d.key() + ".json"), d.json());
                String read = switch (collection) {
                    case "benchmarkings" -> canonical(new Benchmarkings(context, editions).find(d.key()).orElseThrow());
                    case "editions" -> editions.get(d.key()).toString();
                    default -> editions.current().id();
                };
                Files.writeString(dir.resolve(d.key() + ".read.txt"), read + "\n");
            }
        }
    }

    /**
     * The record as text, its answers in key order (a map's order is not part of the data), without the store's
     * version (a document written again gets a version of its own).
     */
    static String canonical(Benchmarking b) {
        return new Benchmarking(b.key(), b.clusterId(), b.clusterSlug(), b.clusterName(), b.portfolio(), b.country(),
                b.editionId(), b.state(), new TreeMap<>(b.answers()), b.stories(), b.recommendations(), b.assessor(),
                b.startedBy(), b.startedAt(), b.submittedAt(), b.completedAt(), b.changes(), 0).toString();
    }
}
