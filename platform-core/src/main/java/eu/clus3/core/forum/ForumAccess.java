package eu.clus3.core.forum;

import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.User;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Who may read and who moderates a category: the one place these rules live. Readers: everyone for a
 * public category, signed-in accounts for a platform one, the cluster's people for a cluster one; and always
 * its moderators, administrators ({@link Permission#MANAGE_FORUMS}) and regional staff
 * ({@link Permission#SEE_ALL_CLUSTERS}). Moderators: the category's appointed ones and administrators.
 * Calls run inside the caller's transaction.
 */
@ApplicationScoped
public class ForumAccess {

    private ClusterRepository clusters;

    protected ForumAccess() {
        // for CDI proxies
    }

    @Inject
    public ForumAccess(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    public boolean canRead(Optional<Actor> viewer, ForumCategory category) {
        if (category.getVisibility() == CategoryVisibility.PUBLIC) {
            return true;
        }
        if (viewer.isEmpty()) {
            return false;
        }
        Actor a = viewer.get();
        if (moderates(a, category) || a.can(Permission.SEE_ALL_CLUSTERS)
                || category.getVisibility() == CategoryVisibility.PLATFORM_MEMBERS) {
            return true;
        }
        return category.getClusterId() != null
                && clusters.membership(category.getClusterId(), a.userId()).isPresent();
    }

    /** For recipients of notifications: an inactive account reads nothing. */
    public boolean canRead(User user, ForumCategory category) {
        return user.isActive() && canRead(Optional.of(user.asActor()), category);
    }

    public boolean moderates(Actor actor, ForumCategory category) {
        return actor.can(Permission.MANAGE_FORUMS) || category.getModeratorIds().contains(actor.userId());
    }

    public boolean moderates(Optional<Actor> viewer, ForumCategory category) {
        return viewer.isPresent() && moderates(viewer.get(), category);
    }

    /** The category, if the viewer may read it; otherwise it answers as if it did not exist. */
    public ForumCategory readable(Optional<Actor> viewer, ForumCategory category) {
        if (category == null || !canRead(viewer, category)) {
            throw new NotFoundException("Category", category == null ? "?" : category.getId());
        }
        return category;
    }

    public void requireModerator(Actor actor, ForumCategory category) {
        if (!moderates(actor, category)) {
            throw new ForbiddenException("Only the moderators of " + category.getName() + " may do this");
        }
    }
}
