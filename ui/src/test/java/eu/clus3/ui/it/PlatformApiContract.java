package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import eu.clus3.ui.it.Api.Binary;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.USER_PASSWORD;
import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static eu.clus3.ui.it.ApiAssertions.assertProblem;
import static eu.clus3.ui.it.ApiAssertions.createUser;
import static eu.clus3.ui.it.ApiAssertions.listedUsernames;
import static eu.clus3.ui.it.ApiAssertions.newUser;
import static eu.clus3.ui.it.ApiAssertions.uniqueUsername;
import static eu.clus3.ui.it.ClusterJson.auditActions;
import static eu.clus3.ui.it.ClusterJson.create;
import static eu.clus3.ui.it.ClusterJson.createCluster;
import static eu.clus3.ui.it.ClusterJson.directoryNames;
import static eu.clus3.ui.it.ClusterJson.edit;
import static eu.clus3.ui.it.ClusterJson.people;
import static eu.clus3.ui.it.ClusterJson.profile;
import static eu.clus3.ui.it.ClusterJson.uniqueName;
import static eu.clus3.ui.it.ClusterJson.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running server must do on every database it supports: the same tests run against the
 * Arquillian deployment on H2 ({@link RestApiIT}) and against a server on PostgreSQL ({@link PostgresIT}).
 */
abstract class PlatformApiContract {

    /** The application's address, ending in '/'. */
    protected abstract URI base();

    /** What the database health check must report as the product (JDBC metadata). */
    protected abstract String expectedDatabaseProduct();

    protected Api anonymous() {
        return Api.at(base());
    }

    protected Api admin() {
        return anonymous().withToken(AdminToken.of(base()));
    }

    @Test
    void healthIsUpWithItsDatabaseSearchIndexAndPluginDirectoryChecks() {
        JsonNode health = assertJson(anonymous().get("health"), 200);

        assertThat(health.path("status").asText()).isEqualTo("UP");
        Map<String, JsonNode> checks = new HashMap<>();
        health.path("checks").forEach(c -> checks.put(c.path("name").asText(), c));
        assertThat(checks).containsKeys("database", "search-index", "plugin-directory");
        checks.values().forEach(c -> assertThat(c.path("status").asText()).as("check %s", c).isEqualTo("UP"));
        assertThat(checks.get("database").path("data").path("product").asText()).isEqualTo(expectedDatabaseProduct());
    }

    @Test
    void anAdministratorCreatesAUserAndFindsItInTheList() {
        String username = uniqueUsername("carla");

        JsonNode created = createUser(admin(), username, "PARTNER");

        assertThat(created.path("id").asLong()).isPositive();
        assertThat(created.path("role").asText()).isEqualTo("PARTNER");
        assertThat(created.path("active").asBoolean()).isTrue();
        assertThat(created.has("password")).isFalse();
        assertThat(created.toString()).doesNotContainIgnoringCase("hash");
        assertThat(listedUsernames(admin())).contains(username, TestEnvironment.ADMIN);
        JsonNode fetched = assertJson(admin().get("api/users/" + created.path("id").asLong()), 200);
        assertThat(fetched.path("email").asText()).isEqualTo(username + "@example.org");
    }

    @Test
    void aTakenUserNameIsRefusedWithAnErrorOnTheUsernameField() {
        String username = uniqueUsername("dario");
        createUser(admin(), username, "MEMBER");

        JsonNode problem = assertProblem(admin().post("api/users", newUser(username, "MEMBER")), 400);

        assertThat(problem.path("errors")).isNotEmpty();
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("username");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("validation.usernameTaken");
        assertThat(listedUsernames(admin())).containsOnlyOnce(username);
    }

