package eu.clus3.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static eu.clus3.core.cluster.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

/** Merging an edit that lost the race with the edit that won it. */
class ClusterProfileMergeTest {

    private final ClusterProfileData base = profile("DITENAVE").build();

    @Test
    void a_field_only_they_changed_takes_theirs() {
        ClusterProfileData mine = ProfileBuilder.from(base).build();
        ClusterProfileData theirs = ProfileBuilder.from(base).website("https://ditenave.example.org/en/new", true).build();

        ClusterProfileMerge.Result result = ClusterProfileMerge.merge(base, mine, theirs);

        assertThat(result.merged()).isEqualTo(theirs);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void a_field_only_i_changed_keeps_mine() {
        ClusterProfileData mine = ProfileBuilder.from(base).founded(2009).build();
        ClusterProfileData theirs = ProfileBuilder.from(base).build();

        ClusterProfileMerge.Result result = ClusterProfileMerge.merge(base, mine, theirs);

        assertThat(result.merged()).isEqualTo(mine);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void different_fields_changed_by_each_are_both_kept() {
        ClusterProfileData mine = ProfileBuilder.from(base).founded(2009).build();
        ClusterProfileData theirs = ProfileBuilder.from(base).email("new@ditenave.example.org")
                .members(Map.of(MemberCategory.SME, 50, MemberCategory.UNIVERSITY, 3)).build();

        ClusterProfileMerge.Result result = ClusterProfileMerge.merge(base, mine, theirs);

        assertThat(result.merged().foundingYear()).isEqualTo(2009);
        assertThat(result.merged().contactEmail()).isEqualTo("new@ditenave.example.org");
        assertThat(result.merged().committedMembers())
                .containsExactlyInAnyOrderEntriesOf(Map.of(MemberCategory.SME, 50, MemberCategory.UNIVERSITY, 3));
        assertThat(result.merged().name()).isEqualTo("DITENAVE");
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void the_same_change_by_both_is_no_conflict() {
        ClusterProfileData mine = ProfileBuilder.from(base).description("New text").fte("3").build();
        ClusterProfileData theirs = ProfileBuilder.from(base).description("New text").fte("3").build();

        ClusterProfileMerge.Result result = ClusterProfileMerge.merge(base, mine, theirs);

        assertThat(result.merged()).isEqualTo(mine);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void different_changes_of_one_field_keep_mine_and_list_the_conflict() {
        ClusterProfileData mine = ProfileBuilder.from(base).description("Mine").phone("+39 040 111").build();
        ClusterProfileData theirs = ProfileBuilder.from(base).description("Theirs").phone("+39 040 222")
                .founded(2010).build();

        ClusterProfileMerge.Result result = ClusterProfileMerge.merge(base, mine, theirs);

        assertThat(result.merged().description()).isEqualTo("Mine");
        assertThat(result.merged().contactPhone()).isEqualTo("+39 040 111");
        assertThat(result.merged().foundingYear()).isEqualTo(2010);
        assertThat(result.conflicts()).containsExactly("description", "contactPhone");
    }

    @Test
    void half_an_fte_written_as_0_50_or_0_5_is_the_same_value() {
        ClusterProfileData base = profile("x").fte("0.50").build();
        ClusterProfileData mine = profile("x").fte("0.5").build();
        ClusterProfileData theirs = profile("x").fte("0.500").description("Theirs").build();

        ClusterProfileMerge.Result result = ClusterProfileMerge.merge(base, mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().managementFte()).isEqualByComparingTo("0.5");
        assertThat(result.merged().description()).isEqualTo("Theirs");
        assertThat(mine).isEqualTo(base);
    }

    @Test
    void a_conflict_on_fte_compares_values_not_spelling() {
        ClusterProfileData base = profile("x").fte("1").build();
        ClusterProfileData mine = profile("x").fte("1.50").build();
        ClusterProfileData theirs = profile("x").fte("2.0").build();

        ClusterProfileMerge.Result result = ClusterProfileMerge.merge(base, mine, theirs);

        assertThat(result.conflicts()).containsExactly("managementFte");
        assertThat(result.merged().managementFte()).isEqualByComparingTo("1.5");
    }
}
