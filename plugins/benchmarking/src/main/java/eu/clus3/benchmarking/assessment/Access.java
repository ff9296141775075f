package eu.clus3.benchmarking.assessment;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.PlatformPermission;

/**
 * Who may do what, from the platform's roles as modules see them: assessors are regional staff (the
 * platform permission {@link PlatformPermission#SEE_ALL_CLUSTERS}, which administrators hold too); editions are for
 * those who manage modules ({@link PlatformPermission#MANAGE_MODULES}, administrators); a cluster's managers run its
 * benchmarkings; its other members read its completed reports; nobody else sees them.
 */
public final class Access {

    /** Regional staff: the assessors. */
    public static final PlatformPermission ASSESSORS = PlatformPermission.SEE_ALL_CLUSTERS;

    private Access() {
    }

    public static ModuleUser user(ModuleContext context) {
        return context.currentUser().orElseThrow(ModuleProblem::signIn);
    }

    public static boolean assessor(ModuleUser user) {
        return user.can(ASSESSORS);
    }

    public static boolean administrator(ModuleUser user) {
        return user.can(PlatformPermission.MANAGE_MODULES);
    }

    public static boolean manager(ModuleUser user, long clusterId) {
        return user.manages(clusterId);
    }

    /** May run (start, fill, submit) the cluster's benchmarkings. */
    public static boolean runs(ModuleUser user, long clusterId) {
        return manager(user, clusterId) || assessor(user);
    }

    /** May see the cluster's benchmarkings at all (each one then as {@link #reads} says): its people and the assessors. */
    public static boolean seesCluster(ModuleUser user, long clusterId) {
        return runs(user, clusterId) || user.belongsTo(clusterId);
    }

    /** May read the benchmarking: assessors and the cluster's managers always, its members once completed. */
    public static boolean reads(ModuleUser user, Benchmarking b) {
        return runs(user, b.clusterId())
                || (user.belongsTo(b.clusterId()) && b.state() == BenchmarkingState.COMPLETED);
    }

    static void requireAssessor(ModuleUser user) {
        if (!assessor(user)) {
            throw ModuleProblem.forbidden("benchmarking.assessorsOnly",
                    "Only assessors (regional staff) may do this");
        }
    }
}
