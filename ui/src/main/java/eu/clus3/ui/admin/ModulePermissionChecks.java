package eu.clus3.ui.admin;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.clus3.core.modules.DeclaredModulePermission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ticks for the permissions running modules declare, one group per module, names in the UI language and the
 * description as helper text; a permission held another way (through the person's role) is shown ticked and locked.
 * Says so when no module declares any.
 */
class ModulePermissionChecks extends VerticalLayout {

    private final List<CheckboxGroup<DeclaredModulePermission>> groups = new ArrayList<>();
    private Set<String> inherited = Set.of();
    private Set<String> own = Set.of();

    ModulePermissionChecks(List<DeclaredModulePermission> declared, String idPrefix) {
        setPadding(false);
        setSpacing(false);
        if (declared.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("modulePermissions.none"));
            none.setId(idPrefix + "-none");
            add(none);
            return;
        }
        Map<String, List<DeclaredModulePermission>> byModule = new LinkedHashMap<>();
        declared.forEach(p -> byModule.computeIfAbsent(p.moduleId(), m -> new ArrayList<>()).add(p));
        byModule.forEach((module, permissions) -> {
            CheckboxGroup<DeclaredModulePermission> group = new CheckboxGroup<>(getTranslation("modulePermissions.module", module));
            group.setId(idPrefix + "-" + module);
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItems(permissions);
            group.setItemLabelGenerator(DeclaredModulePermission::name);
            group.setItemHelperGenerator(p -> inherited.contains(p.id())
                    ? join(p.description(), getTranslation("modulePermissions.throughRole"))
                    : p.description());
            group.setItemEnabledProvider(p -> !inherited.contains(p.id()));
            group.setWidthFull();
            groups.add(group);
            add(group);
        });
    }

    /**
     * Shows what is held: {@code own} ticked and free to change, {@code throughRole} ticked and locked.
     */
    void show(Set<String> own, Set<String> throughRole) {
        this.own = Set.copyOf(own);
        this.inherited = Set.copyOf(throughRole);
        for (CheckboxGroup<DeclaredModulePermission> group : groups) {
            group.getDataProvider().refreshAll(); // helper texts and locks follow the new inheritance
            Set<DeclaredModulePermission> ticked = new HashSet<>();
            group.getListDataView().getItems()
                    .filter(p -> this.own.contains(p.id()) || inherited.contains(p.id())).forEach(ticked::add);
            group.setValue(ticked);
        }
    }

    /**
     * What the grantee should hold of their own: the ticked permissions, and those they hold both of their own and
     * through their role (locked here, so never taken by these ticks).
     */
    Set<String> held() {
        Set<String> ids = new HashSet<>();
        groups.forEach(g -> g.getValue().stream().map(DeclaredModulePermission::id)
                .filter(id -> !inherited.contains(id) || own.contains(id)).forEach(ids::add));
        return ids;
    }

    /** Whether a permission is among those shown (declared by a running module). */
    boolean shows(String id) {
        return groups.stream().anyMatch(g -> g.getListDataView().getItems().anyMatch(p -> p.id().equals(id)));
    }

    private static String join(String description, String note) {
        return description == null || description.isEmpty() ? note : description + " " + note;
    }
}
