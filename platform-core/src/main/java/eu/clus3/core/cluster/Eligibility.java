package eu.clus3.core.cluster;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The typical eligibility facts for a cluster label (DOMAIN.md): at least 0.5 FTE of dedicated
 * management staff, a website in English, at least 15 committed members, at least two kinds of
 * members of the triple helix (business, research, public).
 */
public record Eligibility(boolean managementStaff, boolean englishWebsite, boolean enoughCommittedMembers,
                          boolean tripleHelix, int committedMembers, Set<MemberCategory.Helix> helixKinds) {

    public static final BigDecimal MIN_FTE = new BigDecimal("0.5");
    public static final int MIN_COMMITTED_MEMBERS = 15;
    public static final int MIN_HELIX_KINDS = 2;

    public static Eligibility of(ClusterProfileData p) {
        int total = p.committedMembers().values().stream().mapToInt(Integer::intValue).sum();
        Set<MemberCategory.Helix> kinds = EnumSet.noneOf(MemberCategory.Helix.class);
        for (Map.Entry<MemberCategory, Integer> e : p.committedMembers().entrySet()) {
            if (e.getValue() != null && e.getValue() > 0 && e.getKey().helix() != null) {
                kinds.add(e.getKey().helix());
            }
        }
        boolean website = p.website() != null && !p.website().isBlank() && Boolean.TRUE.equals(p.websiteInEnglish());
        return new Eligibility(p.managementFte() != null && p.managementFte().compareTo(MIN_FTE) >= 0,
                website, total >= MIN_COMMITTED_MEMBERS, kinds.size() >= MIN_HELIX_KINDS, total, Set.copyOf(kinds));
    }

    public boolean allMet() {
        return managementStaff && englishWebsite && enoughCommittedMembers && tripleHelix;
    }
}
