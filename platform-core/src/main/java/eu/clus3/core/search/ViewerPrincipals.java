package eu.clus3.core.search;

import eu.clus3.core.cluster.ClusterMembership;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The principals a viewer holds (see {@link SearchPrincipals}): computed from the account, its platform
 * permissions and its cluster memberships, read fresh for each search so a changed role counts at once.
 */
@ApplicationScoped
public class ViewerPrincipals {

    private Database db;
    private ClusterRepository clusters;

    protected ViewerPrincipals() {
        // for CDI proxies
    }

    @Inject
    public ViewerPrincipals(Database db, ClusterRepository clusters) {
        this.db = db;
        this.clusters = clusters;
    }

    public Set<String> of(Optional<Actor> viewer) {
        Set<String> principals = new LinkedHashSet<>();
        principals.add(SearchPrincipals.PUBLIC);
        if (viewer.isEmpty()) {
            return principals;
        }
        Actor actor = viewer.get();
        principals.add(SearchPrincipals.SIGNED_IN);
        principals.add(SearchPrincipals.user(actor.userId()));
        for (Permission permission : Permission.values()) {
            if (actor.can(permission)) {
                principals.add(SearchPrincipals.permission(permission));
            }
        }
        for (ClusterMembership m : db.inTransaction(() -> clusters.membershipsOf(actor.userId()))) {
            principals.add(SearchPrincipals.clusterMembers(m.getCluster().getId()));
            if (m.getRole() == ClusterRole.MANAGER) {
                principals.add(SearchPrincipals.clusterManagers(m.getCluster().getId()));
            }
        }
        return principals;
    }
}
