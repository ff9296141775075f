package eu.clus3.core.modules;

import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Modules' JSON mapping: records, lists, maps, enums and instants, as the core API writes them; refusals typed. */
public class ModuleJsonTest {

    public enum State { DRAFT, AGREED }

    public record Section(String title, State state, Instant changed, List<String> owners, Map<String, Integer> votes,
                   String note) {
    }

    public record Titled(String title) {
        public Titled {
            if (title == null || title.isBlank()) {
                throw ModuleProblem.invalid("title", "strategy.titleRequired", "A section needs a title");
            }
        }
    }

    private final ModuleJson json = new ModuleJson();

    @Test
    void writes_and_reads_records_the_way_the_core_api_does() {
        Section s = new Section("Goals", State.AGREED, Instant.parse("2026-12-07T10:15:30Z"), List.of("ana", "bo"),
                Map.of("yes", 3), null);
        String text = json.write(s);
        assertThat(text).isEqualTo("{\"changed\":\"2026-12-07T10:15:30Z\",\"owners\":[\"ana\",\"bo\"],\"state\":\"AGREED\","
                + "\"title\":\"Goals\",\"votes\":{\"yes\":3}}");
        assertThat(json.read(text, Section.class)).isEqualTo(s);
        assertThat(json.readList("[{\"title\":\"a\"},{\"title\":\"b\",\"unknown\":1}]", Titled.class))
                .containsExactly(new Titled("a"), new Titled("b"));
    }

    @Test
    void a_records_own_refusal_comes_through_and_other_faults_name_the_type() {
        assertThatThrownBy(() -> json.read("{\"title\":\" \"}", Titled.class)).isInstanceOf(ModuleProblem.class)
                .extracting(e -> ((ModuleProblem) e).errors().get(0).field()).isEqualTo("title");
        assertThatThrownBy(() -> json.read("{not json", Section.class)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("Section");
        assertThatThrownBy(() -> json.read("{\"state\":\"LOST\"}", Section.class)).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> json.read("", Section.class)).isInstanceOf(InvalidDocumentException.class);
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> json.read(deep, Object.class)).as("refused, not a stack overflow")
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("100 levels");
        assertThat(json.read("{\"title\":\"[[[[[[\"}", Titled.class)).as("brackets in text are text")
                .isEqualTo(new Titled("[[[[[["));
    }

    @Test
    void once_closed_with_its_module_it_refuses_work() {
        ModuleJson mapping = new ModuleJson();
        mapping.write(new Titled("x"));
        mapping.close();
        assertThatThrownBy(() -> mapping.write(new Titled("y"))).isInstanceOf(IllegalStateException.class);
    }
}
