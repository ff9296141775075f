package eu.clus3.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static eu.clus3.core.cluster.MemberCategory.CONSULTANT;
import static eu.clus3.core.cluster.MemberCategory.Helix.BUSINESS;
import static eu.clus3.core.cluster.MemberCategory.Helix.PUBLIC;
import static eu.clus3.core.cluster.MemberCategory.Helix.RESEARCH;
import static eu.clus3.core.cluster.MemberCategory.LARGE_COMPANY;
import static eu.clus3.core.cluster.MemberCategory.OTHER;
import static eu.clus3.core.cluster.MemberCategory.PUBLIC_AGENCY;
import static eu.clus3.core.cluster.MemberCategory.SME;
import static eu.clus3.core.cluster.MemberCategory.UNIVERSITY;
import static eu.clus3.core.cluster.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

/** The four eligibility facts of DOMAIN.md, each at its boundary. */
class EligibilityTest {

    @Test
    void the_default_test_profile_meets_all_four_criteria() {
        Eligibility e = Eligibility.of(profile("Complete").build());

        assertThat(e.allMet()).isTrue();
        assertThat(e.committedMembers()).isEqualTo(23);
        assertThat(e.helixKinds()).containsExactlyInAnyOrder(BUSINESS, RESEARCH, PUBLIC);
    }

    @Test
    void management_staff_needs_at_least_half_an_fte() {
        assertThat(Eligibility.of(profile("x").fte("0.49").build()).managementStaff()).isFalse();
        assertThat(Eligibility.of(profile("x").fte("0.5").build()).managementStaff()).isTrue();
        assertThat(Eligibility.of(profile("x").fte("0.50").build()).managementStaff()).isTrue();
        assertThat(Eligibility.of(profile("x").fte("0").build()).managementStaff()).isFalse();
        assertThat(Eligibility.of(profile("x").fte(null).build()).managementStaff()).isFalse();
        assertThat(Eligibility.of(profile("x").fte("0.49").build()).allMet()).isFalse();
    }

    @Test
    void an_english_website_needs_both_a_website_and_the_flag() {
        assertThat(Eligibility.of(profile("x").website("https://x.example.org/en", true).build()).englishWebsite()).isTrue();
        assertThat(Eligibility.of(profile("x").website("https://x.example.org", false).build()).englishWebsite()).isFalse();
        assertThat(Eligibility.of(profile("x").website("https://x.example.org", null).build()).englishWebsite()).isFalse();
        assertThat(Eligibility.of(profile("x").website(null, true).build()).englishWebsite()).isFalse();
        assertThat(Eligibility.of(profile("x").website("  ", true).build()).englishWebsite()).isFalse();
    }

    @Test
    void at_least_15_committed_members_are_needed() {
        Eligibility fourteen = Eligibility.of(profile("x").members(Map.of(SME, 13, UNIVERSITY, 1)).build());
        Eligibility fifteen = Eligibility.of(profile("x").members(Map.of(SME, 14, UNIVERSITY, 1)).build());

        assertThat(fourteen.committedMembers()).isEqualTo(14);
        assertThat(fourteen.enoughCommittedMembers()).isFalse();
        assertThat(fifteen.committedMembers()).isEqualTo(15);
        assertThat(fifteen.enoughCommittedMembers()).isTrue();
    }

    @Test
    void the_triple_helix_needs_two_kinds_not_two_categories() {
        Eligibility businessOnly = Eligibility.of(profile("x").members(Map.of(SME, 30, LARGE_COMPANY, 3, CONSULTANT, 2)).build());
        Eligibility twoKinds = Eligibility.of(profile("x").members(Map.of(SME, 30, PUBLIC_AGENCY, 1)).build());

        assertThat(businessOnly.helixKinds()).containsExactly(BUSINESS);
        assertThat(businessOnly.tripleHelix()).isFalse();
        assertThat(twoKinds.helixKinds()).containsExactlyInAnyOrder(BUSINESS, PUBLIC);
        assertThat(twoKinds.tripleHelix()).isTrue();
    }

    @Test
    void a_category_with_zero_members_is_no_helix_kind() {
        Eligibility e = Eligibility.of(profile("x").members(Map.of(SME, 30, UNIVERSITY, 0)).build());

        assertThat(e.helixKinds()).containsExactly(BUSINESS);
        assertThat(e.tripleHelix()).isFalse();
    }

    @Test
    void other_members_count_towards_the_total_but_are_no_helix_kind() {
        Eligibility e = Eligibility.of(profile("x").members(Map.of(OTHER, 14, SME, 1)).build());
        Eligibility onlyOther = Eligibility.of(profile("x").members(OTHER, 15).build());

        assertThat(e.committedMembers()).isEqualTo(15);
        assertThat(e.enoughCommittedMembers()).isTrue();
        assertThat(e.helixKinds()).containsExactly(BUSINESS);
        assertThat(e.tripleHelix()).isFalse();
        assertThat(onlyOther.enoughCommittedMembers()).isTrue();
        assertThat(onlyOther.helixKinds()).isEmpty();
    }

    @Test
    void no_members_at_all_meets_neither_member_criterion() {
        Eligibility e = Eligibility.of(profile("x").members(Map.of()).build());

        assertThat(e.committedMembers()).isZero();
        assertThat(e.enoughCommittedMembers()).isFalse();
        assertThat(e.tripleHelix()).isFalse();
        assertThat(e.allMet()).isFalse();
    }
}
