package eu.clus3.ui.cluster;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterProfileData;
import eu.clus3.core.cluster.ClusterProfileMerge;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.ClusterVisibility;
import eu.clus3.core.cluster.ComparativePortfolio;
import eu.clus3.core.cluster.LogoImage;
import eu.clus3.core.cluster.MemberCategory;
import eu.clus3.core.cluster.NutsRegions;
import eu.clus3.core.cluster.SmartSpecialisationArea;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Creates a cluster profile or edits one. An edit that lost a race with another editor is merged:
 * their changes come in where only they changed a field, the user's stay where only they did, and
 * fields both changed are pointed out before saving again.
 */
@Route(value = "clusters/:slug/edit", layout = MainLayout.class)
@RouteAlias(value = "clusters/new", layout = MainLayout.class)
public class ClusterEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClusterService clusters;
    private final UiErrors errors;
    private final Actor actor;

    private final TextField name = new TextField();
    private final TextField legalForm = new TextField();
    private final ComboBox<String> nutsCode = new ComboBox<>();
    private final TextField regionName = new TextField();
    private final Select<ComparativePortfolio> portfolio = new Select<>();
    private final MultiSelectComboBox<SmartSpecialisationArea> s3Areas = new MultiSelectComboBox<>();
    private final IntegerField foundingYear = new IntegerField();
    private final TextField website = new TextField();
    private final Checkbox websiteInEnglish = new Checkbox();
    private final TextArea description = new TextArea();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    private final BigDecimalField managementFte = new BigDecimalField();
    private final Map<MemberCategory, IntegerField> members = new EnumMap<>(MemberCategory.class);
    private final Select<ClusterVisibility> visibility = new Select<>();
    private final Map<String, HasValidation> fields = new HashMap<>();

    private ClusterDetails editing;
    private ClusterProfileData base;
    private long version;

    @Inject
    public ClusterEditView(SignedInUser signedIn, ClusterService clusters, UiErrors errors) {
        this.clusters = clusters;
        this.errors = errors;
        this.actor = signedIn.require();
        setMaxWidth("56rem");
        setId("cluster-edit");
    }

    public static RouteParameters params(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> slug = event.getRouteParameters().get("slug");
        if (slug.isPresent()) {
            try {
                editing = clusters.getBySlug(Optional.of(actor), slug.get());
            } catch (eu.clus3.core.shared.NotFoundException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            if (!editing.permissions().edit()) {
                event.rerouteToError(eu.clus3.ui.shell.AccessDeniedException.class);
                return;
            }
        }
        build();
        if (editing != null) {
            load(editing.profile(), editing.version());
        } else {
            visibility.setValue(ClusterVisibility.PUBLIC);
        }
    }

    private void build() {
        removeAll();
        add(new H2(editing == null ? getTranslation("clusters.new") : getTranslation("cluster.edit", editing.profile().name())));
        label(name, "name", "cluster.field.name");
        label(legalForm, "legalForm", "cluster.field.legalForm");
        nutsCode.setLabel(getTranslation("cluster.field.nutsCode"));
        nutsCode.setItems(NutsRegions.named().keySet());
        nutsCode.setItemLabelGenerator(c -> NutsRegions.name(c).map(n -> c + " · " + n).orElse(c));
        nutsCode.setAllowCustomValue(true);
        nutsCode.addCustomValueSetListener(e -> nutsCode.setValue(e.getDetail().trim().toUpperCase()));
        nutsCode.addValueChangeListener(e -> NutsRegions.name(e.getValue() == null ? "" : e.getValue())
                .ifPresent(regionName::setValue));
        nutsCode.setHelperText(getTranslation("cluster.field.nutsCode.help"));
        fields.put("nutsCode", nutsCode);
        label(regionName, "regionName", "cluster.field.regionName");
        portfolio.setLabel(getTranslation("cluster.field.portfolio"));
        portfolio.setItems(ComparativePortfolio.values());
        portfolio.setItemLabelGenerator(p -> p == null ? "" : getTranslation("portfolio." + p.name()));
        fields.put("portfolio", portfolio);
        s3Areas.setLabel(getTranslation("cluster.field.s3Areas"));
        s3Areas.setItems(SmartSpecialisationArea.values());
        s3Areas.setItemLabelGenerator(a -> getTranslation("s3." + a.name()));
        foundingYear.setLabel(getTranslation("cluster.field.foundingYear"));
        fields.put("foundingYear", foundingYear);
        label(website, "website", "cluster.field.website");
        website.setPlaceholder("https://");
        websiteInEnglish.setLabel(getTranslation("cluster.field.websiteInEnglish"));
        description.setLabel(getTranslation("cluster.field.description"));
        description.setHelperText(getTranslation("cluster.field.description.help"));
        description.setMaxLength(20_000);
        description.setMinHeight("10em");
        fields.put("description", description);
        contactEmail.setLabel(getTranslation("cluster.field.contactEmail"));
        fields.put("contactEmail", contactEmail);
        label(contactPhone, "contactPhone", "cluster.field.contactPhone");
        managementFte.setLabel(getTranslation("cluster.field.managementFte"));
        managementFte.setHelperText(getTranslation("cluster.field.managementFte.help"));
        fields.put("managementFte", managementFte);
        visibility.setLabel(getTranslation("cluster.field.visibility"));
        visibility.setItems(ClusterVisibility.values());
        visibility.setItemLabelGenerator(v -> v == null ? "" : getTranslation("visibility." + v.name()));

        FormLayout form = new FormLayout(name, legalForm, nutsCode, regionName, portfolio, s3Areas, foundingYear,
                visibility, website, websiteInEnglish, contactEmail, contactPhone, managementFte);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34em", 2));
        form.setColspan(description, 2);
        form.add(description, 2);

        FormLayout counts = new FormLayout();
        counts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("34em", 3));
        for (MemberCategory c : MemberCategory.values()) {
            IntegerField f = new IntegerField(getTranslation("memberCategory." + c.name()));
            f.setMin(0);
            f.setStepButtonsVisible(true);
            members.put(c, f);
            fields.put("committedMembers." + c, f);
            counts.add(f);
        }
        add(form, new H3(getTranslation("cluster.committedMembers")), counts);
        if (editing != null) {
            add(logoUpload());
        }

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-cluster");
        Button cancel = new Button(getTranslation("action.cancel"), e -> back());
        add(new HorizontalLayout(save, cancel));
    }

    private VerticalLayout logoUpload() {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(LogoImage.MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> errors.show(eu.clus3.core.shared.InvalidInputException.of("logo",
                "validation.imageTooLarge", e.getErrorMessage())));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                clusters.setLogo(actor, editing.id(), in.readNBytes(LogoImage.MAX_UPLOAD_BYTES + 1));
                Notification.show(getTranslation("cluster.logo.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Clus3Exception ex) {
                errors.show(ex);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("cluster.logo")), upload);
        box.setPadding(false);
        return box;
    }

    private void label(TextField field, String key, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        fields.put(key, field);
    }

    private void load(ClusterProfileData p, long fromVersion) {
        base = p;
        version = fromVersion;
        name.setValue(nn(p.name()));
        legalForm.setValue(nn(p.legalForm()));
        nutsCode.setValue(p.nutsCode());
        regionName.setValue(nn(p.regionName()));
        portfolio.setValue(p.portfolio());
        s3Areas.setValue(p.s3Areas());
        foundingYear.setValue(p.foundingYear());
        website.setValue(nn(p.website()));
        websiteInEnglish.setValue(Boolean.TRUE.equals(p.websiteInEnglish()));
        description.setValue(nn(p.description()));
        contactEmail.setValue(nn(p.contactEmail()));
        contactPhone.setValue(nn(p.contactPhone()));
        managementFte.setValue(p.managementFte());
        members.forEach((c, f) -> f.setValue(p.committedMembers().get(c)));
        visibility.setValue(p.visibility());
    }

    private ClusterProfileData read() {
        Map<MemberCategory, Integer> counts = new EnumMap<>(MemberCategory.class);
        members.forEach((c, f) -> {
            if (f.getValue() != null && f.getValue() != 0) {
                counts.put(c, f.getValue());
            }
        });
        return new ClusterProfileData(name.getValue(), blank(legalForm.getValue()), nutsCode.getValue(),
                blank(regionName.getValue()), portfolio.getValue(), s3Areas.getValue(), foundingYear.getValue(),
                blank(website.getValue()), websiteInEnglish.getValue(), blank(description.getValue()),
                blank(contactEmail.getValue()), blank(contactPhone.getValue()), managementFte.getValue(), counts,
                visibility.getValue());
    }

    private void save() {
        UiErrors.clear(fields);
        ClusterProfileData mine = read();
        try {
            ClusterDetails saved = editing == null
                    ? clusters.create(actor, mine)
                    : clusters.update(actor, editing.id(), version, mine);
            Notification.show(getTranslation("cluster.saved", saved.profile().name()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ClusterView.class, ClusterView.params(saved.slug())));
        } catch (ConflictException e) {
            if (e.currentVersion() == null || editing == null) {
                errors.show(e);
                return;
            }
            mergeAfterConflict(mine);
        } catch (Clus3Exception e) {
            errors.show(e, fields);
        }
    }

    /** Someone saved first: bring their changes in, keep ours, point at the fields both changed. */
    private void mergeAfterConflict(ClusterProfileData mine) {
        ClusterDetails current = clusters.get(Optional.of(actor), editing.id());
        ClusterProfileMerge.Result merge = ClusterProfileMerge.merge(base, mine, current.profile());
        load(merge.merged(), current.version());
        base = current.profile();
        if (merge.conflicts().isEmpty()) {
            warn(getTranslation("cluster.merged"));
            return;
        }
        merge.conflicts().forEach(field -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(getTranslation("cluster.conflictField"));
                f.setInvalid(true);
            }
        });
        warn(getTranslation("cluster.mergedWithConflicts", merge.conflicts().stream()
                .map(f -> getTranslation("cluster.field." + f)).collect(Collectors.joining(", "))));
    }

    private static void warn(String text) {
        Notification n = Notification.show(text, 10_000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private void back() {
        getUI().ifPresent(ui -> {
            if (editing == null) {
                ui.navigate(ClustersView.class);
            } else {
                ui.navigate(ClusterView.class, ClusterView.params(editing.slug()));
            }
        });
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String getPageTitle() {
        return editing == null ? getTranslation("clusters.new") : getTranslation("cluster.edit", editing.profile().name());
    }
}
