package eu.clus3.core.identity;

import java.time.Instant;
import java.util.List;

/** A user as shown to clients and views; never the password hash. */
public record UserView(long id, String username, String displayName, String email, PlatformRole role,
                       boolean active, String locale, Instant createdAt, long version,
                       String organisation, String positionTitle, List<String> languages, List<String> expertise,
                       boolean approvalPending) {

    static UserView of(User u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRole(),
                u.isActive(), u.getLocale(), u.getCreatedAt(), u.getVersion(), u.getOrganisation(),
                u.getPositionTitle(), PersonProfile.splitTags(u.getLanguages()), PersonProfile.splitTags(u.getExpertise()),
                u.isApprovalPending());
    }
}
