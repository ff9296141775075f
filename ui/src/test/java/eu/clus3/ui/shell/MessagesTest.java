package eu.clus3.ui.shell;

import eu.clus3.core.cluster.ClusterFilter;
import eu.clus3.core.cluster.ClusterProfileData;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.cluster.ClusterVisibility;
import eu.clus3.core.cluster.ComparativePortfolio;
import eu.clus3.core.cluster.MemberCategory;
import eu.clus3.core.cluster.SmartSpecialisationArea;
import eu.clus3.core.identity.PlatformRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the UI shows exists in every language, and the languages hold the same keys. */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"");

    @Test
    void english_and_italian_hold_the_same_keys() throws IOException {
        assertThat(load("messages_it.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void every_key_used_in_the_views_has_a_text() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix completed at run time: checked below
                        used.add(m.group(1));
                    }
                }
            }
        }
        used.addAll(enumKeys("role.", PlatformRole.values()));
        used.addAll(enumKeys("portfolio.", ComparativePortfolio.values()));
        used.addAll(enumKeys("s3.", SmartSpecialisationArea.values()));
        used.addAll(enumKeys("memberCategory.", MemberCategory.values()));
        used.addAll(enumKeys("clusterRole.", ClusterRole.values()));
        used.addAll(enumKeys("visibility.", ClusterVisibility.values()));
        used.addAll(enumKeys("clusters.sort.", ClusterFilter.Sort.values()));
        eu.clus3.core.search.SearchService.FACETS.forEach(f -> used.add("search.facet." + f));
        used.addAll(List.of("search.sort.relevance", "search.sort.newest"));
        used.addAll(enumKeys("forum.watch.", eu.clus3.core.forum.WatchLevel.values()));
        used.addAll(enumKeys("forum.status.", eu.clus3.core.forum.PostStatus.values()));
        used.addAll(enumKeys("notifications.kind.", eu.clus3.core.notification.NotificationKind.values()));
        used.addAll(enumKeys("notifications.digest.", eu.clus3.core.notification.DigestFrequency.values()));
        used.addAll(List.of("forum.language.en", "forum.language.it", "forum.approve", "forum.reject",
                "forum.unhide", "forum.dismissFlags", "forum.accept", "forum.unaccept", "forum.close", "forum.reopen",
                "forum.lock", "forum.unlock", "forum.pin", "forum.unpin", "forum.locked", "forum.closed",
                "forum.markGoodPractice", "forum.unmarkGoodPractice", "forum.reasonOptional", "forum.reason"));
        Arrays.stream(ClusterProfileData.class.getRecordComponents())
                .forEach(c -> used.add("cluster.field." + c.getName()));
        used.addAll(List.of("audit.cluster.created", "audit.cluster.updated", "audit.cluster.logo",
                "audit.membership.added", "audit.membership.role", "audit.membership.removed",
                "audit.user.created", "audit.user.updated", "audit.user.approved", "audit.user.rejected",
                "audit.user.password", "audit.user.profile", "audit.modulePermission.granted",
                "audit.modulePermission.revoked", "modulePermission.unknown", "modulePermission.grantee",
                "modulePermission.unknownRole", "modulePermission.unknownUser"));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void italian_texts_are_translated_not_copied() throws IOException {
        Properties en = load("messages.properties");
        Properties it = load("messages_it.properties");
        List<String> same = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).length() > 12 && en.getProperty(key).equals(it.getProperty(key))) {
                same.add(key);
            }
        }
        assertThat(same).isEmpty();
    }

    @Test
    void the_provider_formats_parameters_and_marks_missing_keys() {
        Messages messages = new Messages();
        assertThat(messages.getTranslation("dashboard.welcome", Locale.ITALIAN, "Giulia")).isEqualTo("Benvenuto/a, Giulia");
        assertThat(messages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(Messages.has("nav.dashboard", Locale.ITALIAN)).isTrue();
    }

    private static List<String> enumKeys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + v.name()).toList();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }
}
