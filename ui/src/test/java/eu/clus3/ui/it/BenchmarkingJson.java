package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarking module (plugins/benchmarking) as the integration tests install and drive it over REST. */
final class BenchmarkingJson {

    static final String API = "api/modules/benchmarking/";

    private BenchmarkingJson() {
    }

    static Path jar() {
        return Path.of(System.getProperty("clus3.it.benchmarkingModule")).toAbsolutePath().normalize();
    }

    /** Installs the module through the admin API unless it already runs (a bundled or earlier install). */
    static JsonNode ensureInstalled(Api admin) {
        Api.Reply existing = admin.get("api/admin/modules/benchmarking");
        if (existing.status() == 200 && "STARTED".equals(existing.json().path("state").asText())) {
            return existing.json();
        }
        JsonNode installed = assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "benchmarking.jar",
                ModuleJars.bytes(jar())), 201);
        assertThat(installed.path("state").asText()).as("%s", installed).isEqualTo("STARTED");
        return installed;
    }

    /**
     * Answers for the edition's indicators that {@code which} accepts: a mid-range valid value each (the
     * second level, the second threshold, yes).
     */
    static Map<String, Object> answers(JsonNode edition, Predicate<JsonNode> which) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (JsonNode area : edition.path("areas")) {
            for (JsonNode indicator : area.path("indicators")) {
                if (!which.test(indicator)) {
                    continue;
                }
                JsonNode scale = indicator.path("scale");
                Object value = switch (scale.path("kind").asText()) {
                    case "levels" -> 2;
                    case "yes_no" -> true;
                    default -> indicator.path("scoring").path("thresholds").get(1).asDouble();
                };
                answers.put(indicator.path("id").asText(), Map.of("value", value));
            }
        }
        return answers;
    }

    static boolean mandatory(JsonNode indicator) {
        return indicator.path("mandatory").asBoolean(true);
    }
}
