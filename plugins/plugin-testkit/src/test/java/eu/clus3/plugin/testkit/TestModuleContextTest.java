package eu.clus3.plugin.testkit;

import eu.clus3.core.testing.Sql;
import eu.clus3.plugin.api.DocumentCollection;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.DocumentRevision;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleEvent;
import eu.clus3.plugin.api.ModuleEventListener;
import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.PlatformPermission;
import eu.clus3.plugin.api.PlatformRole;
import eu.clus3.plugin.api.StaleDocumentException;
import eu.clus3.plugin.api.StoredDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static eu.clus3.plugin.testkit.TestModuleContext.assessor;
import static eu.clus3.plugin.testkit.TestModuleContext.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a module test gets from the kit: the platform's store on a real database, and the rest in memory. */
@OnEveryDatabase
class TestModuleContextTest {

    private final TestModuleContext context;

    TestModuleContextTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "notes", TestModuleContextTest.class).cluster(7, "ICT", "IT");
    }

    @Test
    void theStoreIsThePlatformsWithItsChecksVersionsAndHistory() {
        DocumentCollection notes = context.store().collection("notes");
        context.actAs(manager(1, 7));

        StoredDocument created = notes.create("n-1", 7L, "{\"text\":\"first\"}");
        StoredDocument updated = notes.update("n-1", created.version(), "{\"text\":\"second\"}");
        notes.delete("n-1", updated.version());

        assertThat(created.version()).isEqualTo(1);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedBy()).isEqualTo("manager1");
        assertThat(notes.history("n-1")).extracting(DocumentRevision::version, DocumentRevision::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, false), org.assertj.core.groups.Tuple.tuple(2L, false),
                        org.assertj.core.groups.Tuple.tuple(3L, true));
        assertThatThrownBy(() -> notes.create("n-2", 8L, "{}")).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("no cluster 8");
        assertThatThrownBy(() -> notes.create("n-2", null, "plain text")).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> notes.create("n-2", null, "\"a JSON string\"")).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> notes.create("n-2", null, "[" + "1,".repeat(200_000) + "1]"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("at most");
        assertThatThrownBy(() -> context.store().collection("no spaces")).isInstanceOf(InvalidDocumentException.class);
        notes.create("n-2", null, "{}");
        assertThatThrownBy(() -> notes.update("n-2", 7, "{}")).isInstanceOf(StaleDocumentException.class)
                .extracting(e -> ((StaleDocumentException) e).currentVersion()).isEqualTo(1L);
    }

    @Test
    void queriesAreTheDatabasesOrderAndPrefixesAreLiteral() {
        DocumentCollection notes = context.store().collection("notes");
        for (String key : List.of("b", "a_1", "a%", "ab", "A")) {
            notes.create(key, null, "{}");
        }

        assertThat(notes.find(DocumentQuery.all())).extracting(StoredDocument::key).containsExactly("A", "a%", "a_1", "ab", "b");
        assertThat(notes.find(DocumentQuery.all().keyStartingWith("a_"))).extracting(StoredDocument::key).containsExactly("a_1");
        assertThat(notes.count(DocumentQuery.all().keyStartingWith("a").limit(1))).isEqualTo(3);
        assertThat(notes.find(DocumentQuery.all().offset(1).limit(2))).extracting(StoredDocument::key).containsExactly("a%", "a_1");
    }

    @Test
    void clustersAndUsersAreWhatTheTestDeclares() {
        context.cluster(8, "cluster-eight", "Another cluster", "MARITIME_TECHNOLOGIES", "ITH4");

        assertThat(context.clusterFacts(8)).hasValueSatisfying(f -> {
            assertThat(f.country()).isEqualTo("IT");
            assertThat(f.nutsCode()).isEqualTo("ITH4");
            assertThat(f.portfolio()).isEqualTo("MARITIME_TECHNOLOGIES");
        });
        assertThat(context.clusters()).extracting(c -> c.name()).containsExactly("Another cluster", "Cluster 7");
        assertThatThrownBy(() -> context.cluster(9, "SPACE_PIRACY", "IT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> context.cluster(9, "ICT", "XX")).isInstanceOf(IllegalArgumentException.class);
        assertThat(assessor(2).can(eu.clus3.plugin.api.PlatformPermission.SEE_ALL_CLUSTERS)).isTrue();
        assertThat(manager(1, 7).can(eu.clus3.plugin.api.PlatformPermission.SEE_ALL_CLUSTERS)).isFalse();
        assertThat(context.user(1)).isEmpty();
        context.actAs(manager(1, 7));
        assertThat(context.user(1)).hasValueSatisfying(u -> assertThat(u.username()).isEqualTo("manager1"));
    }

    @Test
    void theCurrentUserHoldsTheModulesPermissionsATestGrantsThem() {
        ModulePermission moderate = ModulePermission.of("notes.moderate");
        ModulePermission publish = ModulePermission.of("notes.publish");
        assertThatThrownBy(() -> context.grant(moderate)).isInstanceOf(IllegalStateException.class);
        context.actAs(manager(1, 7));
        assertThat(context.currentUser().orElseThrow().has(moderate)).isFalse();

        context.grant(moderate, publish).revoke(publish);

        ModuleUser me = context.currentUser().orElseThrow();
        assertThat(me.has(moderate)).isTrue();
        assertThat(me.has(publish)).isFalse();
        assertThat(me.manages(7)).as("everything else is kept").isTrue();
        context.actAs(ModuleUser.of(me.user(), PlatformRole.REGIONAL_STAFF, Set.of(PlatformPermission.SEE_ALL_CLUSTERS),
                Map.of(), Set.of(publish)));
        assertThat(context.currentUser().orElseThrow().has(publish)).isTrue();
    }

    @Test
    void eventsAreCheckedRecordedAndDeliveredInOrder() {
        List<String> heard = new ArrayList<>();
        context.listen(new ModuleEventListener() {
            @Override
            public void onEvent(ModuleEvent event) {
                heard.add(event.topic());
                if (event.topic().equals("notes.first")) {
                    context.events().publish("notes.second", Map.of());
                }
            }
        });

        context.events().publish("notes.first", Map.of("key", "n-1"));
        context.platformEvent("platform.demo-data-loaded", Map.of());

        assertThat(heard).containsExactly("notes.first", "notes.second", "platform.demo-data-loaded");
        assertThat(context.events).extracting(ModuleEvent::topic).containsExactly("notes.first", "notes.second");
        assertThatThrownBy(() -> context.events().publish("other.thing", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchChangesNotificationsMessagesAndLinksAreShapedByThePlatformsCode() {
        context.search().changed("n-1");
        assertThat(context.searchChanges).containsExactly("n-1");
        assertThat(new Sql(context.dataSource()).number(
                "SELECT COUNT(*) FROM search_outbox WHERE kind = 'module:notes' AND subject_id = 'n-1'")).isEqualTo(1);
        assertThatThrownBy(() -> context.search().changed("x".repeat(81))).isInstanceOf(IllegalArgumentException.class);

        context.actAs(manager(1, 7));
        context.notifications().notify(1, "  " + "y".repeat(300), "modules/notes/n-1");
        assertThat(context.notifications).singleElement().satisfies(n -> {
            assertThat(n.message()).hasSize(200).endsWith("\u2026");
            assertThat(n.link()).isEqualTo("modules/notes/n-1");
        });
        assertThatThrownBy(() -> context.notifications().notify(1, "hi", "https://evil.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> context.notifications().notify(99, "hi", null)).isInstanceOf(IllegalArgumentException.class);

        assertThat(context.message(Locale.ITALIAN, "greeting", "Mia")).isEqualTo("Ciao Mia!");
        assertThat(context.message(Locale.ITALIAN, "only.english")).isEqualTo("Only in English");
        assertThat(context.message(Locale.ENGLISH, "missing")).isEqualTo("!missing");
        assertThat(context.links().moduleView("n/1")).isEqualTo("modules/notes/n/1");
        assertThat(context.links().discussionAbout("n-1", "About n-1")).isEqualTo("forum/about/module:notes:n-1?title=About+n-1");
        assertThat(context.moduleVersion()).isEqualTo("1.0.0");
    }

    @Test
    void schedulesRunWhenTheTestSaysAsNobodyAndAuditAndMailAreCheckedLikeThePlatforms() {
        context.actAs(manager(1, 7));
        context.schedules().every("reminders", java.time.Duration.ofHours(1), () -> {
            context.audit().record("reminders.sent", 7L, "2 reminders");
            context.mail().send(" host@example.org ", "Study visit", "See you on Monday");
        });
        context.schedules().daily("digest", java.time.LocalTime.of(7, 0), () -> { });

        assertThat(context.schedulesRegistered()).containsEntry("reminders", "every PT1H").containsEntry("digest", "daily 07:00");
        context.runSchedule("reminders");

        assertThat(context.audited).containsExactly(new AuditRecord("module:notes", "notes.reminders.sent", 7L, "2 reminders"));
        assertThat(context.mails).containsExactly(new SentMail("host@example.org", "Study visit", "See you on Monday"));
        assertThat(context.currentUser()).as("the user is back after the run").isPresent();
        assertThatThrownBy(() -> context.schedules().every("too-often", java.time.Duration.ofSeconds(10), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> context.mail().send("nobody", "Hi", "")).isInstanceOf(eu.clus3.plugin.api.ModuleProblem.class);
        assertThatThrownBy(() -> context.audit().record("Shouting", null, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> context.runSchedule("unknown")).hasMessageContaining("reminders");
    }
}
