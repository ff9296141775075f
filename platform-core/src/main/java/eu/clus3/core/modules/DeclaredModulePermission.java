package eu.clus3.core.modules;

/**
 * A permission a running module declares, named for administrators in their language by the module's own messages
 * (its id when the module gives no name).
 *
 * @param id          e.g. {@code labeling.assess}
 * @param moduleId    the module that declares it
 * @param name        e.g. "Assess label applications"
 * @param description one line on what it lets a person do; empty when the module gives none
 */
public record DeclaredModulePermission(String id, String moduleId, String name, String description) {
}
