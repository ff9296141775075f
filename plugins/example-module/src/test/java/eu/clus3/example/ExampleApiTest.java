package eu.clus3.example;

import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.PlatformRole;
import eu.clus3.plugin.api.SearchEntry;
import eu.clus3.plugin.testkit.ModuleDatabase;
import eu.clus3.plugin.testkit.OnEveryDatabase;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The example module's endpoint and search entries on the platform's own store: how a module uses the test kit. */
@OnEveryDatabase
class ExampleApiTest {

    private final TestModuleContext context;
    private final ExampleApi.Resource api;

    ExampleApiTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "example", ExampleApi.class);
        api = (ExampleApi.Resource) new ExampleApi(context).resource();
        context.actAs(TestModuleContext.user(5, "mia", "Mia Rossi", PlatformRole.MEMBER, Map.of()));
    }

    @Test
    void aNoteIsKeptWithItsVersionAndFoundBySearch() {
        assertThat(api.saveNote("groceries", "{\"items\":[\"milk\"]}").version()).isEqualTo(1L);
        assertThat(api.saveNote("groceries", "{\"items\":[\"milk\",\"bread\"]}").version()).isEqualTo(2L);

        assertThat(api.note("groceries")).isEqualTo("{\"items\":[\"milk\",\"bread\"]}");
        assertThat(context.searchChanges).containsExactly("groceries", "groceries");
        assertThat(new ExampleSearch(context).entry("groceries")).hasValueSatisfying(e -> {
            assertThat(e.title()).isEqualTo("Note groceries");
            assertThat(e.link()).isEqualTo("modules/example");
        });
        assertThat(new ExampleSearch(context).entries()).extracting(SearchEntry::key).containsExactly("groceries");
        assertThat(context.store().collection("notes").history("groceries")).hasSize(2)
                .allSatisfy(r -> assertThat(r.changedBy()).isEqualTo("mia"));
    }

    @Test
    void aNoteMustBeAJsonObjectOrArray() {
        assertThatThrownBy(() -> api.saveNote("plain", "just words")).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> api.saveNote("string", "\"a JSON string\"")).isInstanceOf(InvalidDocumentException.class);
        assertThat(context.searchChanges).isEmpty();
    }

    @Test
    void onlyAModeratorDeletesANoteAndTheModuleNamesItsPermissionInEnglishAndItalian() {
        api.saveNote("spam", "{\"text\":\"buy now\"}");

        assertThatThrownBy(() -> api.deleteNote("spam")).isInstanceOfSatisfying(ModuleProblem.class, p -> {
            assertThat(p.status()).isEqualTo(403);
            assertThat(p.code()).isEqualTo("example.moderatorsOnly");
        });
        assertThat(context.store().collection("notes").get("spam")).isPresent();

        context.grant(ExamplePermissions.MODERATE);
        assertThat(api.deleteNote("spam")).isEqualTo(new ExampleApi.Deleted("spam"));
        assertThat(context.store().collection("notes").get("spam")).isEmpty();
        assertThatThrownBy(() -> api.deleteNote("spam")).isInstanceOfSatisfying(ModuleProblem.class,
                p -> assertThat(p.status()).isEqualTo(404));
        context.actAs(null);
        assertThatThrownBy(() -> api.deleteNote("spam")).isInstanceOfSatisfying(ModuleProblem.class,
                p -> assertThat(p.status()).isEqualTo(401));

        assertThat(new ExamplePermissions().permissions()).containsExactly(ExamplePermissions.MODERATE);
        assertThat(context.message(Locale.ENGLISH, ExamplePermissions.MODERATE.nameKey())).isEqualTo("Moderate notes");
        assertThat(context.message(Locale.ITALIAN, ExamplePermissions.MODERATE.nameKey())).isEqualTo("Moderare le note");
        assertThat(context.message(Locale.ITALIAN, ExamplePermissions.MODERATE.descriptionKey())).startsWith("Vedere");
        assertThat(context.message(Locale.ITALIAN, "example.moderatorsOnly")).startsWith("Solo i moderatori");
    }

    @Test
    void aReminderNotifiesTheCallerWithALinkToTheModuleAndOffersTheDiscussion() {
        ExampleApi.Reminder answer = api.remind("groceries");

        assertThat(answer.discussion()).isEqualTo("forum/about/module:example:note-groceries?title=About+the+note+groceries");
        assertThat(context.notifications).singleElement().satisfies(n -> {
            assertThat(n.userId()).isEqualTo(5);
            assertThat(n.message()).isEqualTo("Remember the note groceries");
            assertThat(n.link()).isEqualTo("modules/example");
        });
        assertThat(api.hello()).isEqualTo(new ExampleApi.Hello("example", context.moduleVersion(), "mia"));
    }

    @Test
    void aNewNoteIsCreatedAtItsAddressAndABadOneIsRefusedOnItsField() {
        var created = api.create(context.json().read("{\"key\":\"trip\",\"text\":\"Pack\"}", ExampleApi.NewNote.class));
        assertThat(created.location()).isEqualTo("notes/trip");
        assertThat(created.body().version()).isEqualTo(1L);
        assertThat(context.json().read(api.note("trip"), Map.class)).containsEntry("text", "Pack");
        assertThat(api.notes(0)).extracting(ExampleApi.NoteSummary::key).containsExactly("trip");

        assertThatThrownBy(() -> context.json().read("{\"key\":\"no spaces\",\"text\":\"x\"}", ExampleApi.NewNote.class))
                .isInstanceOfSatisfying(ModuleProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.errors()).extracting(FieldProblem::field).containsExactly("key");
                });
        assertThatThrownBy(() -> api.note("nowhere")).isInstanceOfSatisfying(ModuleProblem.class,
                p -> assertThat(p.status()).isEqualTo(404));
        context.actAs(null);
        assertThatThrownBy(() -> api.create(new ExampleApi.NewNote("k", "t"))).isInstanceOfSatisfying(ModuleProblem.class,
                p -> assertThat(p.status()).isEqualTo(401));
    }
}
