package eu.clus3.benchmarking;

import eu.clus3.benchmarking.assessment.AnswerChange;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.assessment.EvidenceFile;
import eu.clus3.benchmarking.assessment.StateChange;
import eu.clus3.benchmarking.report.Report;
import eu.clus3.plugin.testkit.ModuleDatabase;
import eu.clus3.plugin.testkit.OnEveryDatabase;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static eu.clus3.plugin.testkit.TestModuleContext.assessor;
import static eu.clus3.plugin.testkit.TestModuleContext.manager;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data written by module version 1.1.0 (its own Jackson mapping: nulls written out, editions pretty-printed) is read
 * by this version with the platform's JSON mapping to the same values, and works on. The documents under
 * {@code src/test/resources/eu/clus3/benchmarking/stored-1.1.0} were written by 1.1.0 itself (commit 62e9578:
 * benchmarkings in every state, demo data, imported editions, the chosen edition), each beside a
 * {@code .read.txt} with what 1.1.0 read from it.
 */
@OnEveryDatabase
class StoredDataCompatibilityTest {

    private static final Path STORED = stored();

    private final TestModuleContext context;
    private final BenchmarkingPlugin module;

    StoredDataCompatibilityTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "benchmarking", BenchmarkingPlugin.class);
        for (Path doc : documents("benchmarkings")) {
            Map<?, ?> fields = context.json().read(text(doc), Map.class);
            context.cluster(((Number) fields.get("clusterId")).longValue(), (String) fields.get("portfolio"),
                    (String) fields.get("country"));
        }
        // the documents exactly as 1.1.0 stored them
        for (String collection : List.of("benchmarkings", "editions", "settings")) {
            for (Path doc : documents(collection)) {
                Map<?, ?> fields = collection.equals("benchmarkings") ? context.json().read(text(doc), Map.class) : Map.of();
                Long cluster = fields.isEmpty() ? null : ((Number) fields.get("clusterId")).longValue();
                context.store().collection(collection).create(key(doc), cluster, text(doc));
            }
        }
        module = new BenchmarkingPlugin(context);
    }

    @Test
    void everyBenchmarkingWrittenBy110ReadsToTheSameValues() {
        List<Path> docs = documents("benchmarkings");
        assertThat(docs).hasSize(12);
        for (Path doc : docs) {
            Benchmarking b = module.benchmarkings().find(key(doc)).orElseThrow();

            assertThat(canonical(b)).as(key(doc)).isEqualTo(expected(doc));
            assertThat(b.version()).as("the store's version").isEqualTo(1);
        }
    }

    @Test
    void writtenAgainEveryValueIsKeptAndOnlyNullsAreLeftOut() {
        for (Path doc : documents("benchmarkings")) {
            Object before = withoutNulls(context.json().read(text(doc), Object.class));
            Benchmarking read = context.json().read(text(doc), Benchmarking.class);

            Object after = context.json().read(context.json().write(read), Object.class);

            assertThat(after).as(key(doc)).isEqualTo(before);
        }
    }

    @Test
    void theirDetailsAreThoseThe110ModuleWrote() {
        Benchmarking draft = module.benchmarkings().find("c7-1").orElseThrow();
        assertThat(draft.state()).isEqualTo(BenchmarkingState.DRAFT);
        assertThat(draft.answer("1.1").value()).isEqualTo(42.0);
        assertThat(draft.answer("1.1").comment()).isEqualTo("members with a signed agreement — è \"quoted\"\nsecond line");
        assertThat(draft.answer("1.1").evidence()).containsExactly("register-2026.pdf", "https://example.org/r?a=1&b=2");
        assertThat(draft.answer("1.1").files()).extracting(EvidenceFile::name, EvidenceFile::size, EvidenceFile::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("registro soci è.pdf", 45L, "application/pdf"));
        assertThat(draft.answer("1.3").value()).as("cleared").isNull();
        assertThat(draft.answer("1.3").comment()).isEqualTo("not known yet");
        assertThat(draft.answer("3.1").value()).isEqualTo(1.0E7);
        assertThat(draft.submittedAt()).isNull();
        assertThat(draft.stories()).extracting(s -> s.title()).containsExactly("Joint hull project", "Secondo progetto");

        Benchmarking review = module.benchmarkings().find("c9-1").orElseThrow();
        assertThat(review.answer("1.1").value()).isEqualTo(35.0);
        assertThat(review.answer("1.1").managerValue()).isEqualTo(60.0);
        assertThat(review.answer("1.1").corrected()).isTrue();
        assertThat(review.answer("2.1").files()).extracting(EvidenceFile::uploadedBy).containsExactly("staff20");

        Benchmarking reopened = module.benchmarkings().find("c11-1").orElseThrow();
        assertThat(reopened.changes()).extracting(StateChange::to).containsExactly(BenchmarkingState.DRAFT,
                BenchmarkingState.SUBMITTED, BenchmarkingState.UNDER_REVIEW, BenchmarkingState.COMPLETED,
                BenchmarkingState.UNDER_REVIEW);
        assertThat(reopened.changes().get(4).reason()).isEqualTo("The member count was from 2024");
        assertThat(module.benchmarkings().find("c12-1").orElseThrow().state()).isEqualTo(BenchmarkingState.DRAFT);

        Benchmarking demo = module.benchmarkings().find("c1-1").orElseThrow();
        assertThat(demo.startedBy()).isNull();
        assertThat(demo.changes().get(0).from()).isNull();
        assertThat(demo.values()).hasSize(36);
    }

    @Test
    void editionsAndTheChosenEditionWrittenBy110ReadTheSame() {
        for (Path doc : documents("editions")) {
            assertThat(module.editions().get(key(doc)).toString()).as(key(doc)).isEqualTo(expected(doc));
        }
        assertThat(module.editions().current().id()).isEqualTo(expected(documents("settings").get(0)));
        assertThat(module.editions().all()).extracting(e -> e.id())
                .containsExactlyInAnyOrder("clus3-2026", "official-2026", "yaml-2026");
        assertThat(module.editions().get("yaml-2026").areas().get(1).indicators().get(0).name().it())
                .isEqualTo("Maturità della gestione del cluster");
        assertThat(module.editions().get("yaml-2026").areas()).isEqualTo(module.editions().shipped().areas());
    }

    @Test
    void benchmarkingsWrittenBy110GoOnBeingFilledReviewedAndReported() {
        context.actAs(manager(1, 7));
        Benchmarking draft = module.benchmarkings().get("c7-1");
        Benchmarking saved = module.benchmarkings().saveAnswers(draft.key(), draft.version(),
                List.of(AnswerChange.value("1.2", 4)));
        assertThat(saved.answer("1.1").files()).as("files kept").hasSize(1);
        assertThat(saved.answer("1.2").value()).isEqualTo(4.0);
        assertThat(module.benchmarkings().find("c7-1").orElseThrow().answer("1.1").comment()).startsWith("members");

        context.actAs(assessor(20));
        Report report = module.reports().report("c10-1", Locale.ITALIAN);
        assertThat(report.state()).isEqualTo(BenchmarkingState.COMPLETED);
        assertThat(report.recommendations()).isEqualTo("Document the strategy process.\nReview it every year.");
        assertThat(module.reports().history(1, Locale.ENGLISH).benchmarkings()).hasSize(2);
        Benchmarking underReview = module.benchmarkings().get("c11-1");
        assertThat(module.benchmarkings().complete(underReview.key(), underReview.version(), null).state())
                .isEqualTo(BenchmarkingState.COMPLETED);
    }

    // --- the stored documents -------------------------------------------------------------------

    /** The record as 1.1.0's capture wrote it: answers in key order, the store's version left out. */
    static String canonical(Benchmarking b) {
        return new Benchmarking(b.key(), b.clusterId(), b.clusterSlug(), b.clusterName(), b.portfolio(), b.country(),
                b.editionId(), b.state(), new TreeMap<>(b.answers()), b.stories(), b.recommendations(), b.assessor(),
                b.startedBy(), b.startedAt(), b.submittedAt(), b.completedAt(), b.changes(), 0).toString();
    }

    /** A JSON tree without its null values (the platform's mapping leaves them out; Jackson wrote them). */
    private static Object withoutNulls(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> kept = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    kept.put(k, withoutNulls(v));
                }
            });
            return kept;
        }
        if (tree instanceof List<?> list) {
            List<Object> kept = new ArrayList<>();
            list.forEach(v -> kept.add(withoutNulls(v)));
            return kept;
        }
        return tree;
    }

    private static Path stored() {
        try {
            return Path.of(StoredDataCompatibilityTest.class.getResource("stored-1.1.0").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> documents(String collection) {
        try (Stream<Path> files = Files.list(STORED.resolve(collection))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(Path doc) {
        return doc.getFileName().toString().replaceFirst("\\.json$", "");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expected(Path doc) {
        return text(doc.resolveSibling(key(doc) + ".read.txt")).stripTrailing();
    }
}
