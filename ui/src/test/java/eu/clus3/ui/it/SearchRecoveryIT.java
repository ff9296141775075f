package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index after {@code kill -9} in the middle of indexing: the server is killed right after a burst
 * of writes (the index commits every 5 s, so changes are applied but not yet durable), started again on the
 * same data directory, and must catch up from its recorded position until index and database agree.
 */
class SearchRecoveryIT {

    private static final Path WORK = TestEnvironment.target().resolve("it-search-recovery");

    @Test
    void afterKillMinus9TheIndexCatchesUpAndAgreesWithTheDatabase() {
        Path data = TestEnvironment.directory(TestEnvironment.freshDirectory(WORK).resolve("data"));
        Map<String, String> environment = Map.of(
                "CLUS3_DATA_DIR", data.toString(),
                "CLUS3_ADMIN_PASSWORD", TestEnvironment.adminPassword());
        String word = SearchJson.uniqueWord();
        int clusters = 60;
        String token;
        PayaraMicroProcess first = PayaraMicroProcess.start(WORK.resolve("first"), environment);
        try {
            token = AdminToken.of(first.base());
            Api admin = Api.at(first.base()).withToken(token);
            for (int i = 0; i < clusters; i++) {
                ClusterJson.create(admin, ClusterJson.with(ClusterJson.profile(ClusterJson.uniqueName("Crash " + i)),
                        "description", word + " crash test number " + i));
            }
        } finally {
            first.kill();
        }

        PayaraMicroProcess second = PayaraMicroProcess.start(WORK.resolve("second"), environment);
        try {
            Api admin = Api.at(second.base()).withToken(token);
            SearchJson.Found found = SearchJson.searchUntil(admin, word,
                    page -> page.path("total").asLong() == clusters, Duration.ofSeconds(30));
            assertThat(found.page().path("total").asLong()).as("all clusters found again").isEqualTo(clusters);

            JsonNode check = assertJson(admin.post("api/search/index/check", Map.of()), 200);
            assertThat(check.path("missingCount").asLong()).as("%s", check).isZero();
            assertThat(check.path("ghostCount").asLong()).as("%s", check).isZero();
            assertThat(check.path("inIndex").asLong()).isEqualTo(check.path("inDatabase").asLong());
        } finally {
            second.close();
        }
    }
}
