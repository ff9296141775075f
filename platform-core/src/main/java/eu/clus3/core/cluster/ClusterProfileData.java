package eu.clus3.core.cluster;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The editable facts of a cluster profile, as entered in the form or sent to the API. The same record
 * is the base, "mine" and "theirs" of a merge after an edit conflict.
 */
public record ClusterProfileData(String name,
                                 String legalForm,
                                 String nutsCode,
                                 String regionName,
                                 ComparativePortfolio portfolio,
                                 Set<SmartSpecialisationArea> s3Areas,
                                 Integer foundingYear,
                                 String website,
                                 Boolean websiteInEnglish,
                                 String description,
                                 String contactEmail,
                                 String contactPhone,
                                 BigDecimal managementFte,
                                 Map<MemberCategory, Integer> committedMembers,
                                 ClusterVisibility visibility) {

    public ClusterProfileData {
        s3Areas = s3Areas == null ? Set.of() : Set.copyOf(s3Areas);
        committedMembers = committedMembers == null ? Map.of() : Map.copyOf(committedMembers);
        // 0.50 and 0.5 FTE are the same fact: compare and merge them as equal.
        managementFte = managementFte == null ? null : managementFte.stripTrailingZeros();
    }
}
