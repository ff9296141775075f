package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
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
        JsonNode missing = assertProblem(api.post(API + "benchmarkings/" + key + "/submit",
                Map.of("version", b.path("version").asLong())), 400);
        assertThat(missing.path("errors").toString()).contains("answers.6.5").doesNotContain("answers.1.1\"");
        assertProblem(api.put(API + "benchmarkings/" + key + "/answers", Map.of("version", b.path("version").asLong() - 1,
                "answers", Map.of("6.5", Map.of("value", 1)))), 409);
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

        // the assessor interviews, corrects and completes
        b = assertJson(assessor.post(API + "benchmarkings/" + key + "/review", Map.of("version", b.path("version").asLong())), 200);
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
}
