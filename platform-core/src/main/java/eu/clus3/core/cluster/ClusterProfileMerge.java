package eu.clus3.core.cluster;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way merge of a profile edit that lost a race: where only the other editor changed a field,
 * theirs is taken; where only this editor did, mine is kept; where both changed it
 * differently, mine is kept and the field is reported as a conflict for the editor to review.
 */
public final class ClusterProfileMerge {

    public record Result(ClusterProfileData merged, Set<String> conflicts) { }

    private ClusterProfileMerge() {
    }

    public static Result merge(ClusterProfileData base, ClusterProfileData mine, ClusterProfileData theirs) {
        RecordComponent[] components = ClusterProfileData.class.getRecordComponents();
        Object[] merged = new Object[components.length];
        Set<String> conflicts = new LinkedHashSet<>();
        for (int i = 0; i < components.length; i++) {
            Object b = value(components[i], base);
            Object m = value(components[i], mine);
            Object t = value(components[i], theirs);
            boolean iChanged = !Objects.equals(b, m);
            boolean theyChanged = !Objects.equals(b, t);
            if (theyChanged && !iChanged) {
                merged[i] = t;
            } else {
                merged[i] = m;
                if (theyChanged && !Objects.equals(m, t)) {
                    conflicts.add(components[i].getName());
                }
            }
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return new Result(ClusterProfileData.class.getDeclaredConstructor(types).newInstance(merged), conflicts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(RecordComponent c, ClusterProfileData data) {
        try {
            return c.getAccessor().invoke(data);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