    @Test
    void theVersionInTheCreatedUserIsTheOneAnEditMustSend() {
        JsonNode created = createUser(admin(), uniqueUsername("elena"), "MEMBER");

        JsonNode edited = assertJson(admin().put("api/users/" + created.path("id").asLong(),
                Map.of("displayName", "Elena Edited", "version", created.path("version").asLong())), 200);

        assertThat(edited.path("displayName").asText()).isEqualTo("Elena Edited");
        assertThat(edited.path("version").asLong()).isGreaterThan(created.path("version").asLong());
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedWith409AndTheCurrentVersion() {
        long id = createUser(admin(), uniqueUsername("fabio"), "MEMBER").path("id").asLong();
        long readVersion = assertJson(admin().get("api/users/" + id), 200).path("version").asLong();
        JsonNode first = assertJson(admin().put("api/users/" + id,
                Map.of("displayName", "First Editor", "version", readVersion)), 200);

        JsonNode conflict = assertProblem(admin().put("api/users/" + id,
                Map.of("displayName", "Second Editor", "version", readVersion)), 409);

        assertThat(conflict.path("currentVersion").asLong()).isEqualTo(first.path("version").asLong());
        assertThat(conflict.path("code").asText()).isEqualTo("error.staleVersion");
        assertThat(assertJson(admin().get("api/users/" + id), 200).path("displayName").asText())
                .as("the stale edit must not overwrite the first one").isEqualTo("First Editor");
    }

    // --- clusters -----------------------------------------------------------------------------

    @Test
    void anAdministratorCreatesAPublicClusterThatAnonymousVisitorsFindInTheDirectory() {
        String name = uniqueName("Adriatic Maritime");

        var reply = admin().post("api/clusters", profile(name));

        JsonNode created = assertJson(reply, 201);
        long id = created.path("id").asLong();
        String slug = created.path("slug").asText();
        assertThat(reply.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("clusters/" + id));
        assertThat(slug).matches("[a-z0-9-]+").startsWith("adriatic-maritime-");
        assertThat(created.path("version").isIntegralNumber()).as("version in %s", created).isTrue();
        JsonNode profile = created.path("profile");
        assertThat(profile.path("name").asText()).isEqualTo(name);
        assertThat(profile.path("nutsCode").asText()).isEqualTo("ITH44");
        assertThat(profile.path("portfolio").asText()).isEqualTo("MARITIME_TECHNOLOGIES");
        assertThat(profile.path("committedMembers").path("SME").asInt()).isEqualTo(20);
        assertThat(created.path("eligibility").path("committedMembers").asInt()).isEqualTo(23);
        assertThat(created.path("eligibility").path("enoughCommittedMembers").asBoolean()).isTrue();
        assertThat(created.path("eligibility").path("tripleHelix").asBoolean()).isTrue();
        assertThat(created.path("descriptionHtml").asText()).contains("<strong>maritime</strong>");

        assertThat(directoryNames(anonymous(), name)).containsExactly(name);
        JsonNode bySlug = assertJson(anonymous().get("api/clusters/by-slug/" + slug), 200);
        assertThat(bySlug.path("id").asLong()).isEqualTo(id);
        assertThat(bySlug.path("permissions").path("edit").asBoolean()).as("a visitor edits nothing").isFalse();
        assertThat(bySlug.path("permissions").path("seePeople").asBoolean()).isFalse();
        assertThat(assertJson(anonymous().get("api/clusters/" + id), 200).path("profile").path("name").asText())
                .isEqualTo(name);
    }

    @Test
    void aClusterVisibleOnlyOnThePlatformIsHiddenFromAnonymousVisitors() {
        String name = uniqueName("Platform Only");
        JsonNode created = create(admin(), with(profile(name), "visibility", "PLATFORM"));
        long id = created.path("id").asLong();

        assertThat(directoryNames(anonymous(), name)).isEmpty();
        assertProblem(anonymous().get("api/clusters/" + id), 404);
        assertProblem(anonymous().get("api/clusters/by-slug/" + created.path("slug").asText()), 404);

        assertThat(directoryNames(admin(), name)).containsExactly(name);
        assertThat(assertJson(admin().get("api/clusters/" + id), 200).path("profile").path("visibility").asText())
                .isEqualTo("PLATFORM");
    }

    @Test
    void invalidProfilesAre400ProblemsNamingEachFieldAndNothingIsStored() {
        String name = uniqueName("Invalid");
        String tooLong = "x".repeat(20_001);

        JsonNode all = assertProblem(admin().post("api/clusters", with(with(with(profile(name),
                "nutsCode", "XX9"),
                "committedMembers", Map.of("SME", -1, "UNIVERSITY", 3)),
                "description", tooLong)), 400);

        assertThat(all.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("nutsCode", "committedMembers.SME", "description");
        assertThat(fieldsOfProblem(admin().post("api/clusters", with(profile(name), "nutsCode", "XX9"))))
                .containsExactly("nutsCode");
        assertThat(fieldsOfProblem(admin().post("api/clusters", with(profile(name), "committedMembers",
                Map.of("SME", -1)))))
                .containsExactly("committedMembers.SME");
        assertThat(fieldsOfProblem(admin().post("api/clusters", with(profile(name), "description", tooLong))))
                .containsExactly("description");
        assertThat(directoryNames(admin(), name)).as("nothing stored half-way").isEmpty();

        String taken = uniqueName("Taken");
        create(admin(), profile(taken));
        JsonNode duplicate = assertProblem(admin().post("api/clusters", profile(taken.toUpperCase())), 400);
        assertThat(duplicate.path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(duplicate.path("errors").get(0).path("code").asText()).isEqualTo("validation.clusterNameTaken");
        assertThat(directoryNames(admin(), taken)).containsExactly(taken);
    }

    @Test
    void scriptInTheMarkdownDescriptionIsStoredAsWrittenButNeverRendered() {
        String markdown = "Hello <script>alert('pwned')</script> **world**, [click](javascript:alert(1))"
                + "\n\n<img src=x onerror=alert(2)>";

        JsonNode created = create(admin(), with(profile(uniqueName("Scripted")), "description", markdown));

        JsonNode fetched = assertJson(anonymous().get("api/clusters/" + created.path("id").asLong()), 200);
        assertThat(fetched.path("profile").path("description").asText()).as("stored as written").isEqualTo(markdown);
        String html = fetched.path("descriptionHtml").asText();
        assertThat(html).contains("<strong>world</strong>");
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "javascript:", "onerror=\"");
    }

    @Test
    void anEditFromAStaleVersionIs409WithTheCurrentVersionAndOverwritesNothing() {
        JsonNode created = createCluster(admin(), "Versioned");
        long id = created.path("id").asLong();
        long read = created.path("version").asLong();
        Map<String, Object> mine = profile(created.path("profile").path("name").asText());

        JsonNode first = assertJson(admin().put("api/clusters/" + id,
                edit(read, with(mine, "website", "https://first.example.org/"))), 200);

        assertThat(first.path("version").asLong()).isGreaterThan(read);
        JsonNode conflict = assertProblem(admin().put("api/clusters/" + id,
                edit(read, with(mine, "website", "https://second.example.org/"))), 409);
        assertThat(conflict.path("code").asText()).isEqualTo("error.staleVersion");
        assertThat(conflict.path("currentVersion").asLong()).isEqualTo(first.path("version").asLong());
        assertThat(assertJson(admin().get("api/clusters/" + id), 200).path("profile").path("website").asText())
                .as("the stale edit must not overwrite the first one").isEqualTo("https://first.example.org/");
        assertThat(fieldsOfProblem(admin().put("api/clusters/" + id, Map.of("profile", mine))))
                .as("an edit without a version").containsExactly("version");
    }

    @Test
    void theAuditTrailRecordsEveryChangeToAClusterAndItsPeople() {
        JsonNode created = createCluster(admin(), "Audited");
        long id = created.path("id").asLong();
        String person = uniqueUsername("audited");
        createUser(admin(), person, "MEMBER");
        assertJson(admin().put("api/clusters/" + id, edit(created.path("version").asLong(),
                with(profile(created.path("profile").path("name").asText()), "contactPhone", "+39 040 999999"))), 200);
        JsonNode membership = ClusterJson.addPerson(admin(), id, person, "STAFF");
        assertJson(admin().put("api/clusters/" + id + "/members/" + membership.path("id").asLong(),
                Map.of("role", "MEMBER")), 200);

        JsonNode audit = assertJson(admin().get("api/clusters/" + id + "/audit"), 200);

        assertThat(auditActions(admin(), id)).contains("cluster.created", "cluster.updated", "membership.added",
                "membership.role");
        audit.forEach(entry -> {
            assertThat(entry.path("actor").asText()).as("who, in %s", entry).isEqualTo(TestEnvironment.ADMIN);
            assertThat(entry.path("at").asText()).as("when, in %s", entry).isNotBlank();
        });
        assertThat(audit.findValuesAsText("details")).anySatisfy(d -> assertThat(d).contains("contactPhone"))
                .anySatisfy(d -> assertThat(d).contains(person, "STAFF", "MEMBER"));
    }

    @Test
    void aSmallPngLogoIsStoredAndServedAsPng() throws IOException {
        JsonNode created = createCluster(admin(), "Logo");
        long id = created.path("id").asLong();

        var upload = admin().send("PUT", "api/clusters/" + id + "/logo", "image/png",
                BodyPublishers.ofByteArray(png(40, 20)));

        assertThat(upload.status()).as("%s", upload).isEqualTo(204);
        Binary logo = anonymous().getBinary("api/clusters/" + id + "/logo", "image/png");
        assertThat(logo.status()).as("%s", logo).isEqualTo(200);
        assertThat(logo.mediaType()).isEqualTo("image/png");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(logo.body()));
        assertThat(served).as("a decodable PNG").isNotNull();
        assertThat(List.of(served.getWidth(), served.getHeight())).containsExactly(40, 20);
        assertThat(assertJson(admin().get("api/clusters/" + id), 200).path("hasLogo").asBoolean()).isTrue();
        assertThat(auditActions(admin(), id)).contains("cluster.logo");
    }

    @Test
    void aTextFileSentAsAPngIsRefusedNamingTheLogoAndNoLogoIsStored() {
        long id = createCluster(admin(), "Not A Logo").path("id").asLong();

        JsonNode problem = assertProblem(admin().send("PUT", "api/clusters/" + id + "/logo", "image/png",
                BodyPublishers.ofString("This is plain text, not a picture.\n", StandardCharsets.UTF_8)), 400);

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("logo");
        assertThat(assertJson(admin().get("api/clusters/" + id), 200).path("hasLogo").asBoolean()).isFalse();
        Binary logo = admin().getBinary("api/clusters/" + id + "/logo", "image/png, application/problem+json");
        assertThat(logo.status()).as("%s", logo).isEqualTo(404);
    }

    @Test
    void anInvitationIntoAClusterOpensAnAccountThatBelongsToItAndWorksOnce() {
        JsonNode cluster = createCluster(admin(), "Inviting");
        long id = cluster.path("id").asLong();
        String username = uniqueUsername("invitee");
        String email = username + "@example.org";

        JsonNode invited = assertJson(admin().post("api/invitations",
                Map.of("email", email, "clusterId", id, "clusterRole", "MEMBER")), 201);

        String link = invited.path("link").asText();
        assertThat(link).startsWith("invitation/inv_");
        String token = link.substring("invitation/".length());
        assertThat(invited.path("invitation").path("email").asText()).isEqualTo(email);
        JsonNode preview = assertJson(anonymous().post("api/invitations/preview", Map.of("token", token)), 200);
        assertThat(preview.path("clusterName").asText()).isEqualTo(cluster.path("profile").path("name").asText());
        assertThat(preview.path("clusterRole").asText()).isEqualTo("MEMBER");
        assertThat(preview.path("email").asText()).isEqualTo(email);

        Map<String, String> acceptance = Map.of("token", token, "username", username, "displayName", "Invited Person",
                "password", USER_PASSWORD);
        JsonNode user = assertJson(anonymous().post("api/invitations/accept", acceptance), 201);

        assertThat(user.path("username").asText()).isEqualTo(username);
        assertThat(user.path("email").asText()).isEqualTo(email);
        assertThat(user.path("role").asText()).isEqualTo("MEMBER");
        assertThat(people(admin(), id)).containsEntry(username, "MEMBER");
        JsonNode reused = assertProblem(anonymous().post("api/invitations/accept",
                Map.of("token", token, "username", username + "-again", "displayName", "Again", "password", USER_PASSWORD)), 404);
        assertThat(reused.path("code").asText()).isEqualTo("error.invitationInvalid");
        assertProblem(anonymous().post("api/invitations/preview", Map.of("token", token)), 404);
        assertThat(listedUsernames(admin())).containsOnlyOnce(username).doesNotContain(username + "-again");
    }

    @Test
    void unknownClustersAndInvitationsAre404Problems() {
        long unknown = 987_654_321L;

        assertProblem(anonymous().get("api/clusters/" + unknown), 404);
        assertProblem(admin().get("api/clusters/" + unknown), 404);
        assertProblem(admin().get("api/clusters/by-slug/no-such-cluster-at-all"), 404);
        assertProblem(admin().put("api/clusters/" + unknown, edit(0, profile(uniqueName("Ghost")))), 404);
        assertProblem(admin().get("api/clusters/" + unknown + "/members"), 404);
        assertProblem(admin().post("api/clusters/" + unknown + "/members",
                Map.of("username", TestEnvironment.ADMIN, "role", "MEMBER")), 404);
        assertProblem(admin().get("api/clusters/" + unknown + "/audit"), 404);
        assertProblem(admin().post("api/invitations", Map.of("email", uniqueUsername("nobody") + "@example.org",
                "clusterId", unknown, "clusterRole", "MEMBER")), 404);
        assertProblem(anonymous().post("api/invitations/preview", Map.of("token", "inv_no-such-invitation")), 404);
        assertProblem(admin().get("api/clusters/not-a-number"), 404);
        assertProblem(admin().get("api/clusters/12abc/members"), 404);
    }

    // --- search -------------------------------------------------------------------------------

    @Test
    void aNewClusterIsFoundWithinASecondOfItsCommitAndAnEditReplacesWhatFindsIt() {
        String before = SearchJson.uniqueWord();
        String after = SearchJson.uniqueWord();
        String name = uniqueName("Searchable Shipyards");
        JsonNode created = create(admin(), with(profile(name), "description", "Our " + before + " programme"));

        SearchJson.Found found = SearchJson.searchUntil(anonymous(), before, p -> p.path("total").asLong() > 0,
                Duration.ofSeconds(1));
        assertThat(found.done()).as("found within 1 s (took %s)", found.after()).isTrue();
        JsonNode hit = found.page().path("hits").get(0);
        assertThat(hit.path("title").asText()).isEqualTo(name);
        assertThat(hit.path("type").asText()).isEqualTo("cluster");
        assertThat(hit.path("link").asText()).isEqualTo("clusters/" + created.path("slug").asText());
        assertThat(hit.path("snippet").asText()).contains("<mark>" + before + "</mark>");

        assertJson(admin().put("api/clusters/" + created.path("id").asLong(), edit(created.path("version").asLong(),
                with(profile(name), "description", "Now the " + after + " programme"))), 200);
        SearchJson.Found edited = SearchJson.searchUntil(anonymous(), after, p -> p.path("total").asLong() > 0,
                Duration.ofSeconds(1));
        assertThat(edited.done()).as("edit found within 1 s (took %s)", edited.after()).isTrue();
        assertThat(SearchJson.titles(SearchJson.search(anonymous(), before))).isEmpty();
    }

    @Test
    void aForumPostIsFoundWithinASecondOnlyByThoseWhoMayReadItsCategoryAndAHiddenReplyDisappears() {
        String opening = SearchJson.uniqueWord();
        String reply = SearchJson.uniqueWord();
        String members = SearchJson.uniqueWord();
        long open = assertJson(admin().post("api/forum/categories", Map.of("name", uniqueName("Open"),
                "visibility", "PUBLIC")), 201).path("id").asLong();
        long inner = assertJson(admin().post("api/forum/categories", Map.of("name", uniqueName("Inner"),
                "visibility", "PLATFORM_MEMBERS")), 201).path("id").asLong();

        long topic = assertJson(admin().post("api/forum/topics", Map.of("categoryId", open,
                "title", "Board rotation", "body", "How do you rotate the " + opening + " board?")), 201).path("id").asLong();
        SearchJson.Found found = SearchJson.searchUntil(anonymous(), opening, p -> p.path("total").asLong() == 1,
                Duration.ofSeconds(1));
        assertThat(found.done()).as("topic found within 1 s (took %s)", found.after()).isTrue();
        assertThat(found.page().path("hits").get(0).path("type").asText()).isEqualTo("topic");
        assertThat(found.page().path("hits").get(0).path("link").asText()).isEqualTo("forum/topic/" + topic);

        long replyId = assertJson(admin().post("api/forum/topics/" + topic + "/posts",
                Map.of("body", "We rotate every " + reply + " year.")), 201).path("id").asLong();
        SearchJson.Found replied = SearchJson.searchUntil(anonymous(), reply, p -> p.path("total").asLong() == 1,
                Duration.ofSeconds(1));
        assertThat(replied.done()).as("reply found within 1 s (took %s)", replied.after()).isTrue();
        assertThat(replied.page().path("hits").get(0).path("type").asText()).isEqualTo("post");
        assertThat(replied.page().path("facets").path("category").get(0).path("count").asLong()).isEqualTo(1);

        assertJson(admin().post("api/forum/topics", Map.of("categoryId", inner,
                "title", "Members only", "body", "Our " + members + " budget")), 201);
        Api member = SignedInPeople.member(base(), "searcher").api();
        assertThat(SearchJson.searchUntil(member, members, p -> p.path("total").asLong() == 1, Duration.ofSeconds(5))
                .done()).as("a signed-in member finds the members' topic").isTrue();
        JsonNode forVisitor = SearchJson.search(anonymous(), members);
        assertThat(forVisitor.path("total").asLong()).isZero();
        assertThat(forVisitor.path("facets").path("category")).isEmpty();

        assertThat(admin().post("api/forum/posts/" + replyId + "/hide", Map.of("reason", "off topic")).status())
                .isBetween(200, 204);
        SearchJson.Found hidden = SearchJson.searchUntil(anonymous(), reply, p -> p.path("total").asLong() == 0,
                Duration.ofSeconds(1));
        assertThat(hidden.done()).as("hidden reply gone within 1 s (took %s)", hidden.after()).isTrue();
    }

    @Test
    void aDeactivatedPersonDisappearsFromSearchWithinASecond() {
        String word = SearchJson.uniqueWord();
        JsonNode user = createUser(admin(), uniqueUsername("vera"), "MEMBER");
        long id = user.path("id").asLong();
        JsonNode renamed = assertJson(admin().put("api/users/" + id,
                Map.of("displayName", "Vera " + word, "version", user.path("version").asLong())), 200);
        assertThat(SearchJson.searchUntil(admin(), word, p -> p.path("total").asLong() == 1, Duration.ofSeconds(1))
                .done()).as("the person is found").isTrue();

        assertJson(admin().put("api/users/" + id, Map.of("active", false, "version", renamed.path("version").asLong())), 200);

        SearchJson.Found gone = SearchJson.searchUntil(admin(), word, p -> p.path("total").asLong() == 0,
                Duration.ofSeconds(1));
        assertThat(gone.done()).as("gone within 1 s (took %s)", gone.after()).isTrue();
    }

    @Test
    void aPlatformOnlyClusterIsInvisibleToVisitorsInHitsFacetsAndSuggestionsButFoundBySignedInUsers() {
        String word = SearchJson.uniqueWord();
        String name = uniqueName("Quiet " + word);
        create(admin(), with(with(profile(name), "visibility", "PLATFORM"), "description", "members only"));
        Api member = SignedInPeople.member(base(), "searcher").api();
        assertThat(SearchJson.searchUntil(member, word, p -> p.path("total").asLong() == 1, Duration.ofSeconds(5))
                .done()).as("a signed-in member finds it").isTrue();

        JsonNode forVisitor = SearchJson.search(anonymous(), word);
        assertThat(forVisitor.path("total").asLong()).isZero();
        assertThat(forVisitor.path("hits")).isEmpty();
        forVisitor.path("facets").forEach(values -> assertThat(values).isEmpty());
        assertThat(assertJson(anonymous().get("api/search/suggestions?q=" + SearchJson.encode("quiet " + word)), 200))
                .isEmpty();
        JsonNode suggested = assertJson(member.get("api/search/suggestions?q=" + SearchJson.encode("quiet " + word)), 200);
        assertThat(suggested.findValuesAsText("text")).containsExactly(name);
    }

    @Test
    void peopleAreFoundByThoseWhoSeeTheDirectoryOnly() {
        String word = SearchJson.uniqueWord();
        JsonNode user = createUser(admin(), uniqueUsername("pia"), "MEMBER");
        assertJson(admin().put("api/users/" + user.path("id").asLong(),
                Map.of("displayName", "Pia " + word, "version", user.path("version").asLong())), 200);

        assertThat(SearchJson.searchUntil(admin(), word, p -> p.path("total").asLong() == 1, Duration.ofSeconds(5))
                .page().path("hits").get(0).path("link").asText()).isEqualTo("people/" + user.path("username").asText());
        assertThat(SearchJson.search(SignedInPeople.member(base(), "searcher").api(), word).path("total").asLong()).isZero();
        assertThat(SearchJson.search(anonymous(), word).path("total").asLong()).isZero();
    }

    @Test
    void facetsComeWithCountsAndTheFilterThatNarrowsTheSearch() {
        String word = SearchJson.uniqueWord();
        create(admin(), with(profile(uniqueName("Faceted")), "description", word + " one"));
        create(admin(), with(with(profile(uniqueName("Faceted")), "portfolio", "ICT"), "description", word + " two"));
        SearchJson.searchUntil(anonymous(), word, p -> p.path("total").asLong() == 2, Duration.ofSeconds(5));

        JsonNode page = SearchJson.search(anonymous(), word);
        JsonNode sectors = page.path("facets").path("sector");
        assertThat(sectors.findValuesAsText("value")).containsExactlyInAnyOrder("ICT", "MARITIME_TECHNOLOGIES");
        assertThat(sectors.findValues("count")).allSatisfy(c -> assertThat(c.asLong()).isEqualTo(1));
        assertThat(page.path("facets").path("type").get(0).path("filter").asText()).isEqualTo("in:cluster");

        JsonNode narrowed = SearchJson.search(anonymous(), word + " sector:ICT");
        assertThat(narrowed.path("total").asLong()).isEqualTo(1);
        assertThat(narrowed.path("facets").path("sector").get(0).path("selected").asBoolean()).isTrue();
    }

    @Test
    void whateverIsTypedIsAnsweredAndOnlyLimitsAreRefusedWithTheFieldNamed() {
        for (String typed : List.of("\"unclosed", "cluster:", "((((", "' OR 1=1 --", "<script>alert(1)</script>",
                "\u202Egovernance", "Z̷̡̛a̸l̶g̵o̴", "before:notadate", "@", "-", "%00", "🙂")) {
            assertJson(anonymous().get("api/search?q=" + SearchJson.encode(typed)), 200);
            assertJson(anonymous().get("api/search/suggestions?q=" + SearchJson.encode(typed)), 200);
        }
        assertThat(fieldsOfProblem(anonymous().get("api/search?q=" + "x".repeat(1_001)))).containsExactly("q");
        assertThat(fieldsOfProblem(anonymous().get("api/search?q=x&sort=loudest"))).containsExactly("sort");
        assertThat(fieldsOfProblem(anonymous().get("api/search?q=x&page=-1"))).containsExactly("page");
        assertThat(fieldsOfProblem(anonymous().get("api/search?q=x&size=lots"))).containsExactly("size");
    }

    @Test
    void onlyAdministratorsSeeRebuildAndCheckTheIndex() {
        Api member = SignedInPeople.member(base(), "searcher").api();
        assertProblem(anonymous().get("api/search/index"), 401);
        assertProblem(member.get("api/search/index"), 403);
        assertProblem(member.post("api/search/index/rebuild", Map.of()), 403);
        assertProblem(member.post("api/search/index/check", Map.of()), 403);

        JsonNode state = assertJson(admin().get("api/search/index"), 200);
        assertThat(state.path("documents").asLong()).isPositive();
        assertThat(state.path("problem").isNull() || state.path("problem").isMissingNode()).isTrue();

        assertThat(assertJson(admin().post("api/search/index/rebuild", Map.of()), 202).has("started")).isTrue();
        JsonNode check = assertJson(admin().post("api/search/index/check", Map.of()), 200);
        assertThat(check.path("missingCount").asLong()).as("%s", check).isZero();
        assertThat(check.path("ghostCount").asLong()).as("%s", check).isZero();
    }

    /** The fields a 400 problem names. */
    private static List<String> fieldsOfProblem(Api.Reply reply) {
        return assertProblem(reply, 400).path("errors").findValuesAsText("field");
    }

    /** A small real PNG, drawn here: a two-coloured rectangle. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0x0B, 0x4F, 0x8A));
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.fillRect(width / 4, height / 4, width / 2, height / 2);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
