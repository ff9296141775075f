package eu.clus3.core.shared;

import eu.clus3.core.database.Database;
import eu.clus3.core.testing.TestLogging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class Clus3ConfigTest {

    static {
        TestLogging.quiet();
    }

    @Test
    void without_settings_everything_has_its_default() {
        Clus3Config config = Clus3Config.from(key -> null);

        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(config.dbUrl()).isEmpty();
        assertThat(config.dbUser()).isEmpty();
        assertThat(config.dbPassword()).isEmpty();
        assertThat(config.adminPassword()).isEmpty();
        assertThat(config.demo()).isFalse();
        assertThat(config.demoPassword()).isEmpty();
    }

    @Test
    void blank_settings_count_as_unset_and_values_are_trimmed() {
        Clus3Config config = Clus3Config.from(Map.of(
                Clus3Config.DB_URL, "   ",
                Clus3Config.DB_USER, " clus3 ",
                Clus3Config.ADMIN_PASSWORD, "")::get);

        assertThat(config.dbUrl()).isEmpty();
        assertThat(config.dbUser()).contains("clus3");
        assertThat(config.adminPassword()).isEmpty();
    }

    @Test
    void a_relative_data_dir_is_resolved_to_an_absolute_normalised_path() {
        Clus3Config config = Clus3Config.from(Map.of(Clus3Config.DATA_DIR, "var/../clus3-data/")::get);

        assertThat(config.dataDir()).isAbsolute()
                .isEqualTo(Path.of("").toAbsolutePath().resolve("clus3-data"));
    }

    @Test
    void an_absolute_data_dir_is_kept_and_holds_the_index_and_plugins(@TempDir Path dir) {
        Clus3Config config = Clus3Config.from(Map.of(Clus3Config.DATA_DIR, dir.toString())::get);

        assertThat(config.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(config.indexDir()).isEqualTo(config.dataDir().resolve("index"));
        assertThat(config.pluginDir()).isEqualTo(config.dataDir().resolve("plugins"));
    }

    @Test
    void without_a_database_url_the_h2_file_in_the_data_dir_is_used(@TempDir Path dir) {
        Clus3Config config = Clus3Config.from(Map.of(Clus3Config.DATA_DIR, dir.toString())::get);

        assertThat(config.effectiveDbUrl())
                .isEqualTo("jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("db").resolve("clus3")
                        + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    @Test
    void the_derived_h2_url_opens_a_database_file_in_the_data_dir(@TempDir Path dir) {
        Clus3Config config = Clus3Config.from(Map.of(Clus3Config.DATA_DIR, dir.toString())::get);

        try (Database db = Database.open(config.effectiveDbUrl(), config.dbUser().orElse(null),
                config.dbPassword().orElse(null))) {
            assertThat(db.isReachable()).isTrue();
            // every commit reaches the file at once, so a killed server keeps what it confirmed
            assertThat(new eu.clus3.core.testing.Sql(db.dataSource())
                    .rows("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"))
                    .isNotEmpty().allSatisfy(row -> assertThat(row.get("setting_value")).isEqualTo("0"));
        }
        assertThat(Files.exists(dir.resolve("db").resolve("clus3.mv.db"))).isTrue();
    }

    @Test
    void a_configured_database_url_wins() {
        Clus3Config config = Clus3Config.from(Map.of(Clus3Config.DB_URL, "jdbc:postgresql://db:5432/clus3")::get);

        assertThat(config.effectiveDbUrl()).isEqualTo("jdbc:postgresql://db:5432/clus3");
    }

    @Test
    void demo_mode_is_switched_on_by_true_in_any_case() {
        assertThat(Clus3Config.from(Map.of(Clus3Config.DEMO, "TRUE")::get).demo()).isTrue();
        assertThat(Clus3Config.from(Map.of(Clus3Config.DEMO, "true")::get).demo()).isTrue();
        assertThat(Clus3Config.from(Map.of(Clus3Config.DEMO, "yes")::get).demo()).isFalse();
    }

    @Test
    void to_string_never_contains_a_password() {
        Map<String, String> settings = new HashMap<>();
        settings.put(Clus3Config.DB_URL, "jdbc:postgresql://db/clus3?user=clus3&password=UrlSecret1&ssl=true");
        settings.put(Clus3Config.DB_USER, "clus3");
        settings.put(Clus3Config.DB_PASSWORD, "DbSecret2");
        settings.put(Clus3Config.ADMIN_PASSWORD, "AdminSecret3");
        settings.put(Clus3Config.DEMO, "true");
        settings.put(Clus3Config.DEMO_PASSWORD, "DemoSecret4");

        String text = Clus3Config.from(settings::get).toString();

        assertThat(text).doesNotContain("UrlSecret1", "DbSecret2", "AdminSecret3", "DemoSecret4")
                .contains("jdbc:postgresql://db/clus3", "ssl=true", "dbUser=clus3", "demo=true");
    }

    @Test
    void to_string_hides_a_password_in_an_h2_url_whatever_its_case() {
        for (String url : new String[]{
                "jdbc:h2:file:/srv/clus3/db;USER=sa;PASSWORD=H2Secret5;AUTO_SERVER=FALSE",
                "jdbc:h2:file:/srv/clus3/db;user=sa;password=H2Secret5",
                "jdbc:postgresql://db/clus3?Password=H2Secret5"}) {
            String text = Clus3Config.from(Map.of(Clus3Config.DB_URL, url)::get).toString();

            assertThat(text).as(url).doesNotContain("H2Secret5").contains("jdbc:");
        }
    }

    @Test
    void to_string_says_whether_passwords_are_set() {
        assertThat(Clus3Config.from(key -> null).toString())
                .contains("dbPassword=-", "adminPassword=unset", "dbUser=-");
        assertThat(Clus3Config.from(Map.of(Clus3Config.ADMIN_PASSWORD, "x", Clus3Config.DB_PASSWORD, "y")::get).toString())
                .contains("dbPassword=***", "adminPassword=***");
    }

    @Test
    void the_record_accessors_return_what_was_given() {
        Clus3Config config = new Clus3Config(Path.of("/srv/clus3"), Optional.of("jdbc:h2:mem:x"), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), false);

        assertThat(config.effectiveDbUrl()).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void self_registration_is_closed_unless_opened() {
        assertThat(Clus3Config.from(key -> null).registrationOpen()).isFalse();
        assertThat(Clus3Config.from(Map.of(Clus3Config.REGISTRATION_OPEN, "true")::get).registrationOpen()).isTrue();
    }
}
