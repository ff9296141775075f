package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import eu.clus3.ui.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.USER_PASSWORD;
import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static eu.clus3.ui.it.ApiAssertions.assertProblem;
import static eu.clus3.ui.it.ApiAssertions.listedUsernames;
import static eu.clus3.ui.it.ApiAssertions.uniqueUsername;
import static eu.clus3.ui.it.ClusterJson.addPerson;
import static eu.clus3.ui.it.ClusterJson.auditActions;
import static eu.clus3.ui.it.ClusterJson.createCluster;
import static eu.clus3.ui.it.ClusterJson.directoryNames;
import static eu.clus3.ui.it.ClusterJson.edit;
import static eu.clus3.ui.it.ClusterJson.people;
import static eu.clus3.ui.it.ClusterJson.profile;
import static eu.clus3.ui.it.ClusterJson.uniqueName;
import static eu.clus3.ui.it.ClusterJson.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP edge of the real WAR on Payara Micro (H2 in ui/target/it-data): health, OpenAPI, how errors
 * look, request limits, security headers, authentication with API tokens and what each role may do.
 * One deployment for the whole class; the database-independent checks come from {@link PlatformApiContract}.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT extends PlatformApiContract {

    private static final int ONE_MIB = 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive application() {
        return Clus3War.imported();
    }

    @ArquillianResource
    private URL url;

    @Override
    protected URI base() {
        return TestEnvironment.base(url);
    }

    @Override
    protected String expectedDatabaseProduct() {
        return "H2";
    }

    // --- public documents ---------------------------------------------------------------------

    @Test
    void theOpenApiDocumentListsTheApiPaths() {
        JsonNode openApi = assertJson(anonymous().get("openapi"), 200);

        List<String> paths = new ArrayList<>();
        openApi.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/platform", "/api/me", "/api/users", "/api/tokens", "/api/tokens/all",
                "/api/search", "/api/search/suggestions", "/api/search/index", "/api/search/index/rebuild");
        // Payara copies the resources' JAX-RS regex into the template ("/api/users/{id: [0-9]{1,18}}").
        assertThat(paths).anyMatch(p -> p.startsWith("/api/users/{id"));
        assertThat(paths).anyMatch(p -> p.startsWith("/api/tokens/{id"));
        assertThat(openApi.path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void platformInformationIsPublic() {
        JsonNode platform = assertJson(anonymous().get("api/platform"), 200);

        assertThat(platform.path("name").asText()).isEqualTo("Clus3");
        assertThat(platform.path("version").asText()).isNotBlank();
        assertThat(platform.path("pluginApiVersion").asText()).isNotBlank();
    }

    // --- module plugins -------------------------------------------------------------------------

    @Test
    void aModuleIsInstalledUpgradedDisabledAndUninstalledWhileThePlatformRuns() {
        Api admin = admin();
        byte[] v1 = ModuleJars.bytes(ModuleJars.v1());
        byte[] v2 = ModuleJars.bytes(ModuleJars.v2());
        assertProblem(ModuleJars.upload(SignedInPeople.member(base(), "member").api(), "POST", "api/admin/modules",
                "example.jar", v1), 403);
        assertProblem(ModuleJars.upload(anonymous(), "POST", "api/admin/modules", "example.jar", v1), 401);

        JsonNode checked = assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules/verification", "example.jar", v1), 200);
        assertThat(checked.path("artifact").path("sha256").asText()).hasSize(64);
        JsonNode installed = assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", v1), 201);
        assertThat(installed.path("state").asText()).isEqualTo("STARTED");
        assertThat(installed.path("sha256").asText()).isEqualTo(checked.path("artifact").path("sha256").asText());
        assertThat(installed.path("contributions").toString()).contains("3 views", "REST endpoint", "search entries",
                "1 permission");

        JsonNode hello = assertJson(admin.get("api/modules/example/hello"), 200);
        assertThat(hello.path("version").asText()).isEqualTo("1.0.0");
        assertThat(hello.path("user").asText()).isEqualTo(TestEnvironment.ADMIN);
        assertThat(Api.at(base()).send(Api.at(base()).request("modules/example").setHeader("Accept", "text/html").GET())
                .status()).isEqualTo(200);
        assertJson(admin.put("api/modules/example/notes/kept", Map.of("text", "survives upgrades")), 200);
        assertProblem(admin.send("PUT", "api/modules/example/notes/bad", "application/json",
                BodyPublishers.ofString("42")), 400);
        typedModuleEndpointsBindRecordsAndAnswerProblemsLikeTheCore(admin);
        aGrantOfTheModulesPermissionOpensWhatItGuardsUntilRevoked(admin);
        assertJson(admin.post("api/admin/module-permissions/grants", Map.of("permission", "example.moderate",
                "role", "PARTNER")), 201);
        moduleSettingsAreChangedByAdministratorsOnly(admin);

        JsonNode upgraded = assertJson(ModuleJars.upload(admin, "PUT", "api/admin/modules/example/artifact",
                "example-2.jar", v2), 200);
        assertThat(upgraded.path("version").asText()).isEqualTo("2.0.0");
        assertThat(assertJson(admin.get("api/modules/example/hello"), 200).path("version").asText()).isEqualTo("2.0.0");
        assertThat(admin.get("api/modules/example/notes/kept").body()).contains("survives upgrades");
        assertThat(assertJson(admin.get("api/admin/module-permissions?role=PARTNER"), 200).path("grants").toString())
                .as("grants survive upgrades").contains("example.moderate");
        assertThat(assertJson(admin.get("api/admin/modules/example/settings"), 200).path("settings").path(0)
                .path("value").asText()).as("settings survive upgrades").isEqualTo("Benvenuti al Clusters' Week!");
        assertThat(assertProblem(ModuleJars.upload(admin, "PUT", "api/admin/modules/example/artifact", "example.jar", v1),
                400).toString()).contains("module.lowerVersion");
        assertThat(assertProblem(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", v2), 400).toString())
                .contains("module.duplicateId");

        assertThat(assertJson(admin.post("api/admin/modules/example/disable", ""), 200).path("state").asText())
                .isEqualTo("STOPPED");
        assertProblem(admin.get("api/modules/example/hello"), 404);
        assertThat(assertJson(admin.post("api/admin/modules/example/enable", ""), 200).path("state").asText())
                .isEqualTo("STARTED");
        assertJson(admin.get("api/modules/example/hello"), 200);

        String noteWord = moduleEntriesAreFoundWithTheirLinkAndTheirTypesName(admin);

        // uninstalled with its data kept (its search entries leave the index), then the kept data purged
        assertThat(admin.delete("api/admin/modules/example").status()).isEqualTo(204);
        assertThat(SearchJson.searchUntil(admin, noteWord, p -> p.path("total").asLong() == 0, Duration.ofSeconds(5))
                .done()).isTrue();
        assertProblem(admin.get("api/modules/example/hello"), 404);
        assertProblem(admin.get("api/admin/modules/example"), 404);
        assertThat(assertJson(admin.get("api/admin/modules"), 200).toString()).doesNotContain("\"example\"");
        assertThat(assertJson(admin.get("api/admin/modules/uninstalled/data"), 200).findValuesAsText("id")).contains("example");
        assertProblem(admin.delete("api/admin/modules/example?purge=true&confirm=wrong"), 400);
        assertThat(admin.delete("api/admin/modules/example?purge=true&confirm=example").status()).isEqualTo(204);
        assertThat(assertJson(admin.get("api/admin/modules/uninstalled/data"), 200).findValuesAsText("id"))
                .doesNotContain("example");
        assertThat(assertProblem(admin.delete("api/admin/modules/example?purge=true&confirm=example"), 404)
                .path("code").asText()).isEqualTo("module.nothingKept");
        assertThat(assertJson(anonymous().get("openapi"), 200).path("paths").toString())
                .as("an uninstalled module's endpoints leave the API document").doesNotContain("/api/modules/example");
        assertThat(assertJson(admin.get("api/admin/module-permissions"), 200).toString())
                .as("a purge removes the module's grants").doesNotContain("example.moderate");
    }

    /** A module's search entry in /api/search: its link, and its type by the name the module gives it, per language. */
    private String moduleEntriesAreFoundWithTheirLinkAndTheirTypesName(Api admin) {
        String word = SearchJson.uniqueWord();
        assertJson(admin.put("api/modules/example/notes/found-" + word, Map.of("text", word)), 200);
        SearchJson.Found found = SearchJson.searchUntil(admin, word, p -> p.path("total").asLong() == 1, Duration.ofSeconds(5));
        assertThat(found.done()).as("%s", found.page()).isTrue();
        JsonNode hit = found.page().path("hits").path(0);
        assertThat(hit.path("type").asText()).isEqualTo("module:example");
        assertThat(hit.path("typeName").asText()).isEqualTo("Example note");
        assertThat(hit.path("link").asText()).isEqualTo("modules/example");
        JsonNode inItalian = assertJson(admin.get("api/search?lang=it&q=" + word), 200);
        assertThat(inItalian.path("hits").path(0).path("typeName").asText()).isEqualTo("Nota di esempio");
        assertThat(inItalian.path("facets").path("type").path(0).path("label").asText()).isEqualTo("Nota di esempio");
        assertThat(assertJson(admin.send(admin.request("api/search?q=" + word).header("Accept-Language", "it-IT,it;q=0.9")
                .GET()), 200).path("hits").path(0).path("typeName").asText()).isEqualTo("Nota di esempio");
        assertThat(assertProblem(admin.get("api/search?lang=klingon&q=" + word), 400).path("errors").path(0)
                .path("field").asText()).isEqualTo("lang");
        return word;
    }

    /** The example module's settings over REST: labelled in the caller's language, checked by field, versioned. */
    private void moduleSettingsAreChangedByAdministratorsOnly(Api admin) {
        String path = "api/admin/modules/example/settings";
        JsonNode declared = assertJson(admin.get(path + "?lang=it"), 200);
        assertThat(declared.path("settings").findValuesAsText("key")).containsExactly("example.greeting", "example.show-notes");
        assertThat(declared.path("settings").path(0).path("label").asText()).isEqualTo("Il tuo saluto");
        assertThat(declared.path("settings").path(1).path("kind").asText()).isEqualTo("BOOLEAN");
        long version = declared.path("version").asLong();

        JsonNode changed = assertJson(admin.put(path, Map.of("version", version, "values", Map.of(
                "example.greeting", "Benvenuti al Clusters' Week!", "example.show-notes", false))), 200);
        assertThat(changed.path("version").asLong()).isEqualTo(version + 1);
        assertThat(changed.path("settings").path(0).path("value").asText()).isEqualTo("Benvenuti al Clusters' Week!");
        assertThat(changed.path("settings").path(1).path("value").asBoolean(true)).isFalse();

        JsonNode refused = assertProblem(admin.put(path, Map.of("version", version + 1, "values",
                Map.of("example.show-notes", "sometimes"))), 400);
        assertThat(refused.path("errors").path(0).path("field").asText()).isEqualTo("settings.example.show-notes");
        assertThat(refused.path("errors").path(0).path("code").asText()).isEqualTo("validation.flag");
        JsonNode stale = assertProblem(admin.put(path, Map.of("version", version, "values",
                Map.of("example.greeting", "Too late"))), 409);
        assertThat(stale.path("code").asText()).isEqualTo("error.staleVersion");
        assertThat(stale.path("currentVersion").asLong()).isEqualTo(version + 1);
        Api member = SignedInPeople.member(base(), "member").api();
        assertProblem(member.get(path), 403);
        assertProblem(member.put(path, Map.of("version", version + 1, "values", Map.of("example.greeting", "Mine"))), 403);
        assertThat(assertJson(admin.get(path), 200).path("version").asLong()).as("nothing refused was kept")
                .isEqualTo(version + 1);
    }

    /** The example module's typed endpoints, as a client sees them, and as the API document describes them. */
    private void typedModuleEndpointsBindRecordsAndAnswerProblemsLikeTheCore(Api admin) {
        String key = "trip-" + Long.toString(System.nanoTime(), 36);
        Reply created = admin.post("api/modules/example/notes", Map.of("key", key, "text", "Pack the maps"));
        assertThat(assertJson(created, 201).path("version").asLong()).isEqualTo(1);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/modules/example/notes/" + key));
        assertThat(admin.get("api/modules/example/notes/" + key).body()).contains("Pack the maps");
        assertThat(assertJson(admin.get("api/modules/example/notes?page=0"), 200).findValuesAsText("key")).contains(key);

        JsonNode badKey = assertProblem(admin.post("api/modules/example/notes", Map.of("key", "no spaces", "text", "x")), 400);
        assertThat(badKey.path("errors").path(0).path("field").asText()).isEqualTo("key");
        assertThat(badKey.path("errors").path(0).path("code").asText()).isEqualTo("example.key");
        assertProblem(admin.send("POST", "api/modules/example/notes", "application/json", BodyPublishers.ofString("{\"key\":")), 400);
        assertProblem(admin.send("POST", "api/modules/example/notes", "application/json", BodyPublishers.ofString("")), 400);
        assertProblem(admin.send("POST", "api/modules/example/notes", "text/plain", BodyPublishers.ofString("{}")), 415);
        assertThat(assertProblem(admin.get("api/modules/example/notes?page=first"), 400).path("errors").path(0)
                .path("field").asText()).isEqualTo("page");
        assertThat(assertProblem(admin.get("api/modules/example/notes/nowhere"), 404).path("code").asText())
                .isEqualTo("error.notFound");
        assertThat(assertProblem(anonymous().post("api/modules/example/notes", Map.of("key", "k", "text", "t")), 401)
                .path("code").asText()).isEqualTo("error.unauthenticated");
        assertThat(assertProblem(admin.post("api/modules/example/notes", Map.of("key", key, "text", "again")), 409)
                .path("code").asText()).isEqualTo("error.staleVersion");

        JsonNode openApi = assertJson(anonymous().get("openapi"), 200);
        assertThat(openApi.path("paths").has("/api/modules/{moduleId}")).as("no phantom locator path").isFalse();
        JsonNode create = openApi.path("paths").path("/api/modules/example/notes").path("post");
        assertThat(create.path("operationId").asText()).isEqualTo("example_create");
        assertThat(create.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/example.ExampleApi.NewNote");
        assertThat(create.path("responses").has("201")).isTrue();
        assertThat(openApi.path("components").path("schemas").path("example.ExampleApi.NoteSummary").path("properties")
                .has("version")).isTrue();
        assertThat(openApi.path("paths").path("/api/modules/example/notes/{key}").path("get").path("parameters").path(0)
                .path("in").asText()).isEqualTo("path");
    }

    /** Administrators grant a module's own permission over REST; the module's check follows at once. */
    private void aGrantOfTheModulesPermissionOpensWhatItGuardsUntilRevoked(Api admin) {
        SignedInPeople.Person member = SignedInPeople.member(base(), "member");
        Map<String, Object> toMember = Map.of("permission", "example.moderate", "userId", member.id());
        assertJson(admin.put("api/modules/example/notes/spam", Map.of("text", "buy now")), 200);
        assertThat(assertProblem(member.api().delete("api/modules/example/notes/spam"), 403).path("code").asText())
                .isEqualTo("example.moderatorsOnly");
        JsonNode declared = assertJson(admin.get("api/admin/module-permissions?lang=it"), 200).path("permissions");
        assertThat(declared.toString()).contains("\"id\":\"example.moderate\"", "\"name\":\"Moderare le note\"");
        assertProblem(member.api().post("api/admin/module-permissions/grants", toMember), 403);
        JsonNode refused = assertProblem(admin.post("api/admin/module-permissions/grants",
                Map.of("permission", "example.nope", "role", "KING")), 400);
        assertThat(refused.path("errors").toString()).contains("\"permission\"", "modulePermission.unknown", "\"role\"");

        JsonNode grant = assertJson(admin.post("api/admin/module-permissions/grants", toMember), 201);
        assertThat(assertJson(admin.post("api/admin/module-permissions/grants", toMember), 200).path("id").asLong())
                .as("granting twice is harmless").isEqualTo(grant.path("id").asLong());
        assertThat(assertJson(member.api().get("api/me/module-permissions"), 200).toString()).contains("example.moderate");
        assertThat(assertJson(member.api().delete("api/modules/example/notes/spam"), 200).path("deleted").asText())
                .isEqualTo("spam");
        assertThat(admin.delete("api/admin/module-permissions/grants/" + grant.path("id").asLong()).status()).isEqualTo(204);
        assertProblem(member.api().delete("api/modules/example/notes/spam"), 403);
        assertThat(assertJson(admin.get("api/users/" + member.id() + "/audit"), 200).toString())
                .contains("modulePermission.granted", "modulePermission.revoked");
    }

    @Test
    void badModuleUploadsAreRefusedWithAReasonAndNothingIsInstalled() {
        Api admin = admin();
        String installedBefore = assertJson(admin.get("api/admin/modules"), 200).toString();

        assertThat(assertProblem(ModuleJars.upload(admin, "POST", "api/admin/modules", "notes.txt",
                "not a module".getBytes()), 400).toString()).contains("module.notAnArchive");
        assertThat(assertProblem(ModuleJars.upload(admin, "POST", "api/admin/modules", "huge.jar",
                new byte[33 * ONE_MIB]), 413).toString()).contains("at most");
        // the bundled modules and nothing else
        assertThat(assertJson(admin.get("api/admin/modules"), 200).toString()).isEqualTo(installedBefore);
    }

    // --- authentication -----------------------------------------------------------------------

    @Test
    void anAnonymousCallerOfMeGets401WithABearerChallenge() {
        Reply reply = anonymous().get("api/me");

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void anUnknownBearerTokenIsRefusedWith401() {
        Reply reply = anonymous().withToken("c3_not-a-real-token-at-all").get("api/me");

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertProblem(anonymous().withToken("garbage").get("api/platform"), 401);
    }

    @Test
    void theAdministratorsTokenActsAsTheAdministrator() {
        JsonNode me = assertJson(admin().get("api/me"), 200);

        assertThat(me.path("username").asText()).isEqualTo(TestEnvironment.ADMIN);
        assertThat(me.path("role").asText()).isEqualTo("ADMINISTRATOR");
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        JsonNode created = assertJson(admin().post("api/tokens", Map.of("name", "short-lived", "expiresInDays", 1)), 201);
        String token = created.path("token").asText();
        long id = created.path("details").path("id").asLong();
        assertThat(token).startsWith("c3_");
        Api holder = anonymous().withToken(token);
        assertThat(assertJson(holder.get("api/me"), 200).path("username").asText()).isEqualTo(TestEnvironment.ADMIN);
        assertThat(assertJson(admin().get("api/tokens"), 200).findValuesAsText("name")).contains("short-lived");

        JsonNode revoked = assertJson(admin().delete("api/tokens/" + id), 200);

        assertThat(revoked.path("revokedAt").isTextual()).as("revokedAt in %s", revoked).isTrue();
        assertThat(revoked.path("usable").asBoolean()).isFalse();
        assertProblem(holder.get("api/me"), 401);
        assertThat(assertJson(admin().get("api/me"), 200).path("username").asText())
                .as("revoking one token leaves the others working").isEqualTo(TestEnvironment.ADMIN);
    }

    // --- permissions --------------------------------------------------------------------------

    @Test
    void aMembersTokenMayNotListUsersNorSeeEveryonesTokens() {
        SignedInPeople.Person person = SignedInPeople.member(base(), "member");
        String member = person.username();
        Api asMember = person.api();

        assertThat(assertJson(asMember.get("api/me"), 200).path("role").asText()).isEqualTo("MEMBER");
        assertProblem(asMember.get("api/users"), 403);
        assertProblem(asMember.get("api/tokens/all"), 403);
        assertProblem(asMember.post("api/users", ApiAssertions.newUser(uniqueUsername("intruder"), "ADMINISTRATOR")), 403);
        assertThat(assertJson(admin().get("api/tokens/all?size=200"), 200).findValuesAsText("owner")).contains(member);
    }

    // --- clusters: what each role may do ---------------------------------------------------------

    @Test
    void aClusterMemberReadsTheClusterButMayNotCreateEditManageOrSeeTheAudit() {
        SignedInPeople.Person member = SignedInPeople.member(base(), "member");
        JsonNode cluster = createCluster(admin(), "Members Read");
        long id = cluster.path("id").asLong();
        String name = cluster.path("profile").path("name").asText();
        addPerson(admin(), id, member.username(), "MEMBER");
        String newName = uniqueName("Member Made");

        assertProblem(member.api().post("api/clusters", profile(newName)), 403);
        assertProblem(member.api().put("api/clusters/" + id, edit(cluster.path("version").asLong(),
                with(profile(name), "website", "https://member.example.org/"))), 403);
        assertProblem(member.api().get("api/clusters/" + id + "/audit"), 403);
        assertProblem(member.api().post("api/clusters/" + id + "/members",
                Map.of("username", TestEnvironment.ADMIN, "role", "MANAGER")), 403);
        assertProblem(member.api().send("PUT", "api/clusters/" + id + "/logo", "image/png",
                BodyPublishers.ofByteArray(png(8, 8))), 403);
        assertProblem(member.api().post("api/invitations", Map.of("email", uniqueUsername("friend") + "@example.org",
                "clusterId", id, "clusterRole", "MEMBER")), 403);

        JsonNode seen = assertJson(member.api().get("api/clusters/" + id), 200);
        assertThat(seen.path("permissions").path("edit").asBoolean()).isFalse();
        assertThat(seen.path("permissions").path("seePeople").asBoolean()).isTrue();
        assertThat(seen.path("permissions").path("seeAudit").asBoolean()).isFalse();
        assertThat(people(member.api(), id)).containsEntry(member.username(), "MEMBER");
        assertThat(directoryNames(admin(), newName)).as("nothing created").isEmpty();
        JsonNode unchanged = assertJson(admin().get("api/clusters/" + id), 200);
        assertThat(unchanged.path("version").asLong()).isEqualTo(cluster.path("version").asLong());
        assertThat(unchanged.path("hasLogo").asBoolean()).isFalse();
    }

    @Test
    void aManagerAddedThroughTheApiEditsTheirClusterGets409OnAStaleVersionAndSeesItsAudit() {
        SignedInPeople.Person manager = SignedInPeople.member(base(), "manager");
        JsonNode cluster = createCluster(admin(), "Managed");
        long id = cluster.path("id").asLong();
        Map<String, Object> profile = profile(cluster.path("profile").path("name").asText());
        long read = cluster.path("version").asLong();
        long otherId = createCluster(admin(), "Not Theirs").path("id").asLong();

        addPerson(admin(), id, manager.username(), "MANAGER");

        assertThat(assertJson(manager.api().get("api/clusters/" + id), 200).path("permissions").path("edit").asBoolean())
                .isTrue();
        JsonNode edited = assertJson(manager.api().put("api/clusters/" + id,
                edit(read, with(profile, "description", "Edited by its *manager*."))), 200);
        assertThat(edited.path("descriptionHtml").asText()).contains("<em>manager</em>");
        JsonNode conflict = assertProblem(manager.api().put("api/clusters/" + id,
                edit(read, with(profile, "description", "A second edit from the same old version."))), 409);
        assertThat(conflict.path("currentVersion").asLong()).isEqualTo(edited.path("version").asLong());
        assertThat(assertJson(admin().get("api/clusters/" + id), 200).path("profile").path("description").asText())
                .isEqualTo("Edited by its *manager*.");

        JsonNode audit = assertJson(manager.api().get("api/clusters/" + id + "/audit"), 200);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("cluster.updated");
            assertThat(e.path("actor").asText()).isEqualTo(manager.username());
            assertThat(e.path("details").asText()).contains("description");
        });
        assertThat(auditActions(manager.api(), id)).contains("membership.added", "cluster.created");

        assertProblem(manager.api().put("api/clusters/" + otherId, edit(0, profile(uniqueName("Hijacked")))), 403);
        assertProblem(manager.api().get("api/clusters/" + otherId + "/audit"), 403);
        assertProblem(manager.api().post("api/clusters", profile(uniqueName("Manager Made"))), 403);
    }

    @Test
    void aManagerInvitesSomeoneWhoJoinsTheirClusterAsMemberOnce() {
        SignedInPeople.Person manager = SignedInPeople.member(base(), "manager");
        JsonNode cluster = createCluster(admin(), "Invited Into");
        long id = cluster.path("id").asLong();
        addPerson(admin(), id, manager.username(), "MANAGER");
        long otherId = createCluster(admin(), "Not Inviting").path("id").asLong();
        String username = uniqueUsername("joiner");
        String email = username + "@example.org";

        JsonNode invited = assertJson(manager.api().post("api/invitations",
                Map.of("email", email, "clusterId", id, "clusterRole", "MEMBER")), 201);

        String token = invited.path("link").asText().replaceFirst("^invitation/", "");
        assertThat(token).startsWith("inv_");
        assertThat(assertJson(anonymous().post("api/invitations/preview", Map.of("token", token)), 200)
                .path("clusterName").asText()).isEqualTo(cluster.path("profile").path("name").asText());
        assertJson(anonymous().post("api/invitations/accept", Map.of("token", token, "username", username,
                "displayName", "Joining Member", "password", USER_PASSWORD)), 201);
        assertThat(people(manager.api(), id)).containsEntry(username, "MEMBER").containsEntry(manager.username(), "MANAGER");
        assertThat(auditActions(manager.api(), id)).contains("membership.added");
        assertProblem(anonymous().post("api/invitations/accept", Map.of("token", token, "username", username + "-2",
                "displayName", "Twice", "password", USER_PASSWORD)), 404);

        assertProblem(manager.api().post("api/invitations", Map.of("email", uniqueUsername("elsewhere") + "@example.org",
                "clusterId", otherId, "clusterRole", "MEMBER")), 403);
        assertProblem(manager.api().post("api/invitations", Map.of("email", uniqueUsername("boss") + "@example.org",
                "platformRole", "ADMINISTRATOR", "clusterId", id, "clusterRole", "MEMBER")), 403);
    }

    // --- forums ---------------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentListsTheForumAndNotificationPaths() {
        List<String> paths = new ArrayList<>();
        assertJson(anonymous().get("openapi"), 200).path("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).contains("/api/forum/categories", "/api/forum/topics", "/api/notifications",
                "/api/forum/review", "/api/forum/tags");
        assertThat(paths).anyMatch(p -> p.startsWith("/api/forum/posts/{id") && p.endsWith("/flags"));
    }

    @Test
    void aQuestionIsAskedAnsweredWithAMentionAcceptedAndAFlaggedReplyHiddenByAModerator() {
        SignedInPeople.Person asker = SignedInPeople.member(base(), "member");
        SignedInPeople.Person moderator = SignedInPeople.member(base(), "manager");
        long category = forumCategory("Governance", "PUBLIC");
        assertJson(admin().post("api/forum/categories/" + category + "/moderators",
                Map.of("username", moderator.username())), 200);
        assertProblem(asker.api().post("api/forum/categories", Map.of("name", uniqueName("Mine"),
                "visibility", "PUBLIC")), 403);

        JsonNode topic = assertJson(asker.api().post("api/forum/topics", Map.of("categoryId", category,
                "title", "How do you involve members in decisions?", "body", "Our **board** meets twice a year.",
                "tags", List.of("Governance", "board"), "question", true, "language", "en")), 201);
        long topicId = topic.path("id").asLong();
        assertThat(topic.path("tags").toString()).isEqualTo("[\"board\",\"governance\"]");
        assertThat(topic.path("permissions").path("accept").asBoolean()).isTrue();

        JsonNode answer = assertJson(moderator.api().post("api/forum/topics/" + topicId + "/posts",
                Map.of("body", "We hold working groups, @" + asker.username() + ".")), 201);
        assertThat(answer.path("number").asInt()).isEqualTo(2);
        JsonNode spam = assertJson(admin().post("api/forum/topics/" + topicId + "/posts",
                Map.of("body", "Buy cheap watches")), 201);

        JsonNode listed = assertJson(anonymous().get("api/forum/topics?category=" + category), 200);
        assertThat(listed.path("items").get(0).path("title").asText()).isEqualTo("How do you involve members in decisions?");
        assertThat(listed.path("items").get(0).path("posts").asInt()).isEqualTo(3);
        JsonNode posts = assertJson(anonymous().get("api/forum/topics/" + topicId + "/posts?after=0&size=2"), 200);
        assertThat(posts.path("posts").findValuesAsText("number")).containsExactly("1", "2");
        assertThat(posts.path("more").asBoolean()).isTrue();
        assertThat(posts.path("posts").get(0).path("html").asText()).contains("<strong>board</strong>");

        JsonNode mine = assertJson(asker.api().get("api/notifications"), 200);
        assertThat(mine.path("items")).anySatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("MENTION");
            assertThat(n.path("topicId").asLong()).isEqualTo(topicId);
            assertThat(n.path("actorUsername").asText()).isEqualTo(moderator.username());
        });
        assertThat(assertJson(asker.api().get("api/notifications/unread"), 200).path("unread").asLong()).isPositive();

        long answerId = answer.path("id").asLong();
        assertThat(assertJson(asker.api().put("api/forum/posts/" + answerId + "/accepted", Map.of()), 200)
                .path("acceptedBy").asText()).isEqualTo(asker.username());
        assertThat(assertJson(asker.api().put("api/forum/posts/" + answerId + "/like", Map.of()), 200)
                .path("likes").asInt()).isEqualTo(1);
        assertProblem(anonymous().put("api/forum/posts/" + answerId + "/like", Map.of()), 401);

        long spamId = spam.path("id").asLong();
        assertProblem(asker.api().post("api/forum/posts/" + spamId + "/flags", Map.of("reason", " ")), 400);
        assertThat(asker.api().post("api/forum/posts/" + spamId + "/flags", Map.of("reason", "spam")).status())
                .isEqualTo(204);
        assertProblem(asker.api().post("api/forum/posts/" + spamId + "/flags", Map.of("reason", "spam")), 409);
        JsonNode queue = assertJson(moderator.api().get("api/forum/review"), 200);
        assertThat(queue.findValuesAsText("topicTitle")).contains("How do you involve members in decisions?");
        assertProblem(asker.api().post("api/forum/posts/" + spamId + "/hide", Map.of("reason", "spam")), 403);
        assertThat(assertJson(moderator.api().post("api/forum/posts/" + spamId + "/hide", Map.of("reason", "spam")), 200)
                .path("status").asText()).isEqualTo("HIDDEN");
        assertProblem(anonymous().get("api/forum/posts/" + spamId), 404);
        assertThat(assertJson(anonymous().get("api/forum/topics/" + topicId + "/posts"), 200)
                .path("posts").findValuesAsText("number")).containsExactly("1", "2");

        JsonNode first = posts.path("posts").get(0);
        assertJson(asker.api().put("api/forum/posts/" + first.path("id").asLong(), Map.of("version",
                first.path("version").asLong(), "body", "Our board meets four times a year.")), 200);
        assertProblem(asker.api().put("api/forum/posts/" + first.path("id").asLong(), Map.of("version",
                first.path("version").asLong(), "body", "stale")), 409);
        assertThat(assertJson(asker.api().get("api/forum/posts/" + first.path("id").asLong() + "/history"), 200)
                .findValuesAsText("bodyBefore")).containsExactly("Our **board** meets twice a year.");
        assertProblem(anonymous().get("api/forum/topics/999999999"), 404);
    }

    @Test
    void naughtyForumInputIsStoredOrRefusedButNeverAServerError() {
        long category = forumCategory("Naughty", "PLATFORM_MEMBERS");
        List<String> naughty = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "' OR '1'='1", "Robert'); DROP TABLE forum_posts;--", "\u202eRTL\u202c", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
                "田中さん 😍", "nul\u0000byte", "x".repeat(201), "y".repeat(50_001), "", " ");
        for (String s : naughty) {
            for (Map<String, Object> body : List.of(
                    Map.<String, Object>of("categoryId", category, "title", s, "body", "body"),
                    Map.<String, Object>of("categoryId", category, "title", "Body test", "body", s),
                    Map.<String, Object>of("categoryId", category, "title", "Tag test", "body", "b", "tags", List.of(s)))) {
                Reply reply = admin().post("api/forum/topics", body);
                assertThat(reply.status()).as("%s", reply).isIn(201, 400);
                if (reply.status() == 400) {
                    assertProblem(reply, 400);
                } else {
                    JsonNode t = reply.json();
                    JsonNode post = assertJson(admin().get("api/forum/topics/" + t.path("id").asLong()
                            + "/posts?size=1"), 200).path("posts").get(0);
                    assertThat(post.path("html").asText()).doesNotContain("<script", "<img");
                    if (body.get("title") == s) {
                        assertThat(t.path("title").asText()).isEqualTo(s.trim());
                    }
                    if (body.get("body") == s) {
                        assertThat(post.path("markdown").asText()).isEqualTo(s);
                    }
                }
            }
        }
        assertProblem(admin().get("api/forum/topics?page=x"), 400);
        assertProblem(admin().get("api/forum/topics/1/posts?after=-3"), 400);
        assertProblem(admin().post("api/forum/categories", Map.of("name", uniqueName("Bad"), "visibility", "SECRET")), 400);
    }

    @Test
    void peopleOptInToADigestAndOnlyAdministratorsReadTheMailOutbox() {
        SignedInPeople.Person member = SignedInPeople.member(base(), "member");

        assertThat(assertJson(member.api().put("api/notifications/digest", Map.of("frequency", "WEEKLY")), 200)
                .path("frequency").asText()).isEqualTo("WEEKLY");
        assertThat(assertJson(member.api().get("api/notifications/digest"), 200).path("frequency").asText())
                .isEqualTo("WEEKLY");
        assertProblem(member.api().put("api/notifications/digest", Map.of("frequency", "HOURLY")), 400);
        assertProblem(member.api().get("api/notifications/mail-outbox"), 403);
        assertJson(admin().get("api/notifications/mail-outbox"), 200);
        assertThat(assertJson(member.api().put("api/notifications/digest", Map.of("frequency", "NONE")), 200)
                .path("frequency").asText()).isEqualTo("NONE");
    }

    @Test
    void aDraftIsKeptWhileTypingAndAModeratorSplitsReplies() {
        SignedInPeople.Person writer = SignedInPeople.member(base(), "member");
        long category = forumCategory("Drafts", "PUBLIC");
        long topic = assertJson(admin().post("api/forum/topics", Map.of("categoryId", category,
                "title", "To be split", "body", "Opening")), 201).path("id").asLong();
        admin().post("api/forum/topics/" + topic + "/posts", Map.of("body", "On topic"));
        admin().post("api/forum/topics/" + topic + "/posts", Map.of("body", "Off on a tangent"));

        assertJson(writer.api().put("api/forum/drafts?topic=" + topic, Map.of("body", "Half written")), 200);
        assertThat(assertJson(writer.api().get("api/forum/drafts?topic=" + topic), 200).path("body").asText())
                .isEqualTo("Half written");
        assertJson(writer.api().post("api/forum/topics/" + topic + "/posts", Map.of("body", "Half written, now done")), 201);
        assertProblem(writer.api().get("api/forum/drafts?topic=" + topic), 404);

        assertProblem(writer.api().post("api/forum/topics/" + topic + "/split",
                Map.of("numbers", List.of(3), "title", "Tangent")), 403);
        JsonNode split = assertJson(admin().post("api/forum/topics/" + topic + "/split",
                Map.of("numbers", List.of(3), "title", "Tangent")), 201);
        assertThat(split.path("posts").asInt()).isEqualTo(1);
        assertThat(assertJson(anonymous().get("api/forum/topics/" + topic + "/posts"), 200)
                .path("posts").findValuesAsText("number")).containsExactly("1", "2", "4");
    }

    @Test
    void imagesInPostsAreCheckedByContentLimitedInSizeAndServedOnlyToReadersOfTheirCategory() {
        SignedInPeople.Person insider = SignedInPeople.member(base(), "member");
        SignedInPeople.Person outsider = SignedInPeople.member(base(), "manager");
        long cluster = createCluster(admin(), "Images").path("id").asLong();
        addPerson(admin(), cluster, insider.username(), "MEMBER");
        long own = assertJson(admin().post("api/forum/categories", Map.of("name", uniqueName("Board"),
                "visibility", "CLUSTER_MEMBERS", "clusterId", cluster)), 201).path("id").asLong();
        long topic = assertJson(insider.api().post("api/forum/topics", Map.of("categoryId", own,
                "title", "Our org chart", "body", "See below")), 201).path("id").asLong();

        byte[] png = png(60, 40);
        Reply uploaded = insider.api().send("POST", "api/forum/images?topic=" + topic, "image/png",
                BodyPublishers.ofByteArray(png));
        JsonNode image = assertJson(uploaded, 201);
        String url = image.path("url").asText();
        assertThat(url).matches("/api/forum/images/[0-9]+");
        assertThat(image.path("contentType").asText()).isEqualTo("image/png");
        assertThat(image.path("width").asInt()).isEqualTo(60);

        Api.Binary seen = insider.api().getBinary(url.substring(1), "image/*");
        assertThat(seen.status()).as("%s", seen).isEqualTo(200);
        assertThat(seen.mediaType()).isEqualTo("image/png");
        assertThat(seen.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(seen.body()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(outsider.api().getBinary(url.substring(1), "image/*").status()).as("a non-member").isEqualTo(404);
        assertThat(anonymous().getBinary(url.substring(1), "image/*").status()).as("a visitor").isEqualTo(404);
        assertProblem(outsider.api().send("POST", "api/forum/images?category=" + own, "image/png",
                BodyPublishers.ofByteArray(png)), 404);

        // a post shows our own images, and other images only as links
        JsonNode reply = assertJson(insider.api().post("api/forum/topics/" + topic + "/posts", Map.of("body",
                image.path("markdown").asText() + "\n\n![pixel](https://tracker.example/p.gif)")), 201);
        assertThat(reply.path("html").asText()).contains("<img src=\"" + url + "\"")
                .doesNotContain("<img src=\"https://tracker.example");

        long open = forumCategory("Pictures", "PUBLIC");
        for (byte[] bad : List.of("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(),
                "<html><script>alert(1)</script></html>".getBytes())) {
            JsonNode problem = assertProblem(insider.api().send("POST", "api/forum/images?category=" + open,
                    "image/png", BodyPublishers.ofByteArray(bad)), 400);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("image");
            assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("validation.postImageType");
        }
        byte[] tooLarge = java.util.Arrays.copyOf(png, 2 * ONE_MIB + 1);
        JsonNode problem = assertProblem(insider.api().send("POST", "api/forum/images?category=" + open, "image/png",
                BodyPublishers.ofByteArray(tooLarge)), 413);
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("the image may have at most 2 MiB");
        assertProblem(insider.api().send("POST", "api/forum/images?category=" + open, "image/png",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))), 413);
        assertProblem(insider.api().send("POST", "api/forum/images?category=abc", "image/png",
                BodyPublishers.ofByteArray(png)), 400);
        assertProblem(anonymous().send("POST", "api/forum/images?category=" + open, "image/png",
                BodyPublishers.ofByteArray(png)), 401);
        assertThat(anonymous().getBinary("api/forum/images/999999999", "image/*").status()).isEqualTo(404);
    }

    private long forumCategory(String name, String visibility) {
        return assertJson(admin().post("api/forum/categories", Map.of("name", uniqueName(name),
                "visibility", visibility)), 201).path("id").asLong();
    }

    // --- malformed and oversized input ----------------------------------------------------------

    @Test
    void unknownPathsUnderApiAnswer404Problems() {
        assertProblem(anonymous().get("api/no-such-thing"), 404);
        assertProblem(admin().get("api/users/999999999"), 404);
    }

    @Test
    void malformedJsonAndWrongTypesAre400ProblemsAndChangeNothing() {
        List<String> before = listedUsernames(admin());
        String username = uniqueUsername("broken");

        assertProblem(admin().send("POST", "api/users", "application/json",
                BodyPublishers.ofString("{\"username\": \"" + username + "\", ")), 400);
        assertProblem(admin().send("POST", "api/users", "application/json",
                BodyPublishers.ofString("not json at all")), 400);
        assertProblem(admin().post("api/users", Map.of("username", username, "displayName", List.of("not", "text"),
                "role", "MEMBER", "password", USER_PASSWORD)), 400);
        JsonNode unknownRole = assertProblem(admin().post("api/users", Map.of("username", username,
                "displayName", "Broken", "role", "EMPEROR", "password", USER_PASSWORD)), 400);
        assertThat(unknownRole.path("detail").asText()).as("names the value and what is allowed")
                .contains("EMPEROR", "ADMINISTRATOR", "MEMBER");
        JsonNode wrongType = assertProblem(admin().post("api/tokens", Map.of("name", "typed", "expiresInDays", "soon")), 400);
        assertThat(wrongType.path("errors").findValuesAsText("field")).as("names the field").containsExactly("expiresInDays");

        assertThat(listedUsernames(admin())).containsExactlyInAnyOrderElementsOf(before).doesNotContain(username);
    }

    @Test
    void invalidFieldsAreAll400ProblemWithOneErrorPerField() {
        JsonNode problem = assertProblem(admin().post("api/users", Map.of("username", "X", "password", "short")), 400);

        assertThat(problem.path("errors").findValuesAsText("field"))
                .contains("username", "displayName", "role", "password");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        String huge = "{\"name\": \"" + "x".repeat(ONE_MIB) + "\"}";

        assertProblem(admin().send("POST", "api/tokens", "application/json", BodyPublishers.ofString(huge)), 413);
    }

    @Test
    void aStreamedBodyOverOneMebibyteIsRefusedWith413() {
        byte[] huge = ("{\"name\": \"" + "x".repeat(ONE_MIB) + "\"}").getBytes();

        assertProblem(admin().send("POST", "api/tokens", "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))), 413);
    }

    // --- security headers ---------------------------------------------------------------------

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        List<Reply> replies = List.of(
                anonymous().send(anonymous().request("login").header("Accept", "text/html")),
                anonymous().get("api/platform"),
                anonymous().get("api/me"),
                anonymous().get("api/no-such-thing"),
                admin().get("api/users"));

        for (Reply reply : replies) {
            assertThat(reply.header("Content-Security-Policy")).as("CSP of %s", reply.call())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
            assertThat(reply.header("X-Content-Type-Options")).as("nosniff of %s", reply.call()).hasValue("nosniff");
            assertThat(reply.header("Referrer-Policy")).as("Referrer-Policy of %s", reply.call()).isPresent();
        }
        assertThat(replies.get(1).header("Cache-Control")).as("API answers are not cached").hasValue("no-store");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndNeverSentByOtherSites() {
        Reply page = anonymous().send(anonymous().request("login").header("Accept", "text/html"));

        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie)
                        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theInvalidTokenAnswerCarriesTheSecurityHeadersToo() {
        Reply reply = anonymous().withToken("c3_not-a-real-token-at-all").get("api/me");

        assertThat(reply.header("Content-Security-Policy")).isPresent();
        assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
    }
}
