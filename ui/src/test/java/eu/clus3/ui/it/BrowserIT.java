package eu.clus3.ui.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.USER_PASSWORD;
import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static eu.clus3.ui.it.ApiAssertions.createUser;
import static eu.clus3.ui.it.ApiAssertions.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI of the real WAR on Payara Micro, in headless Chromium: signing in and out, the wrong
 * password, the language switch (remembered for the next sign-in), a phone-sized screen, and the
 * journey of a cluster's manager who edits the profile and invites a member who then joins.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Clus3War.imported();
    }

    @ArquillianResource
    private URL url;

    private URI base() {
        return TestEnvironment.base(url);
    }

    /** The language choice is saved with the account: put it back so every test starts in English. */
    @AfterEach
    void resetTheAdministratorsLanguage() {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        assertThat(admin.put("api/me/locale", Map.of("locale", "en")).status()).isEqualTo(200);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        try (Browser browser = Browser.open(base())) {
            browser.go("");

            browser.visible(By.cssSelector("#vaadinLoginUsername input"));
            assertThat(browser.currentPath()).isEqualTo("/login");
            assertThat(browser.isPresent(By.id("dashboard"))).isFalse();
        }
    }

    @Test
    void aWrongPasswordShowsTheFormsErrorAndNoDashboard() {
        try (Browser browser = Browser.open(base())) {
            browser.submitLogin(TestEnvironment.ADMIN, "not-the-right-Passw0rd");

            String error = browser.waitUntil(d -> {
                Object text = browser.script("""
                        const form = document.querySelector('vaadin-login-form');
                        const wrapper = document.querySelector('vaadin-login-form-wrapper');
                        const message = wrapper && wrapper.shadowRoot && wrapper.shadowRoot.querySelector('[part=error-message]');
                        return form && form.error && message && getComputedStyle(message).display !== 'none'
                            ? message.innerText : null;
                        """);
                return text == null ? null : text.toString();
            });
            assertThat(error).contains("Incorrect user name or password");
            assertThat(browser.currentPath()).isEqualTo("/login");
            assertThat(browser.isPresent(By.id("dashboard"))).isFalse();
            assertThat(browser.find(By.cssSelector("#vaadinLoginPassword input")).isEnabled())
                    .as("the form can be used again").isTrue();
        }
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() {
        try (Browser browser = Browser.open(base())) {
            browser.go("login");
            browser.visible(By.cssSelector("#vaadinLoginUsername input"));
            String before = browser.waitUntil(d -> browser.cookie("JSESSIONID"));

            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());

            // Session fixation: an id planted before sign-in must be worth nothing after it.
            assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
        }
    }

    @Test
    void theAdministratorSignsInSwitchesToItalianAndSignsOut() {
        try (Browser browser = Browser.open(base())) {
            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            assertThat(browser.visible(By.id("dashboard")).getText()).contains("Welcome, Administrator");
            assertThat(navigationText(browser)).contains("Dashboard", "API tokens", "Users");

            chooseLanguage(browser, "italiano");

            browser.waitUntil(d -> navigationText(browser).contains("Pannello") ? true : null);
            assertThat(navigationText(browser)).contains("Pannello", "Token API", "Utenti").doesNotContain("Dashboard");
            assertThat(browser.visible(By.id("dashboard")).getText()).contains("Benvenuto/a");
            WebElement signOut = openUserMenu(browser);
            assertThat(signOut.getText()).isEqualTo("Esci");

            signOut.click();

            browser.waitUntil(d -> "/login".equals(browser.currentPath()) ? true : null);
            browser.visible(By.cssSelector("#vaadinLoginUsername input"));
            assertThat(browser.isPresent(By.id("dashboard"))).isFalse();
            browser.go("");
            assertThat(browser.currentPath()).as("signed out: the dashboard is closed again").isEqualTo("/login");
        }
    }

    @Test
    void theChosenLanguageIsRememberedAtTheNextSignIn() {
        try (Browser browser = Browser.open(base())) {
            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            chooseLanguage(browser, "italiano");
            browser.waitUntil(d -> navigationText(browser).contains("Pannello") ? true : null);
            openUserMenu(browser).click();
            browser.waitUntil(d -> "/login".equals(browser.currentPath()) ? true : null);

            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());

            assertThat(navigationText(browser)).contains("Pannello");
            chooseLanguage(browser, "English");
            browser.waitUntil(d -> navigationText(browser).contains("Dashboard") ? true : null);
        }
    }

    @Test
    void onA360PixelScreenEverythingFitsAndTheNavigationOpensFromTheToggle() {
        try (Browser browser = Browser.open(base(), 360, 740)) {
            browser.go("login");
            assertThat(viewportWidth(browser)).isEqualTo(360);
            assertNoHorizontalScrolling(browser);
            assertInsideViewport(browser, "vaadin-login-form");

            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());

            assertNoHorizontalScrolling(browser);
            assertInsideViewport(browser, "vaadin-drawer-toggle");
            assertInsideViewport(browser, "#language-switch");
            assertInsideViewport(browser, "#user-menu");
            assertInsideViewport(browser, "#search-icon");
            assertThat(browser.find(By.id("main-nav")).isDisplayed()).as("the drawer starts closed on a phone").isFalse();

            browser.find(By.cssSelector("vaadin-drawer-toggle")).click();
            navigationItem(browser, "API tokens").click();

            browser.visible(By.id("tokens-view"));
            assertThat(browser.currentPath()).isEqualTo("/account/tokens");
            // the drawer closes after the navigation: the layout says so, then the drawer has slid out of the screen
            // (Selenium still counts the slid-away drawer's content as displayed, so it is asked of the layout)
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("const l = document.querySelector('vaadin-app-layout');"
                    + " return l.drawerOpened === false"
                    + " && l.shadowRoot.querySelector('[part=drawer]').getBoundingClientRect().right <= 0")) ? true : null);
            assertNoHorizontalScrolling(browser);
            WebElement signOut = openUserMenu(browser);
            // On a phone the menu's overlay is still being placed when the item becomes visible (CI saw it at
            // y = 762 in a 740 px window, the click intercepted); what is tested here is that signing out works
            // from the phone's header, so the item is activated as the menu's own keyboard/touch handling does.
            browser.script("arguments[0].click()", signOut);
            browser.waitUntil(d -> "/login".equals(browser.currentPath()) ? true : null);
        }
    }

    @Test
    void aManagerEditsTheProfileAndInvitesSomeoneWhoAcceptsAndSeesTheCluster() {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        JsonNode cluster = ClusterJson.createCluster(admin, "Journey");
        long id = cluster.path("id").asLong();
        String name = cluster.path("profile").path("name").asText();
        String slug = cluster.path("slug").asText();
        String manager = uniqueUsername("journey-manager");
        createUser(admin, manager, "MEMBER");
        ClusterJson.addPerson(admin, id, manager, "MANAGER");
        String marker = "pilot-line-" + Long.toString(System.nanoTime(), 36);
        String invitee = uniqueUsername("journey-member");
        String link;

        try (Browser browser = Browser.open(base())) {
            browser.signIn(manager, USER_PASSWORD);
            browser.go("clusters/" + slug);
            assertThat(browser.visible(By.id("cluster-view")).getText()).contains(name);

            browser.click(By.id("edit-cluster"));
            browser.visible(By.id("save-cluster"));
            WebElement description = labelledField(browser, "vaadin-text-area", "Description");
            WebElement text = description.findElement(By.cssSelector("textarea"));
            text.clear();
            text.sendKeys("Now with a shared **" + marker + "** for prototypes.", Keys.TAB);
            browser.waitForVaadin();
            browser.click(By.id("save-cluster"));

            browser.waitUntil(d -> ("/clusters/" + slug).equals(browser.currentPath()) ? true : null);
            browser.waitUntil(d -> marker.equals(emphasisedInDescription(browser)) ? true : null);
            assertThat(assertJson(admin.get("api/clusters/" + id), 200).path("profile").path("description").asText())
                    .as("saved through the service").contains("**" + marker + "**");

            browser.click(By.id("invite-person"));
            browser.type(browser.visible(By.id("invite-email")), invitee + "@example.org");
            browser.waitForVaadin();
            browser.click(By.id("create-invitation"));
            WebElement linkField = browser.visible(By.cssSelector("#one-time-link input"));
            link = browser.waitUntil(d -> {
                String v = linkField.getDomProperty("value");
                return v != null && !v.isBlank() ? v : null;
            });
            assertThat(link).startsWith(base() + "invitation/inv_");
            dialogButton(browser, "Done").click();
            browser.waitUntil(d -> browser.isPresent(By.id("one-time-link")) ? null : true);

            openUserMenu(browser).click();
            browser.waitUntil(d -> "/login".equals(browser.currentPath()) ? true : null);
        }

        try (Browser browser = Browser.open(base())) {
            browser.go(link);
            assertThat(browser.visible(By.id("invitation-view")).getText()).contains(name, invitee + "@example.org");
            browser.type(browser.visible(By.id("invite-username")), invitee);
            browser.type(browser.find(By.id("invite-name")), "Journey Member");
            browser.type(browser.find(By.id("invite-password")), USER_PASSWORD);
            browser.type(browser.find(By.id("invite-password-repeat")), USER_PASSWORD);
            browser.waitForVaadin();
            browser.click(By.id("accept-invitation"));
            browser.waitUntil(d -> "/login".equals(browser.currentPath()) ? true : null);

            browser.signIn(invitee, USER_PASSWORD);
            browser.click(By.cssSelector("#user-menu vaadin-menu-bar-button"));
            browser.click(By.id("my-profile"));
            WebElement mine = browser.visible(By.id("my-clusters"));
            assertThat(browser.currentPath()).isEqualTo("/account/profile");
            assertThat(mine.findElements(By.cssSelector("a"))).as("the invitee belongs to this cluster only")
                    .singleElement().satisfies(a -> assertThat(a.getText()).isEqualTo(name + " · Member"));
            browser.click(By.cssSelector("#my-clusters a"));

            browser.waitUntil(d -> ("/clusters/" + slug).equals(browser.currentPath()) ? true : null);
            assertThat(browser.visible(By.cssSelector("#cluster-view .c3-markdown strong")).getText())
                    .as("the edited description").isEqualTo(marker);
            WebElement people = browser.visible(By.id("cluster-people"));
            browser.waitUntil(d -> people.getText().contains(invitee) ? true : null);
            assertThat(people.getText()).contains(invitee, "Journey Member", manager);
            assertThat(browser.isPresent(By.id("edit-cluster"))).as("a member does not edit").isFalse();
            assertThat(browser.isPresent(By.id("invite-person"))).as("a member does not invite").isFalse();
        }
        assertThat(ClusterJson.people(admin, id)).containsEntry(invitee, "MEMBER").containsEntry(manager, "MANAGER");
    }

    // --- steps --------------------------------------------------------------------------------

    @Test
    void aVisitorSearchesFromTheHeaderNarrowsByAFacetAndOpensASuggestion() {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        String word = SearchJson.uniqueWord();
        Map<String, Object> maritime = ClusterJson.with(ClusterJson.profile(ClusterJson.uniqueName("Facet Maritime")),
                "description", word + " shipyards");
        Map<String, Object> ict = ClusterJson.with(ClusterJson.with(ClusterJson.profile(ClusterJson.uniqueName("Facet Digital")),
                "portfolio", "ICT"), "description", word + " software");
        ClusterJson.create(admin, maritime);
        JsonNode digital = ClusterJson.create(admin, ict);
        SearchJson.searchUntil(Api.at(base()), word, p -> p.path("total").asLong() == 2, java.time.Duration.ofSeconds(10));

        try (Browser browser = Browser.open(base())) {
            browser.go("clusters");
            WebElement box = browser.visible(By.cssSelector("#search-box input"));
            box.sendKeys(word, Keys.ENTER);

            browser.waitUntil(d -> "/search".equals(browser.currentPath()) ? true : null);
            browser.waitUntil(d -> browser.find(By.id("search-results")).findElements(By.className("c3-hit")).size() == 2
                    ? true : null);
            assertThat(browser.find(By.id("search-summary")).getText()).isEqualTo("2 results");

            By ictFacet = By.cssSelector("#facet-sector a[data-filter='sector:ICT']");
            assertThat(browser.find(ictFacet).getText()).isEqualTo("ICT (1)");
            browser.click(ictFacet);

            browser.waitUntil(d -> browser.find(By.id("search-results")).findElements(By.className("c3-hit")).size() == 1
                    ? true : null);
            assertThat(browser.find(By.id("search-results")).getText()).contains(ict.get("name").toString())
                    .doesNotContain(maritime.get("name").toString());
            assertThat(browser.find(By.id("search-query")).getAttribute("value")).isEqualTo(word + " sector:ICT");
            assertThat(browser.find(By.cssSelector(".c3-hit mark")).getText()).isEqualTo(word);

            browser.click(ictFacet); // a selected facet value takes its filter out again
            browser.waitUntil(d -> browser.find(By.id("search-results")).findElements(By.className("c3-hit")).size() == 2
                    ? true : null);

            WebElement again = browser.visible(By.cssSelector("#search-box input"));
            String name = ict.get("name").toString(); // "Facet Digital <time> <n>": type up to the time, which is unique
            again.sendKeys(name.substring(0, name.lastIndexOf(' ')));
            By suggestion = By.xpath("//vaadin-combo-box-item[contains(., '" + ict.get("name") + "')]");
            browser.click(suggestion);
            browser.waitUntil(d -> ("/clusters/" + digital.path("slug").asText()).equals(browser.currentPath()) ? true : null);
        }
    }

    private static String navigationText(Browser browser) {
        return browser.find(By.id("main-nav")).getAttribute("textContent");
    }

    /** A visible entry of the navigation drawer, by its label. */
    private static WebElement navigationItem(Browser browser, String label) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .filter(e -> e.isDisplayed() && label.equals(e.getText().trim()))
                .findFirst().orElse(null));
    }

    /** The field of the form on screen whose label is {@code label}, e.g. a {@code vaadin-text-area}. */
    private static WebElement labelledField(Browser browser, String tag, String label) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector(tag)).stream()
                .filter(e -> e.isDisplayed() && label.equals(e.getDomProperty("label")))
                .findFirst().orElse(null));
    }

    /** The bold text of the profile's rendered description, if a profile is shown. */
    private static String emphasisedInDescription(Browser browser) {
        return browser.isPresent(By.cssSelector("#cluster-view .c3-markdown strong"))
                ? browser.find(By.cssSelector("#cluster-view .c3-markdown strong")).getText() : null;
    }

    /** A button of the open dialog, by its text. */
    // --- forums ---------------------------------------------------------------------------------

    @Test
    void aReplyAppearsLiveInTheOtherBrowserTheMentionIsNotifiedAndAModeratorHidesAFlaggedPost() {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        String ana = uniqueUsername("ana");
        String ben = uniqueUsername("ben");
        createUser(admin, ana, "MEMBER");
        createUser(admin, ben, "MEMBER");
        long category = assertJson(admin.post("api/forum/categories", Map.of("name", ClusterJson.uniqueName("Live"),
                "visibility", "PLATFORM_MEMBERS")), 201).path("id").asLong();
        long topic = assertJson(admin.post("api/forum/topics", Map.of("categoryId", category,
                "title", "Who prepares the benchmarking interview?", "body", "Tell us how you prepare it.")), 201)
                .path("id").asLong();

        try (Browser first = Browser.open(base()); Browser second = Browser.open(base(), 360, 800);
             Browser moderator = Browser.open(base())) {
            first.signIn(ana, USER_PASSWORD);
            second.signIn(ben, USER_PASSWORD);
            first.go("forum/topic/" + topic);
            second.go("forum/topic/" + topic);
            second.visible(By.id("post-1"));
            assertThat(second.isPresent(By.id("post-2"))).isFalse();

            writeReply(first, "We fill in the questionnaire **together** with two board members.");
            first.visible(By.id("post-2"));

            WebElement live = second.visible(By.id("post-2")); // pushed: no reload in the second browser
            assertThat(live.getText()).contains("We fill in the questionnaire together", "@" + ana);
            assertNoHorizontalScrolling(second);

            first.go("forum"); // away from the topic: reading it would count as seeing the mention
            writeReply(second, "Thanks @" + ana + ", we will try that.");
            second.visible(By.id("post-3"));
            WebElement count = first.waitUntil(d -> {
                WebElement c = d.findElement(By.id("notification-count"));
                return c.isDisplayed() && "1".equals(c.getText().trim()) ? c : null;
            });
            assertThat(count.getText()).isEqualTo("1");
            first.click(By.id("notification-bell"));
            assertThat(first.visible(By.id("notification-list")).getText())
                    .contains(ben + " mentioned you in \"Who prepares the benchmarking interview?\"");

            second.click(By.id("flag-2"));
            second.type(second.visible(By.id("flag-reason")), "Off topic advertising");
            second.waitForVaadin();
            second.click(By.id("flag-send"));
            second.waitForVaadin();

            moderator.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            moderator.go("forum/review");
            assertThat(moderator.visible(By.id("review-view")).getText()).contains("Off topic advertising");
            moderator.go("forum/topic/" + topic);
            moderator.click(By.cssSelector("#moderate-2 vaadin-menu-bar-button"));
            moderator.click(By.id("hide-2"));
            moderator.click(By.cssSelector("[slot='confirm-button']"));
            moderator.waitUntil(d -> d.findElement(By.id("post-2")).getText().contains("Hidden by moderators") ? true : null);

            second.waitUntil(d -> d.findElements(By.id("post-2")).isEmpty() ? true : null); // gone live
            first.go("forum/topic/" + topic);
            assertThat(first.visible(By.id("post-2")).getText()).as("the author still sees it").contains("Hidden by moderators");
        }
    }

    @Test
    void aMemberAddsAnImageToAReplyThatReadersSeeAndTheAdministratorReadsTheMailOutbox() throws Exception {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        String cleo = uniqueUsername("cleo");
        createUser(admin, cleo, "MEMBER");
        long category = assertJson(admin.post("api/forum/categories", Map.of("name", ClusterJson.uniqueName("Pictures"),
                "visibility", "PLATFORM_MEMBERS")), 201).path("id").asLong();
        long topic = assertJson(admin.post("api/forum/topics", Map.of("categoryId", category,
                "title", "Show us your cluster map", "body", "A picture says more.")), 201).path("id").asLong();
        java.nio.file.Path file = TestEnvironment.scratch().resolve("map-" + cleo + ".png");
        java.nio.file.Files.write(file, PlatformApiContract.png(80, 50));

        try (Browser browser = Browser.open(base()); Browser administrator = Browser.open(base())) {
            browser.signIn(cleo, USER_PASSWORD);
            browser.go("forum/topic/" + topic);
            browser.visible(By.id("reply-image"));
            WebElement input = (WebElement) browser.script("""
                    const upload = document.getElementById('reply-image');
                    const input = upload.querySelector('input[type=file]')
                        || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                    input.removeAttribute('hidden');
                    input.style.display = 'block';
                    return input;
                    """);
            input.sendKeys(file.toAbsolutePath().toString());
            browser.waitForVaadin();
            String text = browser.waitUntil(d -> {
                String value = d.findElement(By.cssSelector("#reply-body textarea")).getAttribute("value");
                return value != null && value.contains("/api/forum/images/") ? value : null;
            });
            assertThat(text).matches("(?s)!\\[image]\\(/api/forum/images/[0-9]+\\)\\s*");
            browser.click(By.id("reply-submit"));
            browser.waitForVaadin();
            WebElement image = browser.visible(By.cssSelector("#post-2 img"));
            assertThat(image.getAttribute("src")).contains("/api/forum/images/");
            // the browser fetched it with the reader's session: a real picture of the uploaded size
            Long width = browser.waitUntil(d -> {
                long w = ((Number) browser.script(
                        "const i = document.querySelector('#post-2 img'); return i.complete ? i.naturalWidth : 0;")).longValue();
                return w > 0 ? w : null;
            });
            assertThat(width).isEqualTo(80L);

            administrator.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            administrator.go("admin/mail");
            assertThat(administrator.visible(By.id("mail-smtp")).getText()).contains("CLUS3_SMTP_HOST");
            administrator.visible(By.id("mail-grid"));
        }
    }

    private static void writeReply(Browser browser, String text) {
        WebElement area = browser.visible(By.cssSelector("#reply-body textarea"));
        area.clear();
        area.sendKeys(text);
        browser.waitForVaadin();
        browser.click(By.id("reply-submit"));
        browser.waitForVaadin();
    }

    private static WebElement dialogButton(Browser browser, String text) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-button")).stream()
                .filter(e -> e.isDisplayed() && text.equals(e.getText().trim()))
                .findFirst().orElse(null));
    }

    /** Opens the language select in the header and picks a language by its label; the page reloads. */
    private static void chooseLanguage(Browser browser, String label) {
        browser.visible(By.id("language-switch")).click();
        WebElement item = browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item[role=option]"))
                .stream()
                .filter(e -> e.isDisplayed() && label.equals(e.getText().trim()))
                .findFirst().orElse(null));
        item.click();
        browser.waitForVaadin();
    }

    @Test
    void anAdministratorInstallsUpgradesDisablesAndUninstallsAModuleOnTheModulesPage() throws Exception {
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(ModuleJars.bytes(ModuleJars.v1())));
        try (Browser browser = Browser.open(base())) {
            browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
            browser.go("admin/modules");
            assertThat(browser.isPresent(By.cssSelector("#main-nav vaadin-side-nav-item[path='modules/example']"))).isFalse();

            uploadModule(browser, ModuleJars.v1());
            assertThat(browser.visible(By.id("module-sha256")).getText()).isEqualTo(sha256);
            browser.click(By.id("module-install"));
            browser.waitUntil(d -> browser.find(By.id("module-state-example")).getText().equals("Running"));

            // The next navigation shows its entry and its page: no restart, no reload.
            browser.click(By.cssSelector("#main-nav vaadin-side-nav-item[path='']"));
            browser.waitForVaadin();
            browser.click(By.cssSelector("#main-nav vaadin-side-nav-item[path='modules/example']"));
            assertThat(browser.visible(By.id("example-greeting")).getText()).contains("Module version 1.0.0");
            theModulesOwnPermissionOpensItsPageOnceGrantedToTheRole(browser);

            // Its settings: a form built from what it declares; its page shows what the administrator saved.
            browser.go("admin/modules");
            browser.click(By.id("module-settings-example"));
            browser.type(browser.visible(By.id("setting-example-greeting")), "Welcome, browser!");
            browser.click(By.id("module-settings-save"));
            Api api = Api.at(base()).withToken(AdminToken.of(base()));
            browser.waitUntil(d -> api.get("api/admin/modules/example/settings").body().contains("Welcome, browser!")
                    ? true : null);
            browser.go("modules/example");
            assertThat(browser.visible(By.id("example-own-greeting")).getText()).isEqualTo("Welcome, browser!");

            browser.go("admin/modules");
            uploadModule(browser, ModuleJars.v2());
            assertThat(browser.visible(By.id("module-install")).getText()).isEqualTo("Upgrade from 1.0.0");
            browser.click(By.id("module-install"));
            browser.waitUntil(d -> browser.find(By.id("module-state-example")).getText().equals("Running"));
            browser.go("modules/example");
            assertThat(browser.visible(By.id("example-greeting")).getText()).contains("Module version 2.0.0");

            browser.go("admin/modules");
            browser.click(By.id("module-disable-example"));
            browser.waitUntil(d -> browser.find(By.id("module-state-example")).getText().equals("Disabled"));
            browser.go("modules/example");
            assertThat(browser.visible(By.id("module-unavailable")).getText()).contains("example");

            browser.go("admin/modules");
            browser.click(By.id("module-uninstall-example"));
            // The confirmation dialog's button (rendered by the web component): clicked once it exists.
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                    const buttons = document.querySelectorAll('[slot="confirm-button"]');
                    if (buttons.length === 0) return false;
                    buttons[buttons.length - 1].click();
                    return true;
                    """)));
            Api admin = Api.at(base()).withToken(AdminToken.of(base()));
            browser.waitUntil(d -> admin.get("api/admin/modules/example").status() == 404 ? true : null);
            browser.go("");
            assertThat(browser.isPresent(By.cssSelector("#main-nav vaadin-side-nav-item[path='modules/example']"))).isFalse();
        }
    }

    /**
     * The example's moderation page needs {@code example.moderate}, which administrators do not hold until it is granted
     * (here to their whole role, in Administration → Users); the grant is taken back through the API afterwards.
     */
    private void theModulesOwnPermissionOpensItsPageOnceGrantedToTheRole(Browser browser) {
        By moderationEntry = By.cssSelector("#main-nav vaadin-side-nav-item[path='modules/example/moderation']");
        assertThat(browser.isPresent(moderationEntry)).isFalse();
        browser.go("modules/example/moderation");
        browser.visible(By.id("access-denied"));

        browser.go("admin/users");
        browser.click(By.id("role-module-permissions"));
        browser.visible(By.id("role-permissions-role")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item[role=option]")).stream()
                .filter(e -> e.isDisplayed() && "Administrator".equals(e.getText().trim())).findFirst().orElse(null)).click();
        browser.waitForVaadin();
        WebElement moderate = browser.waitUntil(d -> d.findElements(By.cssSelector("#role-permissions-example vaadin-checkbox"))
                .stream().filter(e -> e.getText().contains("Moderate notes")).findFirst().orElse(null));
        assertThat(moderate.getText()).contains("delete anyone's notes");
        browser.script("arguments[0].querySelector('input').click()", moderate);
        browser.click(By.id("save-role-permissions"));
        browser.waitForVaadin();

        browser.go("modules/example/moderation");
        assertThat(browser.visible(By.id("example-moderation")).getText()).contains("Note moderation");
        assertThat(browser.isPresent(moderationEntry)).isTrue();

        // A person's own ticks show what their role gives them, ticked and locked.
        browser.go("admin/users");
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(e -> TestEnvironment.ADMIN.equals(e.getText().trim())).findFirst().orElse(null)).click();
        WebElement held = browser.waitUntil(d -> d.findElements(By.cssSelector("#user-permissions-example vaadin-checkbox"))
                .stream().filter(e -> e.getText().contains("Moderate notes")).findFirst().orElse(null));
        assertThat(held.getAttribute("checked")).isNotNull();
        assertThat(held.getAttribute("disabled")).isNotNull();
        assertThat(held.getText()).contains("granted to everyone with this person's role");
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        admin.get("api/admin/module-permissions?role=ADMINISTRATOR").json().path("grants")
                .forEach(g -> assertThat(admin.delete("api/admin/module-permissions/grants/" + g.path("id").asLong())
                        .status()).isEqualTo(204));
    }

    /**
     * A module's page gets the platform's frame with nothing done by the module: its title in the header and in the
     * document's title, in the user's language; the padding of core pages on a desktop and on a phone; its refusals
     * shown like the core's (the example page has no try/catch): a module's problem in the module's words, a store
     * conflict in the platform's.
     */
    @Test
    void aModulePageGetsThePlatformsFrameTitlePaddingAndErrorMessages() {
        Api admin = Api.at(base()).withToken(AdminToken.of(base()));
        if (admin.get("api/admin/modules/example").status() == 200) {
            assertThat(admin.delete("api/admin/modules/example?purge=true&confirm=example").status()).isEqualTo(204);
        }
        assertJson(ModuleJars.upload(admin, "POST", "api/admin/modules", "example.jar", ModuleJars.bytes(ModuleJars.v1())), 201);
        try {
            try (Browser browser = Browser.open(base())) {
                browser.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
                double corePadding = left(browser, "#dashboard h2");
                browser.go("modules/example");

                assertThat(left(browser, "#example-greeting h2")).as("the heading's distance from the navigation")
                        .isEqualTo(corePadding);
                assertThat(browser.find(By.cssSelector(".c3-view-title")).getText()).isEqualTo("Example module");
                assertThat(browser.script("return document.title")).isEqualTo("Example module");

                browser.click(By.id("example-add-note"));
                waitForNotification(browser, "name: A note needs a name");
                String note = "note-" + SearchJson.uniqueWord().toLowerCase(java.util.Locale.ROOT);
                browser.type(browser.find(By.id("example-note-name")), note);
                browser.click(By.id("example-add-note"));
                browser.waitUntil(d -> browser.find(By.id("example-greeting")).getText().contains("Notes stored: 1"));
                browser.click(By.id("example-add-note"));
                waitForNotification(browser, "Someone else changed this in the meantime. Their version is now shown:"
                        + " check it and save again.");

                // a refusal while a page opens (the example's setParameter just throws): the frame's "not found"
                browser.go("modules/example/notes/" + note);
                assertThat(browser.visible(By.id("example-note")).getText()).contains("Note " + note);
                browser.go("modules/example/notes/no-such-note");
                assertThat(browser.visible(By.id("module-problem")).getText())
                        .contains("Page not found", "This item does not exist (any more).");
                assertThat(browser.script("return document.title")).isEqualTo("Page not found");
                browser.go("modules/example");

                chooseLanguage(browser, "italiano");
                browser.waitUntil(d -> "Modulo di esempio".equals(browser.script("return document.title")) ? true : null);
                assertThat(browser.find(By.cssSelector(".c3-view-title")).getText()).isEqualTo("Modulo di esempio");
                browser.click(By.id("example-add-note"));
                waitForNotification(browser, "name: Una nota ha bisogno di un nome");
            }
            try (Browser phone = Browser.open(base(), 360, 740)) {
                phone.signIn(TestEnvironment.ADMIN, TestEnvironment.adminPassword());
                double corePadding = left(phone, "#dashboard h2");
                phone.go("modules/example");
                assertThat(left(phone, "#example-greeting h2")).isEqualTo(corePadding);
                assertNoHorizontalScrolling(phone);
            }
        } finally {
            assertThat(admin.delete("api/admin/modules/example?purge=true&confirm=example").status()).isEqualTo(204);
        }
    }

    private static double left(Browser browser, String selector) {
        browser.visible(By.cssSelector(selector));
        return ((Number) browser.script("return document.querySelector(arguments[0]).getBoundingClientRect().left",
                selector)).doubleValue();
    }

    /** Waits for an error notification with exactly this text. */
    private static void waitForNotification(Browser browser, String text) {
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                return Array.from(document.querySelectorAll('vaadin-notification-card'))
                    .some(card => card.textContent.trim() === arguments[0]);
                """, text)) ? true : null);
    }

    /** Hands a file to the page's upload component, as choosing it in the file dialog would. */
    private static void uploadModule(Browser browser, java.nio.file.Path jar) {
        browser.visible(By.id("module-upload"));
        WebElement input = (WebElement) browser.script("""
                const upload = document.getElementById('module-upload');
                const input = upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                input.removeAttribute('hidden');
                input.style.display = 'block';
                return input;
                """);
        input.sendKeys(jar.toAbsolutePath().toString());
        browser.waitForVaadin();
    }

    /** Opens the user menu and returns its "sign out" item. */
    private static WebElement openUserMenu(Browser browser) {
        browser.visible(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
        return browser.visible(By.id("sign-out"));
    }

    private static long viewportWidth(Browser browser) {
        return ((Number) browser.script("return window.innerWidth")).longValue();
    }

    private static void assertNoHorizontalScrolling(Browser browser) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth).as("page width on %s", browser.currentPath()).isLessThanOrEqualTo(viewportWidth(browser));
    }

    @SuppressWarnings("unchecked")
    private static void assertInsideViewport(Browser browser, String selector) {
        browser.visible(By.cssSelector(selector));
        Map<String, Object> box = (Map<String, Object>) browser.script(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + " return {left: r.left, right: r.right, width: r.width};", selector);
        double left = ((Number) box.get("left")).doubleValue();
        double right = ((Number) box.get("right")).doubleValue();
        assertThat(List.of(left, right)).as("%s spans %s..%s px", selector, left, right)
                .allSatisfy(x -> assertThat(x).isBetween(0.0, (double) viewportWidth(browser)));
        assertThat(((Number) box.get("width")).doubleValue()).as("%s width", selector).isPositive();
    }
}
