package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static eu.clus3.ui.it.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module plugins on the real WAR and server, beyond install/upgrade/uninstall ({@link RestApiIT}): an
 * uninstalled module leaves nothing behind (its class loader is collected, after its REST endpoint was called
 * and its page shown in a browser), a module's notification reaches the person's notifications, and a module's
 * "discuss this" link leads to the forum's discussion about its subject (or offers to open one).
 */
@ExtendWith(ArquillianExtension.class)
class ModulesIT {

    private static final int CYCLES = 6;

    @Deployment(testable = false)
    static WebArchive application() {
        return Clus3War.imported();
    }

    @ArquillianResource
    private URL url;

    private URI base;
    private Api admin;
    private byte[] v1;
    private byte[] v2;

    @BeforeEach
    void connect() {
        base = TestEnvironment.base(url);
        admin = Api.at(base).withToken(AdminToken.of(base));
        v1 = ModuleJars.bytes(ModuleJars.v1());
        v2 = ModuleJars.bytes(ModuleJars.v2());
        if (admin.get("api/admin/modules/example").status() == 200) {
            uninstall();
        }
    }

    @Test
    void theClassLoaderOfAnUninstalledModuleIsCollectedAfterItsEndpointAndPageWereUsed() {
        int before = assertJson(admin.get("api/admin/modules/diagnostics/unloaded"), 200).path("unloaded").asInt();
        int unloads = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", v1), 201);
            assertJson(admin.get("api/modules/example/hello"), 200);
            assertJson(admin.put("api/modules/example/notes/k" + cycle, Map.of("text", "cycle " + cycle)), 200);
            assertThat(admin.get("api/modules/example/notes/k" + cycle).body()).contains("cycle " + cycle);
            if (cycle == 3) {
                // An upgrade unloads the old version too.
                assertJson(ModuleJars.upload(admin, "PUT", "api/admin/modules/example/artifact", "example.jar", v2), 200);
                assertThat(assertJson(admin.get("api/modules/example/hello"), 200).path("version").asText()).isEqualTo("2.0.0");
                unloads++;
            }
            if (cycle % 2 == 0) {
                // The module's page in a browser session that ends before the module goes.
                try (Browser browser = Browser.open(base)) {
                    browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
                    browser.go("modules/example");
                    browser.visible(By.id("example-greeting"));
                    browser.click(By.cssSelector("#user-menu vaadin-menu-bar-button"));
                    browser.click(By.id("sign-out"));
                    browser.waitUntil(d -> "/login".equals(browser.currentPath()) ? true : null);
                }
            }
            uninstall();
            unloads++;
        }

        JsonNode check = assertNoUnloadedModuleInMemory();

        assertThat(check.path("unloaded").asInt()).isGreaterThanOrEqualTo(Math.min(200, before + unloads));
        assertThat(check.path("collectedFirst").asBoolean()).isTrue();
        assertProblem(SignedInPeople.member(base, "leak-check").api().get("api/admin/modules/diagnostics/unloaded"), 403);
    }

    /**
     * A tab left on a module's page by a browser that went away (no sign-out, no request since: the session lives
     * on until it times out) must not keep the module once it is uninstalled: its page is taken out of that session
     * when the module stops, not at the tab's next request, which never comes. A tab still open is sent home.
     */
    @Test
    void aModulePageLeftOpenInAnAbandonedTabDoesNotKeepTheUninstalledModule() {
        assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", v1), 201);
        try (Browser abandoned = Browser.open(base)) {
            abandoned.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            abandoned.go("modules/example");
            abandoned.visible(By.id("example-greeting"));
        }
        try (Browser open = Browser.open(base)) {
            open.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            open.go("modules/example");
            open.visible(By.id("example-greeting"));

            uninstall();

            open.visible(By.id("dashboard"));
            assertThat(open.currentPath()).isEqualTo("/");
        }
        assertNoUnloadedModuleInMemory();
    }

    /** The admin leak check; when a class loader survives, a heap dump shows what holds it. */
    private JsonNode assertNoUnloadedModuleInMemory() {
        JsonNode check = assertJson(admin.get("api/admin/modules/diagnostics/unloaded?collect=true"), 200);
        if (check.path("alive").asInt() > 0) {
            // What holds them: java -Xmx3g tools/HeapPaths.java ui/target/modules-leak.hprof org.pf4j.PluginClassLoader
            ServerJcmd.heapDump("modules-leak.hprof");
        }
        assertThat(check.path("alive").asInt()).as("uninstalled module class loaders still in memory: %s", check).isZero();
        return check;
    }

    @Test
    void aModulesNotificationReachesThePersonsNotificationsAndLeadsToTheModule() {
        assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", v1), 201);
        long unread = assertJson(admin.get("api/notifications/unread"), 200).path("unread").asLong();

        assertJson(admin.post("api/modules/example/notes/shopping/reminder", ""), 200);

        JsonNode newest = assertJson(admin.get("api/notifications"), 200).path("items").get(0);
        assertThat(newest.path("kind").asText()).isEqualTo("MODULE");
        assertThat(newest.path("subjectTitle").asText()).isEqualTo("Remember the note shopping");
        assertThat(newest.path("link").asText()).isEqualTo("modules/example");
        assertThat(newest.path("moduleId").asText()).isEqualTo("example");
        assertThat(newest.path("read").asBoolean()).isFalse();
        assertThat(assertJson(admin.get("api/notifications/unread"), 200).path("unread").asLong()).isEqualTo(unread + 1);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            browser.go("notifications");
            // Listed with the module's words, leading to the module's page.
            assertThat(browser.visible(By.cssSelector("#notification-list a[href='modules/example']")).getText())
                    .isEqualTo("Remember the note shopping");
        }
        uninstall();
    }

    @Test
    void aModulesDiscussionLinkOpensTheTopicAboutItsSubjectOrOffersToStartOne() {
        assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", v1), 201);
        String link = assertJson(admin.post("api/modules/example/notes/budget/reminder", ""), 200).path("discussion").asText();
        uninstall();
        assertThat(link).isEqualTo("forum/about/module:example:note-budget?title=About+the+note+budget");
        String ref = "module:example:note-budget";
        assertProblem(admin.get("api/forum/topics/about/" + ref), 404);
        assertProblem(admin.get("api/forum/topics/about/not%20a%20subject"), 400);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            // No discussion yet: the new-topic form, with the subject and the module's title.
            browser.go(link);
            browser.visible(By.id("new-topic-view"));
            assertThat(browser.currentPath()).isEqualTo("/forum/new");
            assertThat(browser.visible(By.id("topic-about")).getText()).contains(ref);
            assertThat(browser.find(By.id("topic-title-field")).getAttribute("value")).isEqualTo("About the note budget");

            long category = assertJson(admin.post("api/forum/categories", Map.of("name", ClusterJson.uniqueName("Notes"),
                    "visibility", "PUBLIC")), 201).path("id").asLong();
            long topic = assertJson(admin.post("api/forum/topics", Map.of("categoryId", category,
                    "title", "About the note budget", "body", "What goes into the budget note?", "indicatorRef", ref)),
                    201).path("id").asLong();
            assertThat(assertJson(admin.get("api/forum/topics/about/" + ref), 200).path("id").asLong()).isEqualTo(topic);

            // Now the same link opens that discussion.
            browser.go(link);
            browser.waitUntil(d -> browser.currentPath().equals("/forum/topic/" + topic) ? true : null);
        }
    }

    private void uninstall() {
        assertThat(admin.delete("api/admin/modules/example?purge=true&confirm=example").status()).isEqualTo(204);
    }
}
