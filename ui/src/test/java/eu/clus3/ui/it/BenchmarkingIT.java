package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.USER_PASSWORD;
import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static eu.clus3.ui.it.ApiAssertions.assertProblem;
import static eu.clus3.ui.it.ApiAssertions.createUser;
import static eu.clus3.ui.it.ApiAssertions.uniqueUsername;
import static eu.clus3.ui.it.BenchmarkingJson.API;
import static eu.clus3.ui.it.ClusterJson.addPerson;
import static eu.clus3.ui.it.ClusterJson.create;
import static eu.clus3.ui.it.ClusterJson.createCluster;
import static eu.clus3.ui.it.ClusterJson.profile;
import static eu.clus3.ui.it.ClusterJson.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarking module installed as a jar into the real WAR on Payara Micro, and one benchmarking run
 * through its REST API by the people who do it in life: the cluster's manager fills and submits, an
 * assessor (regional staff) reviews, corrects and completes, the manager reads the report; another
 * cluster's manager is refused throughout. Everything goes through the platform's real store, search and
 * permission checks.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkingIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Clus3War.imported();
    }

    @ArquillianResource
    private URL url;

    private URI base() {
        return TestEnvironment.base(url);
    }

    @Test
    void aBenchmarkingIsFilledSubmittedReviewedCompletedAndReported() {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        JsonNode installed = BenchmarkingJson.ensureInstalled(admin);
        assertThat(installed.path("contributions").toString()).contains("REST endpoint", "search entries");

        String word = SearchJson.uniqueWord();
        JsonNode cluster = create(admin, profile(uniqueName("Bench " + word)));
        long clusterId = cluster.path("id").asLong();
        long otherClusterId = createCluster(admin, "Bench other").path("id").asLong();
        SignedInPeople.Person manager = SignedInPeople.member(base(), "bench-manager");
        SignedInPeople.Person otherManager = SignedInPeople.member(base(), "bench-other");
        addPerson(admin, clusterId, manager.username(), "MANAGER");
        addPerson(admin, otherClusterId, otherManager.username(), "MANAGER");
        String assessorName = uniqueUsername("assessor");
        createUser(admin, assessorName, "REGIONAL_STAFF");
        Api assessor = Api.at(base()).withToken(Browser.signInAndCreateToken(base(), assessorName, USER_PASSWORD, "assessor"));
        Api api = manager.api();
        Api other = otherManager.api();

        // the edition, as it exports
        JsonNode editions = assertJson(api.get(API + "editions"), 200);
        assertThat(editions.get(0).path("indicators").asInt()).isEqualTo(36);
        JsonNode edition = assertJson(api.get(API + "editions/clus3-2026"), 200);
        assertThat(edition.path("areas")).hasSize(6);

        // the edition as YAML: exported, imported under a new id by an administrator; broken files and alias bombs refused
        Api.Reply yaml = api.send(api.request(API + "editions/clus3-2026?format=yaml").GET());
        assertThat(yaml.status()).as("%s", yaml).isEqualTo(200);
        assertThat(yaml.mediaType()).isEqualTo("application/yaml");
        assertThat(yaml.body()).startsWith("id: clus3-2026").contains("Maturità della gestione del cluster");
        String copy = yaml.body().replaceFirst("id: clus3-2026", "id: yaml-" + word.toLowerCase(java.util.Locale.ROOT));
        JsonNode imported = assertJson(admin.send("POST", API + "editions", "application/yaml",
                java.net.http.HttpRequest.BodyPublishers.ofString(copy)), 201);
        assertThat(imported.path("indicators").asInt()).isEqualTo(36);
        JsonNode importedEdition = assertJson(api.get(API + "editions/" + imported.path("id").asText()), 200);
        assertThat(importedEdition.path("areas")).hasSize(6);
        assertThat(importedEdition.path("areas").get(1).path("indicators").get(0).path("name").path("it").asText())
                .as("UTF-8 kept").isEqualTo("Maturità della gestione del cluster");
        JsonNode broken = assertProblem(admin.send("POST", API + "editions", "text/yaml",
                java.net.http.HttpRequest.BodyPublishers.ofString("id: broken\ntitle: Broken\nareas:\n  - id: \"1\"\n    name: A\n")), 400);
        assertThat(broken.path("errors").toString()).contains("areas[0].indicators: missing or empty").contains("(line 4)");
        String bomb = "a: &a [\"lol\",\"lol\",\"lol\"]\n" + java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "b" + i + ": &b" + i + " [" + ("*" + (i == 0 ? "a" : "b" + (i - 1)) + ",").repeat(8) + "*"
                        + (i == 0 ? "a" : "b" + (i - 1)) + "]").collect(java.util.stream.Collectors.joining("\n"));
        assertThat(assertProblem(admin.send("POST", API + "editions", "application/yaml",
                java.net.http.HttpRequest.BodyPublishers.ofString(bomb)), 400).path("detail").asText()).contains("refused");

        // the manager starts and fills as they go; the peer facts come from the cluster profile
        assertProblem(other.post(API + "clusters/" + clusterId + "/benchmarkings", ""), 403);
        JsonNode b = assertJson(api.post(API + "clusters/" + clusterId + "/benchmarkings", ""), 201);
        String key = b.path("key").asText();
        assertThat(b.path("state").asText()).isEqualTo("DRAFT");
        assertThat(b.path("portfolio").asText()).isEqualTo("MARITIME_TECHNOLOGIES");
        assertThat(b.path("country").asText()).isEqualTo("IT");
        assertProblem(api.post(API + "clusters/" + clusterId + "/benchmarkings", ""), 409);

        JsonNode outOfRange = assertProblem(api.put(API + "benchmarkings/" + key + "/answers", Map.of("version",
                b.path("version").asLong(), "answers", Map.of("1.3", Map.of("value", 140), "2.3", Map.of("value", "high")))), 400);
        assertThat(outOfRange.path("errors").toString()).contains("answers.2.3.value");
        JsonNode outOfRange2 = assertProblem(api.put(API + "benchmarkings/" + key + "/answers", Map.of("version",
                b.path("version").asLong(), "answers", Map.of("1.3", Map.of("value", 140)))), 400);
        assertThat(outOfRange2.path("errors").get(0).path("field").asText()).isEqualTo("answers.1.3.value");
        assertThat(outOfRange2.path("errors").get(0).path("message").asText()).contains("between 0 and 100");
        assertProblem(api.send("PUT", API + "benchmarkings/" + key + "/answers", "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString("{not json")), 400);
        assertThat(assertJson(api.get(API + "benchmarkings/" + key), 200).path("version").asLong())
                .as("nothing changed").isEqualTo(b.path("version").asLong());

        Map<String, Object> allButOne = BenchmarkingJson.answers(edition,
                i -> BenchmarkingJson.mandatory(i) && !i.path("id").asText().equals("6.5"));
        allButOne.put("1.1", Map.of("value", 42, "comment", "signed agreements", "evidence", List.of("register.pdf")));
        b = assertJson(api.put(API + "benchmarkings/" + key + "/answers",
                Map.of("version", b.path("version").asLong(), "answers", allButOne)), 200);
        b = assertJson(api.put(API + "benchmarkings/" + key + "/stories", Map.of("version", b.path("version").asLong(),
                "stories", List.of(Map.of("title", "Hull sensors", "text", "Three members built ..." + word)))), 200);
        // evidence files: the manager attaches a PDF to 1.1; refused files change nothing
        String evidence = API + "benchmarkings/" + key + "/indicators/1.1/evidence";
        long before = b.path("version").asLong();
        Api.Reply attached = attach(api, evidence + "?version=" + before, "registro%20soci%20%C3%A8.pdf", "application/pdf", PDF);
        assertThat(attached.status()).as("%s", attached).isEqualTo(201);
        b = attached.json();
        assertThat(b.path("version").asLong()).isEqualTo(before + 1);
        JsonNode file = b.path("answers").path("1.1").path("files").get(0);
        assertThat(file.path("name").asText()).isEqualTo("registro soci è.pdf");
        assertThat(file.path("size").asLong()).isEqualTo(PDF.length);
        assertThat(file.path("type").asText()).isEqualTo("application/pdf");
        assertThat(file.path("uploadedBy").asText()).isEqualTo(manager.username());
        assertThat(b.path("answers").path("1.1").path("evidence").toString()).as("names and links are kept").contains("register.pdf");
        String fileUrl = evidence + "/" + file.path("id").asText();
        assertThat(attached.header("Location").orElseThrow()).endsWith(fileUrl);

        Api.Binary download = api.getBinary(fileUrl, "*/*");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.mediaType()).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''registro%20soci%20%C3%A8.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        long v = b.path("version").asLong();
        JsonNode html = assertProblem(attach(api, evidence + "?version=" + v, "report.pdf", "application/pdf",
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(html.path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(html.path("detail").asText()).contains("Only PDF");
        byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        JsonNode tooLarge = assertProblem(attach(api, evidence + "?version=" + v, "huge.pdf", "application/pdf", huge), 413);
        assertThat(tooLarge.path("detail").asText()).contains("10 MiB");
        assertProblem(api.send(api.request(evidence + "?version=" + v).header("Content-Type", "application/pdf")
                .header("X-File-Name", "streamed.pdf").POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge)))), 413);
        assertProblem(attach(api, evidence + "?version=" + v, "a.txt", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--x--\r\n"
                        .getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(assertProblem(attach(api, evidence, "a.pdf", "application/pdf", PDF), 400).path("errors").get(0)
                .path("field").asText()).isEqualTo("version");
        assertProblem(attach(api, evidence + "?version=" + (v - 1), "a.pdf", "application/pdf", PDF), 409);
        assertProblem(attach(other, evidence + "?version=" + v, "a.pdf", "application/pdf", PDF), 403);
        assertThat(other.getBinary(fileUrl, "*/*").status()).isEqualTo(403);
        assertThat(assertJson(api.get(API + "benchmarkings/" + key), 200).path("version").asLong())
                .as("nothing changed by the refused files").isEqualTo(v);

        // a second file, removed again with the current version (a stale one is refused)
        Api.Reply notes = attach(api, API + "benchmarkings/" + key + "/indicators/1.2/evidence?version=" + v, "notes.csv",
                "text/csv", "member;since\nAcme;2019\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notes.status()).as("%s", notes).isEqualTo(201);
        b = notes.json();
        JsonNode csv = b.path("answers").path("1.2").path("files").get(0);
        assertThat(csv.path("type").asText()).isEqualTo("text/csv");
        String csvUrl = API + "benchmarkings/" + key + "/indicators/1.2/evidence/" + csv.path("id").asText();
        assertProblem(api.delete(csvUrl + "?version=" + (b.path("version").asLong() - 1)), 409);
        assertThat(api.getBinary(csvUrl, "*/*").status()).isEqualTo(200);
        b = assertJson(api.delete(csvUrl + "?version=" + b.path("version").asLong()), 200);
        assertThat(b.path("answers").path("1.2").path("files")).isEmpty();
        assertThat(api.getBinary(csvUrl, "*/*").status()).isEqualTo(404);

        JsonNode missing = assertProblem(api.post(API + "benchmarkings/" + key + "/submit",
                Map.of("version", b.path("version").asLong())), 400);
        assertThat(missing.path("errors").toString()).contains("answers.6.5").doesNotContain("answers.1.1\"");
        JsonNode stale = assertProblem(api.put(API + "benchmarkings/" + key + "/answers", Map.of("version",
                b.path("version").asLong() - 1, "answers", Map.of("6.5", Map.of("value", 1)))), 409);
        assertThat(stale.path("code").asText()).as("the platform's code, like the core's").isEqualTo("error.staleVersion");
        assertThat(stale.path("currentVersion").asLong()).isEqualTo(b.path("version").asLong());
        b = assertJson(api.put(API + "benchmarkings/" + key + "/answers", Map.of("version", b.path("version").asLong(),
                "answers", Map.of("6.5", Map.of("value", 1)))), 200);
        b = assertJson(api.post(API + "benchmarkings/" + key + "/submit", Map.of("version", b.path("version").asLong())), 200);
        assertThat(b.path("state").asText()).isEqualTo("SUBMITTED");

        // nobody else reads it; the manager cannot review their own
        assertThat(assertProblem(other.get(API + "benchmarkings/" + key), 403).path("code").asText())
                .isEqualTo("benchmarking.otherCluster");
        assertProblem(other.get(API + "benchmarkings/" + key + "/report"), 403);
        assertProblem(api.post(API + "benchmarkings/" + key + "/review", Map.of("version", b.path("version").asLong())), 403);
        assertProblem(api.put(API + "benchmarkings/" + key + "/answers", Map.of("version", b.path("version").asLong(),
                "answers", Map.of("1.1", Map.of("value", 50)))), 409);

        // the manager cannot attach to a submitted benchmarking; the assessor interviews, reads the evidence,
        // corrects and completes
        assertProblem(attach(api, evidence + "?version=" + b.path("version").asLong(), "late.pdf", "application/pdf", PDF), 409);
        b = assertJson(assessor.post(API + "benchmarkings/" + key + "/review", Map.of("version", b.path("version").asLong())), 200);
        assertThat(assessor.getBinary(fileUrl, "*/*").body()).isEqualTo(PDF);
        b = assertJson(assessor.put(API + "benchmarkings/" + key + "/answers", Map.of("version", b.path("version").asLong(),
                "answers", Map.of("1.1", Map.of("value", 35, "assessorNote", "seven have not signed yet")))), 200);
        assertThat(b.path("answers").path("1.1").path("managerValue").asDouble()).isEqualTo(42);
        b = assertJson(assessor.post(API + "benchmarkings/" + key + "/complete", Map.of("version", b.path("version").asLong(),
                "recommendations", "Document the strategy process.")), 200);
        assertThat(b.path("state").asText()).isEqualTo("COMPLETED");
        assertProblem(api.put(API + "benchmarkings/" + key + "/answers", Map.of("version", b.path("version").asLong(),
                "answers", Map.of("1.1", Map.of("value", 50)))), 409);

        // the manager's report, its charts, the results other modules read, the history
        JsonNode report = assertJson(api.get(API + "benchmarkings/" + key + "/report?lang=it"), 200);
        assertThat(report.path("areas").get(0).path("indicators").get(0).path("files").get(0).path("name").asText())
                .isEqualTo("registro soci è.pdf");
        assertThat(api.send(api.request(API + "benchmarkings/" + key + "/printable").setHeader("Accept", "text/html").GET())
                .body()).contains("registro soci è.pdf");
        assertThat(other.getBinary(fileUrl, "*/*").status()).as("never another cluster").isEqualTo(403);
        assertThat(report.path("areas")).hasSize(6);
        assertThat(report.path("areas").get(0).path("name").asText()).isEqualTo("Struttura del cluster");
        assertThat(report.path("recommendations").asText()).isEqualTo("Document the strategy process.");
        List<Boolean> enough = new ArrayList<>();
        report.path("groups").forEach(g -> enough.add(g.path("enoughPeers").asBoolean()));
        assertThat(enough).as("a lone benchmarked cluster has no peers to show").containsOnly(false);
        Api.Reply radar = api.send(api.request(API + "benchmarkings/" + key + "/charts/areas.svg").setHeader("Accept", "image/svg+xml").GET());
        assertThat(radar.status()).isEqualTo(200);
        assertThat(radar.mediaType()).isEqualTo("image/svg+xml");
        assertThat(radar.body()).startsWith("<svg").contains("class=\"own\"");
        // the report as a PDF, made on the server: for the cluster, never for another cluster's manager
        Api.Binary pdf = api.getBinary(API + "benchmarkings/" + key + "/report.pdf?lang=it", "application/pdf");
        assertThat(pdf.status()).as("%s", pdf).isEqualTo(200);
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").endsWith(".pdf\"");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(cluster.path("profile").path("name").asText(), "Struttura del cluster", "Document the strategy process.",
                    "pari insufficienti", "Pagina 1 di " + document.getNumberOfPages());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Api.Binary refusedPdf = other.getBinary(API + "benchmarkings/" + key + "/report.pdf", "application/pdf");
        assertThat(refusedPdf.status()).as("%s", refusedPdf).isEqualTo(403);
        assertThat(new String(refusedPdf.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("benchmarking.otherCluster");
        JsonNode latest = assertJson(api.get(API + "clusters/" + clusterId + "/latest"), 200);
        assertThat(latest.path("indicators").path("1.1").path("value").asDouble()).isEqualTo(35);
        assertProblem(other.get(API + "clusters/" + clusterId + "/latest"), 403);
        assertThat(assertJson(api.get(API + "clusters/" + clusterId + "/history"), 200).path("benchmarkings")).hasSize(1);
        assertThat(assertJson(api.get(API + "benchmarkings/" + key + "/revisions"), 200).size())
                .isEqualTo(b.path("version").asInt());

        // the report is found by its cluster and the staff, not by others
        SearchJson.Found found = SearchJson.searchUntil(api, word, page -> SearchJson.titles(page).stream()
                .anyMatch(t -> t.startsWith("Benchmarking report")), Duration.ofSeconds(10));
        assertThat(found.done()).as("found: %s", found.page()).isTrue();
        JsonNode byCluster = assertJson(api.get("api/search?lang=it&q=" + SearchJson.encode("cluster:"
                + cluster.path("slug").asText() + " in:module:benchmarking")), 200);
        assertThat(byCluster.path("hits").findValuesAsText("link")).containsExactly("modules/benchmarking/report/" + key);
        assertThat(byCluster.path("hits").findValuesAsText("typeName")).containsExactly("Rapporto di benchmarking");
        assertThat(byCluster.path("facets").path("cluster").findValuesAsText("value")).containsExactly(cluster.path("slug").asText());
        assertThat(byCluster.path("facets").path("sector").findValuesAsText("value")).containsExactly("MARITIME_TECHNOLOGIES");
        assertThat(byCluster.path("facets").path("region").findValuesAsText("value"))
                .containsExactly(cluster.path("profile").path("regionName").asText());
        assertThat(SearchJson.titles(SearchJson.search(assessor, word))).anyMatch(t -> t.startsWith("Benchmarking report"));
        assertThat(SearchJson.titles(SearchJson.search(other, word))).noneMatch(t -> t.startsWith("Benchmarking report"));

        // an assessor reopens it with a reason: back under review, out of the manager's "latest"
        assertProblem(assessor.post(API + "benchmarkings/" + key + "/reopen", Map.of("version", b.path("version").asLong())), 400);
        b = assertJson(assessor.post(API + "benchmarkings/" + key + "/reopen", Map.of("version", b.path("version").asLong(),
                "reason", "The member count was from 2024")), 200);
        assertThat(b.path("state").asText()).isEqualTo("UNDER_REVIEW");
        assertProblem(api.get(API + "clusters/" + clusterId + "/latest"), 404);

        // the regional overview is for staff
        assertProblem(api.get(API + "region"), 403);
        JsonNode region = assertJson(assessor.get(API + "region"), 200);
        assertThat(region.path("inProgress").asInt()).isGreaterThanOrEqualTo(1);
    }

    /**
     * The module's endpoints in the platform's API document while it runs, typed as a generated client sees them:
     * the records it reads and answers as {@code benchmarking.*} schemas, problems for refusals.
     */
    @Test
    void theApiDocumentListsTheModulesEndpointsWithTheirModels() {
        BenchmarkingJson.ensureInstalled(Api.at(base()).withToken(AdminToken.of(base())));

        JsonNode openApi = assertJson(Api.at(base()).get("openapi"), 200);

        JsonNode paths = openApi.path("paths");
        List<String> operations = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/" + API)) {
                paths.path(path).fieldNames().forEachRemaining(method -> operations.add(method + " " + path));
            }
        });
        assertThat(operations).as("%s", operations).hasSize(24)
                .contains("get /" + API + "editions", "put /" + API + "editions/current",
                        "post /" + API + "benchmarkings/{key}/indicators/{indicatorId}/evidence",
                        "get /" + API + "benchmarkings/{key}/report.pdf");
        JsonNode answers = paths.path("/" + API + "benchmarkings/{key}/answers").path("put");
        assertThat(answers.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/benchmarking.AnswersChange");
        assertThat(answers.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/benchmarking.Benchmarking");
        assertThat(answers.path("responses").path("409").path("content").path("application/problem+json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(answers.path("parameters").path(0).path("name").asText()).isEqualTo("key");
        JsonNode schemas = openApi.path("components").path("schemas");
        JsonNode change = schemas.path("benchmarking.AnswersChange");
        assertThat(change.path("properties").path("answers").path("additionalProperties").path("$ref").asText())
                .isEqualTo("#/components/schemas/benchmarking.AnswerInput");
        assertThat(change.path("required").toString()).contains("version");
        assertThat(schemas.path("benchmarking.AnswerInput").path("properties").has("assessorNote")).isTrue();
        assertThat(schemas.path("benchmarking.Benchmarking").path("properties").path("state").path("$ref").asText())
                .isEqualTo("#/components/schemas/benchmarking.BenchmarkingState");
        assertThat(paths.path("/" + API + "clusters/{clusterId}/benchmarkings").path("post").path("responses").has("201"))
                .isTrue();
        assertThat(paths.path("/" + API + "clusters/{clusterId}/history").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/benchmarking.History");
    }

    /**
     * The same journey in browsers: the manager, on a phone-sized window (360 px), fills the last two indicators,
     * attaches a PDF as evidence with the upload and submits; the assessor takes it into review, sees the file and
     * downloads it, and completes it with recommendations; the manager opens the report and sees its radar chart.
     * (The other 32 answers were saved earlier, through the API.)
     */
    @Test
    void aManagerFillsTwoIndicatorsAndSubmitsTheAssessorCompletesAndTheManagerSeesTheChart() throws Exception {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        BenchmarkingJson.ensureInstalled(admin);
        long clusterId = create(admin, profile(uniqueName("Bench browser"))).path("id").asLong();
        String managerName = uniqueUsername("bmanager");
        createUser(admin, managerName, "MEMBER");
        addPerson(admin, clusterId, managerName, "MANAGER");
        String assessorName = uniqueUsername("bassessor");
        createUser(admin, assessorName, "REGIONAL_STAFF");
        Api setUp = admin;

        // the draft with everything but 1.1 and 1.4 saved before (as an administrator may, for the test's set-up)
        JsonNode edition = assertJson(setUp.get(API + "editions/clus3-2026"), 200);
        JsonNode b = assertJson(setUp.post(API + "clusters/" + clusterId + "/benchmarkings", ""), 201);
        String key = b.path("key").asText();
        assertJson(setUp.put(API + "benchmarkings/" + key + "/answers", Map.of("version", b.path("version").asLong(),
                "answers", BenchmarkingJson.answers(edition, i -> BenchmarkingJson.mandatory(i)
                        && !List.of("1.1", "1.4").contains(i.path("id").asText())))), 200);

        java.nio.file.Path pdf = TestEnvironment.scratch().resolve("evidence-" + key + ".pdf");
        java.nio.file.Files.write(pdf, PDF);
        try (Browser browser = Browser.open(base(), 360, 800)) {
            browser.signIn(managerName, USER_PASSWORD);
            browser.go("modules/benchmarking/questionnaire/" + key);
            fill(browser, admin, key, "1.1", 40);
            fill(browser, admin, key, "1.4", 4);

            // evidence: the manager attaches a PDF to 1.1 with the upload, on a phone-sized screen
            browser.waitForVaadin();
            String shown = (String) browser.script("""
                    const u = document.getElementById('answer-1-1-upload');
                    if (!u) {
                        return 'missing; ' + Array.from(document.querySelectorAll('[id^=answer-1-1]'))
                            .map(e => e.id + ':' + e.tagName).join(',');
                    }
                    const r = u.getBoundingClientRect();
                    return 'shown ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' ' + getComputedStyle(u).display;
                    """);
            assertThat(shown).as(shown).startsWith("shown").doesNotContain(" 0x").doesNotContain("x0 ");
            WebElement upload = browser.find(By.id("answer-1-1-upload"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", upload);
            assertThat(((Number) browser.script("return arguments[0].getBoundingClientRect().right <= window.innerWidth ? 1 : 0",
                    upload)).intValue()).as("the upload fits a 360 px screen").isEqualTo(1);
            assertThat(browser.find(By.id("answer-1-1-files")).getDomProperty("textContent")).contains("10 MB");
            WebElement input = (WebElement) browser.script("""
                    const upload = document.getElementById('answer-1-1-upload');
                    const input = upload.querySelector('input[type=file]')
                        || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                    input.removeAttribute('hidden');
                    input.style.display = 'block';
                    return input;
                    """);
            input.sendKeys(pdf.toAbsolutePath().toString());
            browser.waitUntil(d -> assertJson(admin.get(API + "benchmarkings/" + key), 200)
                    .path("answers").path("1.1").path("files").size() == 1);
            WebElement link = browser.waitUntil(d -> d.findElements(By.cssSelector("#answer-1-1-file-list a[download]"))
                    .stream().findFirst().orElse(null));
            assertThat(link.getDomProperty("textContent")).isEqualTo(pdf.getFileName().toString());
            browser.waitForVaadin();
            browser.click(By.id("benchmarking-submit"));
            browser.waitUntil(d -> text(browser, "benchmarking-status").startsWith("Submitted"));
        }
        JsonNode submitted = assertJson(admin.get(API + "benchmarkings/" + key), 200);
        assertThat(submitted.path("answers").path("1.1").path("value").asDouble()).isEqualTo(40);
        assertThat(submitted.path("answers").path("1.4").path("value").asDouble()).isEqualTo(4);

        try (Browser browser = Browser.open(base())) {
            browser.signIn(assessorName, USER_PASSWORD);
            browser.go("modules/benchmarking");
            browser.visible(By.cssSelector("#benchmarking-queue a[href$='" + key + "']"));
            browser.go("modules/benchmarking/questionnaire/" + key);
            browser.click(By.id("benchmarking-review"));
            // the assessor sees the manager's file and downloads it with their session
            WebElement evidenceLink = browser.visible(By.cssSelector("#answer-1-1-file-list a[download]"));
            assertThat(evidenceLink.getDomProperty("textContent")).isEqualTo(pdf.getFileName().toString());
            String fetched = (String) browser.script("""
                    const x = new XMLHttpRequest();
                    x.open('GET', arguments[0].href, false);
                    x.send();
                    return x.status + ' ' + x.getResponseHeader('Content-Type') + ' ' + x.responseText.length;
                    """, evidenceLink);
            assertThat(fetched).isEqualTo("200 application/pdf " + PDF.length);
            WebElement recommendations = browser.visible(By.id("benchmarking-recommendations"));
            WebElement text = recommendations.findElement(By.cssSelector("textarea"));
            text.sendKeys("Write the strategy down with the members.", Keys.TAB);
            browser.waitForVaadin();
            browser.click(By.id("benchmarking-complete"));
            browser.waitUntil(d -> browser.currentPath().endsWith("/report/" + key));
        }

        try (Browser browser = Browser.open(base(), 390, 844)) {
            browser.signIn(managerName, USER_PASSWORD);
            browser.go("modules/benchmarking/report/" + key);
            WebElement radar = browser.visible(By.cssSelector("#benchmarking-radar svg"));
            assertThat(radar.findElements(By.cssSelector("polygon.own"))).hasSize(1);
            assertThat(radar.getSize().getWidth()).as("fits a phone").isLessThanOrEqualTo(390);
            assertThat(text(browser, "benchmarking-recommendations")).isEqualTo("Write the strategy down with the members.");
            assertThat(browser.isPresent(By.cssSelector("#benchmarking-bars svg rect.own"))).isTrue();
            WebElement download = browser.visible(By.cssSelector("#benchmarking-pdf"));
            assertThat(download.getDomAttribute("href")).endsWith("/report.pdf?lang=en");
            assertThat(download.getDomProperty("textContent")).contains("Download PDF");

            // every indicator leads to the platform-wide forum discussion about it (none yet: the new-topic form)
            String subject = "module:benchmarking:indicator:clus3-2026:1.1";
            WebElement discuss = browser.find(By.id("discuss-1-1"));
            assertThat(discuss.getDomAttribute("href")).isEqualTo("forum/about/" + subject
                    + "?title=Indicator+1.1+Committed+members+%28clus3-2026%29");
            assertThat(discuss.getDomProperty("textContent")).isEqualTo("Discuss this indicator");
            browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", discuss);
            browser.visible(By.id("new-topic-view"));
            assertThat(browser.visible(By.id("topic-about")).getText()).contains(subject);
            assertThat(browser.find(By.id("topic-title-field")).getAttribute("value"))
                    .isEqualTo("Indicator 1.1 Committed members (clus3-2026)");
        }
    }

    /**
     * Module pages as the platform frames them pass axe-core's accessibility rules as a core page does (nothing
     * "serious" or "critical"), each with its title in the header and in the document: the example module's page
     * and the benchmarking module's home, questionnaire, report and regional overview.
     */
    @Test
    void modulePagesLikeCorePagesHaveATitleAndNoSeriousAccessibilityViolation() {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        BenchmarkingJson.ensureInstalled(admin);
        if (admin.get("api/admin/modules/example").status() != 200) {
            assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", ModuleJars.bytes(ModuleJars.v1())), 201);
        }
        long clusterId = create(admin, profile(uniqueName("Bench access"))).path("id").asLong();
        JsonNode edition = assertJson(admin.get(API + "editions/clus3-2026"), 200);
        JsonNode b = assertJson(admin.post(API + "clusters/" + clusterId + "/benchmarkings", ""), 201);
        String key = b.path("key").asText();
        assertJson(admin.put(API + "benchmarkings/" + key + "/answers", Map.of("version", b.path("version").asLong(),
                "answers", BenchmarkingJson.answers(edition, BenchmarkingJson::mandatory))), 200);

        Map<String, List<String>> violations = new java.util.LinkedHashMap<>();
        try (Browser browser = Browser.open(base())) {
            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            for (String page : List.of("clusters", "modules/example", "modules/benchmarking",
                    "modules/benchmarking/questionnaire/" + key, "modules/benchmarking/report/" + key,
                    "modules/benchmarking/region")) {
                browser.go(page);
                String title = browser.waitUntil(d -> {
                    String shown = browser.find(By.cssSelector(".c3-view-title")).getText();
                    return shown.isBlank() ? null : shown;
                });
                assertThat(browser.script("return document.title")).as(page).isEqualTo(title);
                violations.put(page, browser.seriousAccessibilityViolations());
            }
        } finally {
            assertThat(admin.delete("api/admin/modules/example?purge=true&confirm=example").status()).isEqualTo(204);
        }
        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
    }

    /** A small PDF as a PDF writer makes it (header, objects, trailer). */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            + "trailer\n<< /Size 3 /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** An evidence upload as a client sends it: the raw file, its name in X-File-Name. */
    private static Api.Reply attach(Api api, String path, String fileName, String type, byte[] bytes) {
        return api.send(api.request(path).header("Content-Type", type).header("X-File-Name", fileName)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /**
     * An administrator uploads an edition as a YAML file on the module's page: it is listed with its JSON and YAML
     * files to download; a broken YAML file is refused with each fault and its line.
     */
    @Test
    void anAdministratorUploadsAYamlEditionOnTheModulesPage() throws java.io.IOException {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        BenchmarkingJson.ensureInstalled(admin);
        String id = "upload-" + SearchJson.uniqueWord();
        String yaml = admin.send(admin.request(API + "editions/clus3-2026?format=yaml").GET()).body()
                .replaceFirst("id: clus3-2026", "id: " + id);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("edition", ".yaml").toRealPath();
        java.nio.file.Files.writeString(file, yaml);
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("broken", ".yml").toRealPath();
        java.nio.file.Files.writeString(broken, "id: broken\ntitle: Broken\nareas:\n  - id: \"1\"\n    name: A\n");

        try (Browser browser = Browser.open(base())) {
            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            browser.go("modules/benchmarking");
            upload(browser, file);
            browser.waitUntil(d -> text(browser, "benchmarking-editions").contains(id));
            assertThat(browser.find(By.id("edition-" + id + "-yaml")).getDomAttribute("href"))
                    .isEqualTo("api/modules/benchmarking/editions/" + id + "?format=yaml");
            upload(browser, broken);
            browser.waitUntil(d -> text(browser, "benchmarking-edition-faults").contains("(line 4)"));
            assertThat(text(browser, "benchmarking-edition-faults")).contains("areas[0].indicators: missing or empty");
        }
        assertThat(assertJson(admin.get(API + "editions/" + id), 200).path("areas")).hasSize(6);
    }

    private static void upload(Browser browser, java.nio.file.Path file) {
        browser.visible(By.id("benchmarking-edition-upload"));
        WebElement input = (WebElement) browser.script("""
                const upload = document.getElementById('benchmarking-edition-upload');
                const input = upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                input.removeAttribute('hidden');
                input.style.display = 'block';
                return input;
                """);
        input.sendKeys(file.toString());
        browser.waitForVaadin();
    }

    /** The text of an element wherever it is scrolled to (getText() gives "" for text outside the scrolled view). */
    private static String text(Browser browser, String id) {
        return browser.find(By.id(id)).getDomProperty("textContent");
    }

    /**
     * Types a number into a questionnaire field and leaves it: the page saves it at once, which the API then
     * shows. (No clear() first: it would send a change of its own.)
     */
    private static void fill(Browser browser, Api api, String key, String indicator, double value) {
        WebElement field = browser.visible(By.id("answer-" + indicator.replace('.', '-')));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", field);
        field.findElement(By.cssSelector("input")).sendKeys(String.valueOf((long) value), Keys.TAB);
        browser.waitForVaadin();
        browser.waitUntil(d -> assertJson(api.get(API + "benchmarkings/" + key), 200)
                .path("answers").path(indicator).path("value").asDouble(-1) == value);
        assertThat(browser.find(By.id("benchmarking-saved")).getDomProperty("textContent")).isEqualTo("Saved");
    }
}
