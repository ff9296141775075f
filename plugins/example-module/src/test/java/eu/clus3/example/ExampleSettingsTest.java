package eu.clus3.example;

import com.vaadin.flow.component.HasText;
import eu.clus3.plugin.testkit.ModuleDatabase;
import eu.clus3.plugin.testkit.OnEveryDatabase;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What administrators set changes the example page; the declaration is the one the platform reads from the jar. */
@OnEveryDatabase
class ExampleSettingsTest {

    private final TestModuleContext context;

    ExampleSettingsTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "example", ExampleSettings.class);
    }

    @Test
    void byDefaultThePageHasNoOwnLineAndCountsTheNotes() {
        GreetingView page = new GreetingView(context);

        assertThat(texts(page)).startsWith("Example module").anyMatch(t -> t.startsWith("Notes stored: 0"));
        assertThat(page.getChildren().filter(c -> c.getId().filter("example-own-greeting"::equals).isPresent())).isEmpty();
    }

    @Test
    void theAdministratorsLineIsShownAndTheCountCanBeTurnedOff() {
        context.setting("example.greeting", "Welcome to the Clusters' Week!").setting("example.show-notes", false);

        GreetingView page = new GreetingView(context);

        assertThat(texts(page)).contains("Welcome to the Clusters' Week!").noneMatch(t -> t.startsWith("Notes stored"));
    }

    @Test
    void valuesThePlatformRefusesAreRefusedHereToo() {
        assertThatThrownBy(() -> context.setting("example.show-notes", "sometimes")).hasMessageContaining("validation.flag");
        assertThatThrownBy(() -> context.setting("example.greeting", "a\u0007bell")).hasMessageContaining("validation.controlCharacters");
        assertThatThrownBy(() -> context.setting("example.colour", "red")).hasMessageContaining("validation.unknownSetting");
    }

    private static List<String> texts(GreetingView page) {
        return page.getChildren().filter(HasText.class::isInstance).map(c -> ((HasText) c).getText()).toList();
    }
}
