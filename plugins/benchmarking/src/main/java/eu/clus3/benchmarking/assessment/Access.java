package eu.clus3.benchmarking.assessment;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleUser;

/**
 * Who may do what, from the platform's roles as modules see them: assessors are regional staff (the
 * platform permission {@code SEE_ALL_CLUSTERS}, which administrators hold too); a cluster's managers run
 * its benchmarkings; its other members read its completed reports; nobody else sees them.
 */
public final class Access {

    static final String STAFF_PERMISSION = "SEE_ALL_CLUSTERS";
    static final String ADMIN_PERMISSION = "MANAGE_MODULES";

    private Access() {
    }

    public static ModuleUser user(ModuleContext context) {
        return context.currentUser().orElseThrow(BenchmarkingException::signIn);
    }

    public static boolean assessor(ModuleUser user) {
        return user.can(STAFF_PERMISSION);
    }

    public static boolean administrator(ModuleUser user) {
        return user.can(ADMIN_PERMISSION);
    }

    public static boolean manager(ModuleUser user, long clusterId) {
        return "MANAGER".equals(user.clusterRoles().get(clusterId));
    }

    /** May run (start, fill, submit) the cluster's benchmarkings. */
    public static boolean runs(ModuleUser user, long clusterId) {
        return manager(user, clusterId) || assessor(user);
    }

    /** May read the benchmarking: assessors and the cluster's managers always, its members once completed. */
    public static boolean reads(ModuleUser user, Benchmarking b) {
        return runs(user, b.clusterId())
                || (user.belongsTo(b.clusterId()) && b.state() == BenchmarkingState.COMPLETED);
    }

    static void requireAssessor(ModuleUser user) {
        if (!assessor(user)) {
            throw BenchmarkingException.forbidden("benchmarking.assessorsOnly",
                    "Only assessors (regional staff) may do this");
        }
    }
}
