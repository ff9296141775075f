package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cluster profiles as {@code /api/clusters} takes them, and the calls the cluster tests share. A profile
 * from {@link #profile} is valid and meets every eligibility fact; tests change single fields with
 * {@link #with}. Names are unique per call, so tests never see each other's clusters.
 */
final class ClusterJson {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ClusterJson() {
    }

    /** A cluster name no other test (nor an earlier run on the same data) has taken. */
    static String uniqueName(String prefix) {
        return prefix + " " + Long.toString(System.currentTimeMillis(), 36) + " " + SEQUENCE.incrementAndGet();
    }

    /** A complete, valid, public profile: Trieste, maritime technologies, 23 committed members of three kinds. */
    static Map<String, Object> profile(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("legalForm", "Consortium");
        p.put("nutsCode", "ITH44");
        p.put("regionName", "Trieste");
        p.put("portfolio", "MARITIME_TECHNOLOGIES");
        p.put("s3Areas", List.of("MARITIME_TECHNOLOGIES"));
        p.put("foundingYear", 2012);
        p.put("website", "https://cluster.example.org/");
        p.put("websiteInEnglish", true);
        p.put("description", "A **maritime** technology cluster on the Adriatic.");
        p.put("contactEmail", "info@cluster.example.org");
        p.put("contactPhone", "+39 040 123456");
        p.put("managementFte", 1.5);
        p.put("committedMembers", Map.of("SME", 20, "UNIVERSITY", 2, "PUBLIC_AGENCY", 1));
        p.put("visibility", "PUBLIC");
        return p;
    }

    /** A copy of {@code profile} with one field changed. */
    static Map<String, Object> with(Map<String, Object> profile, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(profile);
        copy.put(field, value);
        return copy;
    }

    /** The body of {@code PUT /api/clusters/{id}}: the profile and the version it was edited from. */
    static Map<String, Object> edit(long version, Map<String, Object> profile) {
        return Map.of("version", version, "profile", profile);
    }

    /** Creates the cluster (201) and returns its details. */
    static JsonNode create(Api api, Map<String, Object> profile) {
        JsonNode created = assertJson(api.post("api/clusters", profile), 201);
        assertThat(created.path("id").asLong()).as("id in %s", created).isPositive();
        return created;
    }

    /** A fresh public cluster with a unique name, created by {@code api}. */
    static JsonNode createCluster(Api api, String prefix) {
        return create(api, profile(uniqueName(prefix)));
    }

    /** The names the directory lists for the caller when searching for {@code text}. */
    static List<String> directoryNames(Api api, String text) {
        JsonNode page = assertJson(api.get("api/clusters?size=100&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)), 200);
        List<String> names = new ArrayList<>();
        page.path("items").forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    /** Adds a person to the cluster with a role (201) and returns the membership. */
    static JsonNode addPerson(Api api, long clusterId, String username, String role) {
        JsonNode added = assertJson(api.post("api/clusters/" + clusterId + "/members",
                Map.of("username", username, "role", role)), 201);
        assertThat(added.path("role").asText()).isEqualTo(role);
        return added;
    }

    /** The cluster's people as user name to role in the cluster, as {@code api} sees them. */
    static Map<String, String> people(Api api, long clusterId) {
        Map<String, String> people = new LinkedHashMap<>();
        assertJson(api.get("api/clusters/" + clusterId + "/members"), 200)
                .forEach(m -> people.put(m.path("username").asText(), m.path("role").asText()));
        return people;
    }

    /** The actions of the cluster's audit trail, newest first as the API lists them. */
    static List<String> auditActions(Api api, long clusterId) {
        List<String> actions = new ArrayList<>();
        assertJson(api.get("api/clusters/" + clusterId + "/audit"), 200)
                .forEach(a -> actions.add(a.path("action").asText()));
        return actions;
    }
}
