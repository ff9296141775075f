package eu.clus3.benchmarking.web;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.AnswerChange;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.assessment.TestAnswers;
import eu.clus3.benchmarking.edition.CurrentEdition;
import eu.clus3.benchmarking.edition.EditionFormat;
import eu.clus3.plugin.api.Created;
import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.JsonMapping;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.testkit.ModuleDatabase;
import eu.clus3.plugin.testkit.OnEveryDatabase;
import eu.clus3.plugin.testkit.TestModuleContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static eu.clus3.plugin.testkit.TestModuleContext.administrator;
import static eu.clus3.plugin.testkit.TestModuleContext.assessor;
import static eu.clus3.plugin.testkit.TestModuleContext.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The typed API: request bodies read with the platform's JSON mapping (as the platform binds them) and refused on
 * their fields, and the resource's answers, on the platform's own store (H2 and PostgreSQL).
 */
@OnEveryDatabase
class BenchmarkingApiTest {

    private static final long CLUSTER = 7;
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final TestModuleContext context;
    private final JsonMapping json;
    private final BenchmarkingPlugin module;
    private final BenchmarkingApi.Resource api;

    BenchmarkingApiTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "benchmarking", BenchmarkingPlugin.class)
                .cluster(CLUSTER, "MARITIME_TECHNOLOGIES", "IT").cluster(8, "ICT", "IT");
        json = context.json();
        module = new BenchmarkingPlugin(context);
        api = (BenchmarkingApi.Resource) new BenchmarkingApi(module).resource();
    }

    private ModuleProblem refused(String body, Class<?> type) {
        return catchThrowableOfType(ModuleProblem.class, () -> json.read(body, type));
    }

    private static ModuleProblem refused(Runnable call) {
        return catchThrowableOfType(ModuleProblem.class, call::run);
    }

    // --- request bodies --------------------------------------------------------------------------

    @Test
    void answersAreReadAsChangesAndAbsentValuesDifferFromClearedOnes() {
        AnswersChange change = json.read("""
                {"version": 3, "answers": {"4.6": {"value": true}, "4.5": {"value": false}, "1.1": {"value": null},
                 "1.2": {"comment": "kept value", "evidence": ["a.pdf"]}, "1.3": {"value": 42.5, "assessorNote": "n"},
                 "1.4": {"value": 12}}, "unknown": "ignored"}
                """, AnswersChange.class);

        assertThat(change.version()).isEqualTo(3);
        assertThat(change.changes()).containsExactlyInAnyOrder(
                new AnswerChange("4.6", true, 1.0, null, null, null),
                new AnswerChange("4.5", true, 0.0, null, null, null),
                new AnswerChange("1.1", true, null, null, null, null),
                new AnswerChange("1.2", false, null, "kept value", List.of("a.pdf"), null),
                new AnswerChange("1.3", true, 42.5, null, null, "n"),
                new AnswerChange("1.4", true, 12.0, null, null, null));
    }

    @Test
    void aBodyOfTheWrongShapeIsRefusedOnItsFieldsWithTheModulesCodes() {
        ModuleProblem noVersion = refused("{\"answers\": {\"1.1\": {\"value\": 3}}}", AnswersChange.class);
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.errors()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(Tuple.tuple("version", "benchmarking.versionRequired"));
        assertThat(refused("{\"version\": 0, \"answers\": {}}", AnswersChange.class).errors())
                .extracting(FieldProblem::field).containsExactly("version");
        assertThat(refused("{\"version\": 2}", AnswersChange.class).code()).isEqualTo("benchmarking.answers");

        ModuleProblem text = refused("{\"version\": 2, \"answers\": {\"1.3\": {\"value\": 140}, \"2.3\": {\"value\": \"high\"}}}",
                AnswersChange.class);
        assertThat(text.code()).isEqualTo("benchmarking.notANumber");
        assertThat(text.errors()).extracting(FieldProblem::field).containsExactly("answers.2.3.value");

        ModuleProblem two = refused("{\"version\": 2, \"answers\": {\"1.1\": null, \"1.2\": {\"value\": [1]}}}",
                AnswersChange.class);
        assertThat(two.code()).isEqualTo("error.invalidInput");
        assertThat(two.errors()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                Tuple.tuple("answers.1.1", "benchmarking.answers"), Tuple.tuple("answers.1.2.value", "benchmarking.notANumber"));

        assertThat(refused("{\"version\": 1}", StoriesChange.class).errors()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(Tuple.tuple("stories", "benchmarking.stories"));
        assertThat(refused("{\"version\": 1, \"stories\": [{\"title\": \"a\"}, null]}", StoriesChange.class).errors())
                .extracting(FieldProblem::field).containsExactly("stories[1]");
        assertThat(refused("{}", VersionOnly.class).errors()).extracting(FieldProblem::field).containsExactly("version");
        assertThat(refused("{\"recommendations\": \"x\"}", Completion.class).code()).isEqualTo("benchmarking.versionRequired");
        assertThat(refused("{\"reason\": \"x\", \"version\": -4}", Reopening.class).code()).isEqualTo("benchmarking.versionRequired");
        assertThat(refused("{\"id\": \" \"}", CurrentEdition.class).errors()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(Tuple.tuple("id", "benchmarking.required"));
        assertThat(json.read("{\"version\": 4, \"reason\": \"typo\"}", Reopening.class)).isEqualTo(new Reopening(4, "typo"));
    }

    @Test
    void everyRefusalCodeOfTheModuleHasItsTextInEnglishAndItalian() {
        for (String code : List.of("benchmarking.otherCluster", "benchmarking.notCompleted", "benchmarking.unknown",
                "benchmarking.managersOnly", "benchmarking.assessorsOnly", "benchmarking.administratorsOnly",
                "benchmarking.alreadyOpen", "benchmarking.notEditable", "benchmarking.wrongState",
                "benchmarking.versionRequired", "benchmarking.answers", "benchmarking.notANumber",
                "benchmarking.unknownIndicator", "benchmarking.outOfRange", "benchmarking.tooLong", "benchmarking.evidence",
                "benchmarking.assessorOnly", "benchmarking.stories", "benchmarking.tooManyStories", "benchmarking.storyTitle",
                "benchmarking.missing", "benchmarking.reasonRequired", "benchmarking.required", "benchmarking.tooLarge",
                "benchmarking.fileRaw", "benchmarking.fileTooLarge", "benchmarking.fileQuota", "benchmarking.fileType",
                "benchmarking.fileEmpty", "benchmarking.fileName", "benchmarking.tooManyFiles", "benchmarking.noPdf",
                "edition.invalid", "edition.exists")) {
            String en = context.message(Locale.ENGLISH, code);
            String it = context.message(Locale.ITALIAN, code);
            assertThat(en).as(code).doesNotStartWith("!").doesNotContain("'");
            assertThat(it).as(code).doesNotStartWith("!").doesNotContain("'").isNotEqualTo(en);
        }
    }

    // --- answers ---------------------------------------------------------------------------------

    @Test
    void aBenchmarkingRunsThroughTheTypedApi() {
        context.actAs(manager(1, CLUSTER));
        Created<Benchmarking> started = api.start(CLUSTER);
        Benchmarking b = started.body();
        assertThat(started.location()).isEqualTo("benchmarkings/" + b.key());
        assertThat(api.ofCluster(CLUSTER)).extracting(Benchmarking::key).containsExactly(b.key());

        b = api.saveAnswers(b.key(), json.read("{\"version\": " + b.version() + ", \"answers\": {\"4.6\": {\"value\": true},"
                + " \"1.1\": {\"value\": 42, \"comment\": \"signed\"}}}", AnswersChange.class));
        assertThat(b.answer("4.6").value()).isEqualTo(1.0);
        assertThat(b.answer("1.1").comment()).isEqualTo("signed");
        b = api.saveAnswers(b.key(), json.read("{\"version\": " + b.version() + ", \"answers\": {\"1.1\": {\"comment\": \"\"}}}",
                AnswersChange.class));
        assertThat(b.answer("1.1").value()).as("a value left out stays").isEqualTo(42.0);
        assertThat(b.answer("1.1").comment()).isNull();

        Benchmarking before = b;
        ModuleProblem stale = refused(() -> api.saveAnswers(before.key(), new AnswersChange(before.version() - 1, Map.of())));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("error.staleVersion");
        assertThat(stale.currentVersion()).isEqualTo(before.version());

        Created<Benchmarking> attached = api.attachEvidence(b.key(), "1.1", b.version(), "registro%20%C3%A8.pdf",
                new Headers(Map.of("Content-Type", "application/pdf")), new ByteArrayInputStream(PDF));
        String fileId = attached.body().answer("1.1").files().get(0).id();
        assertThat(attached.location()).isEqualTo("benchmarkings/" + b.key() + "/indicators/1.1/evidence/" + fileId);
        assertThat(attached.body().answer("1.1").files().get(0).name()).isEqualTo("registro è.pdf");
        assertThat(module.benchmarkings().evidence(b.key(), "1.1", fileId).bytes()).isEqualTo(PDF);
        assertThat(BenchmarkingApi.attachment("registro è.pdf")).as("the download's Content-Disposition").isEqualTo(
                "attachment; filename=\"registro _.pdf\"; filename*=UTF-8''registro%20%C3%A8.pdf");
        assertThat(refused(() -> api.attachEvidence(before.key(), "1.1", null, "x.pdf", new Headers(Map.of()),
                new ByteArrayInputStream(PDF))).errors()).extracting(FieldProblem::field).containsExactly("version");
        Benchmarking withFile = attached.body();
        ModuleProblem form = refused(() -> api.attachEvidence(withFile.key(), "1.1", withFile.version(), "x.pdf",
                new Headers(Map.of("Content-Type", "multipart/form-data; boundary=x")), new ByteArrayInputStream(PDF)));
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.code()).isEqualTo("benchmarking.fileRaw");
        ModuleProblem announced = refused(() -> api.attachEvidence(withFile.key(), "1.1", withFile.version(), "x.pdf",
                new Headers(Map.of("Content-Type", "application/pdf", "Content-Length", "" + (11L * 1024 * 1024))),
                new ByteArrayInputStream(PDF)));
        assertThat(announced.status()).isEqualTo(413);
        b = api.removeEvidence(b.key(), "1.1", fileId, withFile.version());
        assertThat(b.answer("1.1").files()).isEmpty();

        b = api.saveAnswers(b.key(), new AnswersChange(b.version(), Map.of()));
        b = module.benchmarkings().saveAnswers(b.key(), b.version(), TestAnswers.atLevel(module.editions().shipped(), 2, true));
        b = api.saveStories(b.key(), new StoriesChange(b.version(), List.of()));
        b = api.submit(b.key(), new VersionOnly(b.version()));
        assertThat(b.state()).isEqualTo(BenchmarkingState.SUBMITTED);
        context.actAs(assessor(2));
        b = api.review(b.key(), new VersionOnly(b.version()));
        b = api.complete(b.key(), new Completion(b.version(), "Write the strategy down."));
        assertThat(b.recommendations()).isEqualTo("Write the strategy down.");

        context.actAs(manager(1, CLUSTER));
        assertThat(api.report(b.key(), "it", null).areas().get(0).name()).isEqualTo("Struttura del cluster");
        assertThat(api.chart(b.key(), "areas", null, new Headers(Map.of("Accept-Language", "it-IT")))).startsWith("<svg");
        assertThat(refused(() -> api.chart(before.key(), "pie", null, null)).status()).isEqualTo(404);
        assertThat(api.printable(b.key(), "en", null)).contains("Write the strategy down.");
        assertThat(api.latest(CLUSTER).indicators()).containsKey("1.1");
        assertThat(api.history(CLUSTER, null, null).benchmarkings()).hasSize(1);
        assertThat(api.revisions(b.key())).extracting(Revision::version).contains(1L, b.version());
        assertThat(api.revisions(b.key()).get(0).changedBy()).isEqualTo("manager1");
        Benchmarking done = b;
        context.actAs(manager(3, 8));
        assertThat(refused(() -> api.get(done.key())).code()).isEqualTo("benchmarking.otherCluster");
        assertThat(refused(() -> api.printable(done.key(), "en", null)).status()).isEqualTo(403);
        assertThat(refused(() -> module.benchmarkings().evidence(done.key(), "1.1", fileId)).status()).isEqualTo(403);

        // every answer is JSON the platform's mapping writes (JSON-B reads public types only)
        context.actAs(assessor(2));
        for (Object answer : List.of(done, api.report(done.key(), null, null), api.history(CLUSTER, null, null),
                api.latest(CLUSTER), api.region(null, null), api.revisions(done.key()), api.editions(), started)) {
            assertThat(json.write(answer)).startsWith(answer instanceof List ? "[" : "{");
        }
        assertThat(json.read(json.write(done), Benchmarking.class)).isEqualTo(done);
    }

    @Test
    void editionsAreListedExportedImportedAndChosen() {
        context.actAs(manager(1, CLUSTER));
        List<EditionSummary> editions = api.editions();
        assertThat(editions).containsExactly(new EditionSummary("clus3-2026", module.editions().shipped().title(),
                "2026-11-25", 6, 36, true));
        // the export (GET editions/{id}) answers YAML for ?format=yaml, or for Accept naming YAML and not JSON
        assertThat(BenchmarkingApi.wantsYaml("yaml", null)).isTrue();
        assertThat(BenchmarkingApi.wantsYaml("YML", "application/json")).isTrue();
        assertThat(BenchmarkingApi.wantsYaml("json", "application/yaml")).isFalse();
        assertThat(BenchmarkingApi.wantsYaml(null, "application/yaml")).isTrue();
        assertThat(BenchmarkingApi.wantsYaml(null, "application/json, application/yaml")).isFalse();
        assertThat(BenchmarkingApi.wantsYaml(null, null)).isFalse();
        String yaml = module.editions().file("clus3-2026", EditionFormat.Syntax.YAML);
        assertThat(yaml).startsWith("id: clus3-2026");
        assertThat(refused(() -> module.editions().file("nowhere", EditionFormat.Syntax.JSON)).status()).isEqualTo(404);

        String copy = yaml.replaceFirst("id: clus3-2026", "id: copy-2026");
        assertThat(refused(() -> api.importEdition(copy, new Headers(Map.of("Content-Type", "text/yaml")))).code())
                .isEqualTo("benchmarking.administratorsOnly");
        context.actAs(administrator(9));
        Created<ImportedEdition> imported = api.importEdition(copy, new Headers(Map.of("Content-Type", "text/yaml")));
        assertThat(imported.location()).isEqualTo("editions/copy-2026");
        assertThat(imported.body()).isEqualTo(new ImportedEdition("copy-2026", 6, 36));
        ModuleProblem broken = refused(() -> api.importEdition("id: broken\ntitle: B\nareas: []\n",
                new Headers(Map.of("Content-Type", "application/yaml"))));
        assertThat(broken.code()).isEqualTo("edition.invalid");
        assertThat(broken.errors()).extracting(FieldProblem::message).containsExactly(
                "areas: missing or empty (an edition needs at least one area) (line 3)");

        assertThat(api.makeCurrent(new CurrentEdition("copy-2026"))).isEqualTo(new CurrentEdition("copy-2026"));
        assertThat(api.editions()).filteredOn(EditionSummary::current).extracting(EditionSummary::id)
                .containsExactly("copy-2026");
    }

    /** Request headers as a client sends them (the platform hands a module JAX-RS's {@link HttpHeaders}). */
    private record Headers(Map<String, String> sent) implements HttpHeaders {

        @Override
        public List<String> getRequestHeader(String name) {
            String v = getHeaderString(name);
            return v == null ? List.of() : List.of(v);
        }

        @Override
        public String getHeaderString(String name) {
            return sent.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        @Override
        public MultivaluedMap<String, String> getRequestHeaders() {
            MultivaluedMap<String, String> all = new MultivaluedHashMap<>();
            sent.forEach(all::add);
            return all;
        }

        @Override
        public List<MediaType> getAcceptableMediaTypes() {
            return List.of(MediaType.WILDCARD_TYPE);
        }

        @Override
        public List<Locale> getAcceptableLanguages() {
            return List.of();
        }

        @Override
        public MediaType getMediaType() {
            String type = getHeaderString(CONTENT_TYPE);
            if (type == null) {
                return null;
            }
            String[] parts = type.split(";")[0].trim().split("/", 2);
            return new MediaType(parts[0], parts.length > 1 ? parts[1] : "*");
        }

        @Override
        public Locale getLanguage() {
            return null;
        }

        @Override
        public Map<String, Cookie> getCookies() {
            return Map.of();
        }

        @Override
        public Date getDate() {
            return null;
        }

        @Override
        public int getLength() {
            String length = getHeaderString(CONTENT_LENGTH);
            return length == null ? -1 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(length));
        }
    }
}
