package eu.clus3.core.cluster;

import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.audit.AuditView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.MutableClock;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static eu.clus3.core.cluster.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Cluster profiles, the directory, the people of a cluster and the audit trail, one test per rule,
 * against a real database. Run on each supported database by {@link ClusterServiceOnH2Test} and
 * {@link ClusterServiceOnPostgresTest}.
 *
 * <p>The cast of every test: the administrator {@code admin}, regional staff {@code rita}, a partner
 * {@code paul}, platform members {@code elena} (to manage DITENAVE), {@code francesca} (its staff),
 * {@code andrea} (its member), {@code paolo} (to manage AgriFood FVG) and {@code mia} (in no cluster).
 */
abstract class ClusterServiceTests extends PersistenceTest {

    static final PageRequest ALL = new PageRequest(0, 50);
    static final Optional<Actor> VISITOR = Optional.empty();

    ClusterService service;
    Actor admin;
    Actor rita;
    Actor paul;
    Actor elena;
    Actor francesca;
    Actor andrea;
    Actor paolo;
    Actor mia;

    ClusterServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createServiceAndPeople() {
        service = new ClusterService(db, new ClusterRepository(db), new UserRepository(db), new AuditTrail(db, clock), clock,
                new SearchOutbox(db, clock));
        admin = user("admin", "Platform Administrator", PlatformRole.ADMINISTRATOR);
        rita = user("rita", "Rita Regional", PlatformRole.REGIONAL_STAFF);
        paul = user("paul", "Paul Partner", PlatformRole.PARTNER);
        elena = user("elena.furlan", "Elena Furlan", PlatformRole.MEMBER);
        francesca = user("francesca.zorzut", "Francesca Zorzut", PlatformRole.MEMBER);
        andrea = user("andrea.pittana", "Andrea Pittana", PlatformRole.MEMBER);
        paolo = user("paolo.devetak", "Paolo Devetak", PlatformRole.MEMBER);
        mia = user("mia", "Mia Member", PlatformRole.MEMBER);
    }

    // --- who sees what ---

    @Test
    void a_visitor_sees_only_public_profiles_in_the_directory_and_its_count() {
        service.create(admin, profile("DITENAVE").build());
        service.create(admin, profile("Digital & Creative FVG").visibility(ClusterVisibility.PLATFORM).build());

        Page<ClusterSummary> forVisitor = service.directory(VISITOR, ClusterFilter.all(), ALL);
        Page<ClusterSummary> forMember = service.directory(Optional.of(mia), ClusterFilter.all(), ALL);

        assertThat(forVisitor.items()).extracting(ClusterSummary::name).containsExactly("DITENAVE");
        assertThat(forVisitor.total()).isEqualTo(1);
        assertThat(forMember.items()).extracting(ClusterSummary::name)
                .containsExactly("Digital & Creative FVG", "DITENAVE");
        assertThat(forMember.total()).isEqualTo(2);
    }

    @Test
    void a_platform_profile_is_not_found_for_visitors_but_shown_to_signed_in_users() {
        ClusterDetails hidden = service.create(admin, profile("Digital & Creative FVG")
                .visibility(ClusterVisibility.PLATFORM).build());

        assertThatThrownBy(() -> service.get(VISITOR, hidden.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.getBySlug(VISITOR, hidden.slug())).isInstanceOf(NotFoundException.class);
        assertThat(service.get(Optional.of(mia), hidden.id()).profile().name()).isEqualTo("Digital & Creative FVG");
        assertThat(service.getBySlug(Optional.of(paul), hidden.slug()).id()).isEqualTo(hidden.id());
    }

    @Test
    void a_visitor_reads_a_public_profile_but_may_do_nothing_with_it() {
        ClusterDetails created = service.create(admin, profile("DITENAVE").build());

        ClusterDetails seen = service.get(VISITOR, created.id());

        assertThat(seen.profile()).isEqualTo(created.profile());
        assertThat(seen.permissions()).isEqualTo(new ClusterPermissions(false, false, false, false));
        assertThat(service.getBySlug(VISITOR, "ditenave").id()).isEqualTo(created.id());
    }

    @Test
    void someones_clusters_are_shown_to_them_and_to_those_who_see_the_directory_only() {
        ClusterDetails c = service.create(admin, profile("DITENAVE").build());
        service.addPerson(admin, c.id(), "elena.furlan", ClusterRole.MANAGER);

        assertThat(service.clustersOf(elena, elena.userId())).extracting(MembershipView::clusterSlug)
                .containsExactly("ditenave");
        assertThat(service.clustersOf(paul, elena.userId())).extracting(MembershipView::role)
                .containsExactly(ClusterRole.MANAGER);
        assertThatThrownBy(() -> service.clustersOf(mia, elena.userId())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_unknown_cluster_is_not_found() {
        assertThatThrownBy(() -> service.get(Optional.of(admin), 123_456)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.getBySlug(Optional.of(admin), "nope")).isInstanceOf(NotFoundException.class);
    }

    // --- creating profiles ---

    @Test
    void regional_staff_and_administrators_create_clusters() {
        ClusterDetails byStaff = service.create(rita, profile("DITENAVE").build());
        clock.advance(Duration.ofMinutes(5));
        ClusterDetails byAdmin = service.create(admin, profile("AgriFood FVG").nuts("ITH42")
                .portfolio(ComparativePortfolio.FOOD_INDUSTRY).build());

        assertThat(byStaff.slug()).isEqualTo("ditenave");
        assertThat(byStaff.createdAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(5)));
        assertThat(byStaff.updatedAt()).isEqualTo(byStaff.createdAt());
        assertThat(byStaff.permissions().edit()).isTrue();
        assertThat(byAdmin.profile().regionName()).isEqualTo("Udine");
        assertThat(service.get(Optional.of(mia), byStaff.id())).isEqualTo(withoutRights(byStaff));
        assertThat(sql().number("SELECT COUNT(*) FROM clusters")).isEqualTo(2);
        assertThat(sql().rows("SELECT actor_username, action, details FROM audit_entries ORDER BY at"))
                .extracting(r -> r.get("actor_username"), r -> r.get("action"), r -> r.get("details"))
                .containsExactly(tuple("rita", "cluster.created", "DITENAVE"),
                        tuple("admin", "cluster.created", "AgriFood FVG"));
    }

    @Test
    void the_created_profile_is_stored_as_entered_and_normalised() {
        ClusterDetails created = service.create(rita, profile("  DITENAVE   Maritime  ").legalForm("  ")
                .nuts(" ith44 ").website(" https://ditenave.example.org/en ", true).phone(" +39 040 000 0101 ")
                .fte("3.50").members(Map.of(MemberCategory.SME, 48, MemberCategory.UNIVERSITY, 2,
                        MemberCategory.CONSULTANT, 0))
                .s3(SmartSpecialisationArea.MARITIME_TECHNOLOGIES, SmartSpecialisationArea.METALWORKING).build());

        ClusterProfileData stored = service.get(Optional.of(rita), created.id()).profile();
        assertThat(stored).isEqualTo(created.profile());
        assertThat(stored.name()).isEqualTo("DITENAVE Maritime");
        assertThat(stored.legalForm()).isNull();
        assertThat(stored.nutsCode()).isEqualTo("ITH44");
        assertThat(stored.regionName()).isEqualTo("Trieste");
        assertThat(stored.website()).isEqualTo("https://ditenave.example.org/en");
        assertThat(stored.contactPhone()).isEqualTo("+39 040 000 0101");
        assertThat(stored.managementFte()).isEqualByComparingTo("3.5");
        assertThat(stored.committedMembers())
                .containsExactlyInAnyOrderEntriesOf(Map.of(MemberCategory.SME, 48, MemberCategory.UNIVERSITY, 2));
        assertThat(stored.s3Areas()).containsExactlyInAnyOrder(SmartSpecialisationArea.MARITIME_TECHNOLOGIES,
                SmartSpecialisationArea.METALWORKING);
        assertThat(stored.visibility()).isEqualTo(ClusterVisibility.PUBLIC);
        assertThat(created.eligibility().allMet()).isTrue();
        assertThat(created.eligibility().committedMembers()).isEqualTo(50);
    }

    @Test
    void a_member_or_partner_cannot_create_a_cluster_and_nothing_is_stored() {
        for (Actor refused : List.of(mia, paul)) {
            assertThatThrownBy(() -> service.create(refused, profile("DITENAVE").build()))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
        }
        ClusterDetails ditenave = ditenave();
        assertThatThrownBy(() -> service.create(elena, profile("Elena's second cluster").build()))
                .as("a cluster manager").isInstanceOf(ForbiddenException.class);

        assertThat(sql().rows("SELECT name FROM clusters")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("name", ditenave.profile().name()));
        assertThat(sql().number("SELECT COUNT(*) FROM audit_entries WHERE action = 'cluster.created'")).isEqualTo(1);
    }

    // --- editing profiles ---

    @Test
    void a_cluster_manager_edits_their_own_cluster() {
        ClusterDetails ditenave = ditenave();
        clock.advance(Duration.ofHours(1));

        ClusterDetails edited = service.update(elena, ditenave.id(), ditenave.version(),
                ProfileBuilder.from(ditenave.profile()).description("New *description*").founded(2009).build());

        assertThat(edited.profile().description()).isEqualTo("New *description*");
        assertThat(edited.profile().foundingYear()).isEqualTo(2009);
        assertThat(edited.version()).isGreaterThan(ditenave.version());
        assertThat(edited.updatedAt()).isEqualTo(clock.instant());
        assertThat(edited.createdAt()).isEqualTo(ditenave.createdAt());
        assertThat(edited.permissions()).isEqualTo(new ClusterPermissions(true, true, true, true));
        assertThat(service.get(Optional.of(elena), ditenave.id())).isEqualTo(edited);
    }

    @Test
    void a_cluster_manager_cannot_edit_another_cluster() {
        ditenave();
        ClusterDetails agrifood = agrifood();

        assertThatThrownBy(() -> service.update(elena, agrifood.id(), agrifood.version(),
                ProfileBuilder.from(agrifood.profile()).description("Taken over").build()))
                .isInstanceOf(ForbiddenException.class);

        assertThat(service.get(Optional.of(elena), agrifood.id()).permissions().edit()).isFalse();
        assertUnchanged(agrifood);
    }

    @Test
    void a_member_or_staff_of_the_cluster_cannot_edit_it() {
        ClusterDetails ditenave = ditenave();

        for (Actor refused : List.of(andrea, francesca, mia, paul)) {
            assertThatThrownBy(() -> service.update(refused, ditenave.id(), ditenave.version(),
                    ProfileBuilder.from(ditenave.profile()).name("Hijacked").build()))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
            assertThat(service.get(Optional.of(refused), ditenave.id()).permissions().edit()).isFalse();
        }
        assertUnchanged(ditenave);
    }

    @Test
    void regional_staff_and_administrators_edit_any_cluster() {
        ClusterDetails ditenave = ditenave();

        ClusterDetails byStaff = service.update(rita, ditenave.id(), ditenave.version(),
                ProfileBuilder.from(ditenave.profile()).fte("4").build());
        ClusterDetails byAdmin = service.update(admin, ditenave.id(), byStaff.version(),
                ProfileBuilder.from(byStaff.profile()).visibility(ClusterVisibility.PLATFORM).build());

        assertThat(byAdmin.profile().managementFte()).isEqualByComparingTo("4");
        assertThat(byAdmin.profile().visibility()).isEqualTo(ClusterVisibility.PLATFORM);
        assertThat(byAdmin.version()).isGreaterThan(byStaff.version());
        assertThatThrownBy(() -> service.get(VISITOR, ditenave.id())).isInstanceOf(NotFoundException.class);
    }

    // --- optimistic locking ---

    @Test
    void an_edit_of_a_stale_version_is_refused_with_the_current_version_and_changes_nothing() {
        ClusterDetails ditenave = ditenave();
        ClusterDetails edited = service.update(elena, ditenave.id(), ditenave.version(),
                ProfileBuilder.from(ditenave.profile()).founded(2009).build());

        ConflictException e = catchThrowableOfType(ConflictException.class, () -> service.update(elena, ditenave.id(),
                ditenave.version(), ProfileBuilder.from(ditenave.profile()).description("Stale edit").build()));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("error.staleVersion");
        assertThat(e.currentVersion()).isEqualTo(edited.version());
        assertUnchanged(edited);
    }

    @Test
    void of_two_editors_of_the_same_version_the_second_to_save_gets_a_conflict() {
        long id = ditenave().id();
        ClusterDetails seenByElena = service.get(Optional.of(elena), id);
        ClusterDetails seenByRita = service.get(Optional.of(rita), id);

        ClusterDetails saved = service.update(elena, id, seenByElena.version(),
                ProfileBuilder.from(seenByElena.profile()).website("https://ditenave.example.org/en/new", true).build());

        ConflictException e = catchThrowableOfType(ConflictException.class, () -> service.update(rita, id,
                seenByRita.version(), ProfileBuilder.from(seenByRita.profile()).description("Rita's text").build()));
        assertThat(e).isNotNull();
        assertThat(e.currentVersion()).isEqualTo(saved.version());
        ClusterProfileData now = service.get(Optional.of(rita), id).profile();
        assertThat(now.website()).isEqualTo("https://ditenave.example.org/en/new");
        assertThat(now.description()).isEqualTo(seenByRita.profile().description());

        // What the UI offers then: merge the two edits and save from the current version.
        ClusterProfileMerge.Result merged = ClusterProfileMerge.merge(seenByRita.profile(),
                ProfileBuilder.from(seenByRita.profile()).description("Rita's text").build(), now);
        assertThat(merged.conflicts()).isEmpty();
        ClusterDetails both = service.update(rita, id, e.currentVersion(), merged.merged());
        assertThat(both.profile().website()).isEqualTo("https://ditenave.example.org/en/new");
        assertThat(both.profile().description()).isEqualTo("Rita's text");
    }

    @Test
    void an_edit_needs_the_version_it_started_from() {
        ClusterDetails ditenave = ditenave();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.update(elena,
                ditenave.id(), null, ProfileBuilder.from(ditenave.profile()).founded(2009).build()));

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("version", "validation.required"));
        assertUnchanged(ditenave);
    }

    @Test
    void saving_an_unchanged_profile_records_nothing_and_keeps_the_version() {
        ClusterDetails ditenave = ditenave();
        long auditBefore = auditCount();
        clock.advance(Duration.ofHours(1));

        ClusterDetails same = service.update(elena, ditenave.id(), ditenave.version(), ditenave.profile());

        assertThat(same.version()).isEqualTo(ditenave.version());
        assertThat(same.updatedAt()).isEqualTo(ditenave.updatedAt());
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertUnchanged(ditenave);
    }

    @Test
    void saving_a_form_that_only_spells_the_same_facts_differently_records_nothing() {
        ClusterDetails ditenave = ditenave();
        long auditBefore = auditCount();
        // What a form sends back: every category (zero for those the cluster has none of), the FTE with
        // two decimals, the code as typed, untrimmed text.
        Map<MemberCategory, Integer> everyCategory = new EnumMap<>(MemberCategory.class);
        for (MemberCategory category : MemberCategory.values()) {
            everyCategory.put(category, ditenave.profile().committedMembers().getOrDefault(category, 0));
        }
        ClusterProfileData resent = ProfileBuilder.from(ditenave.profile())
                .name(" " + ditenave.profile().name() + " ").nuts("ith44").region(null)
                .fte(ditenave.profile().managementFte().setScale(2).toPlainString())
                .description(ditenave.profile().description() + "\n")
                .email(" " + ditenave.profile().contactEmail())
                .members(everyCategory).build();

        ClusterDetails same = service.update(elena, ditenave.id(), ditenave.version(), resent);

        assertThat(same.version()).isEqualTo(ditenave.version());
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertUnchanged(ditenave);
    }

    // --- bad input ---

    @Test
    void every_invalid_field_is_reported_at_once_and_nothing_is_stored() {
        ClusterProfileData bad = new ClusterProfileData(" ", "l".repeat(101), "XX9", "Nowhere", null, null, 1800,
                "javascript:alert(1)", true, "d".repeat(20_001), "not-an-email", "call me maybe",
                new BigDecimal("-1"), Map.of(MemberCategory.SME, -3, MemberCategory.UNIVERSITY, 2), null);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(admin, bad));

        assertThat(e).isNotNull();
        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("name", "validation.required"),
                tuple("legalForm", "validation.tooLong"),
                tuple("nutsCode", "validation.nuts"),
                tuple("portfolio", "validation.required"),
                tuple("foundingYear", "validation.range"),
                tuple("website", "validation.url"),
                tuple("description", "validation.tooLong"),
                tuple("contactEmail", "validation.email"),
                tuple("contactPhone", "validation.phone"),
                tuple("managementFte", "validation.fte"),
                tuple("committedMembers.SME", "validation.count"));
        assertNothingStored();
    }

    @Test
    void missing_required_facts_are_reported_together() {
        ClusterProfileData empty = new ClusterProfileData(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(admin, empty));

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("name", "validation.required"),
                tuple("nutsCode", "validation.required"),
                tuple("regionName", "validation.required"),
                tuple("portfolio", "validation.required"),
                tuple("managementFte", "validation.required"));
        assertThatThrownBy(() -> service.create(admin, null)).isInstanceOf(InvalidInputException.class);
        assertNothingStored();
    }

    @Test
    void an_invalid_edit_is_refused_with_its_fields_and_changes_nothing() {
        ClusterDetails ditenave = ditenave();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.update(elena,
                ditenave.id(), ditenave.version(), ProfileBuilder.from(ditenave.profile()).name("")
                        .members(MemberCategory.PUBLIC_AGENCY, -1).website("ftp://ditenave.example.org", true).build()));

        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "committedMembers.PUBLIC_AGENCY", "website");
        assertUnchanged(ditenave);
    }

    @Test
    void a_cluster_name_is_taken_whatever_its_case_and_spacing() {
        ClusterDetails ditenave = service.create(admin, profile("Smart Health FVG").build());

        for (String twin : new String[]{"Smart Health FVG", "smart health fvg", "  SMART   Health\tFVG "}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.create(admin, profile(twin).build()));
            assertThat(e).as(twin).isNotNull();
            assertThat(e.fieldErrors()).as(twin).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("name", "validation.clusterNameTaken"));
        }
        assertThat(sql().number("SELECT COUNT(*) FROM clusters")).isEqualTo(1);
        assertUnchanged(ditenave);
    }

    @Test
    void renaming_a_cluster_to_a_taken_name_is_refused_but_renaming_in_place_is_not() {
        ClusterDetails ditenave = ditenave();
        ClusterDetails agrifood = agrifood();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.update(paolo,
                agrifood.id(), agrifood.version(), ProfileBuilder.from(agrifood.profile()).name(" ditenave ").build()));
        ClusterDetails recased = service.update(elena, ditenave.id(), ditenave.version(),
                ProfileBuilder.from(ditenave.profile()).name("Ditenave").build());

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("name", "validation.clusterNameTaken"));
        assertUnchanged(agrifood);
        assertThat(recased.profile().name()).isEqualTo("Ditenave");
        assertThat(recased.slug()).isEqualTo(ditenave.slug());
    }

    @Test
    void malformed_nuts_codes_are_refused_on_the_nuts_field() {
        for (String bad : new String[]{"XX9", "ITH4!", "ITH4412", "I", "IT H4"}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.create(admin, profile("Cluster " + bad).nuts(bad).region("Somewhere").build()));

            assertThat(e).as(bad).isNotNull();
            assertThat(e.fieldErrors()).as(bad).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("nutsCode", "validation.nuts"));
        }
        assertNothingStored();
    }

    @Test
    void a_well_formed_but_unnamed_nuts_code_needs_a_region_name() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(admin, profile("Bavarian Cluster").nuts("DE212").region("  ").build()));
        ClusterDetails named = service.create(admin, profile("Bavarian Cluster").nuts("de212").region(" München ").build());

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("regionName", "validation.required"));
        assertThat(named.profile().nutsCode()).isEqualTo("DE212");
        assertThat(named.profile().regionName()).isEqualTo("München");
    }

    @Test
    void the_region_name_of_a_known_nuts_code_comes_from_the_nuts_list() {
        ClusterDetails created = service.create(admin, profile("DITENAVE").nuts("ITH44").region("Somewhere else").build());
        ClusterDetails moved = service.update(admin, created.id(), created.version(),
                ProfileBuilder.from(created.profile()).nuts("ITH4").region(null).build());

        assertThat(created.profile().regionName()).isEqualTo("Trieste");
        assertThat(moved.profile().nutsCode()).isEqualTo("ITH4");
        assertThat(moved.profile().regionName()).isEqualTo("Friuli-Venezia Giulia");
        assertThat(sql().row("SELECT nuts_code, region_name FROM clusters WHERE id = ?", created.id()))
                .containsEntry("nuts_code", "ITH4").containsEntry("region_name", "Friuli-Venezia Giulia");
    }

    @Test
    void committed_member_counts_may_not_be_negative() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(admin,
                profile("DITENAVE").members(Map.of(MemberCategory.SME, -1, MemberCategory.OTHER, -20,
                        MemberCategory.UNIVERSITY, 0)).build()));

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("committedMembers.SME", "validation.count"), tuple("committedMembers.OTHER", "validation.count"));
        assertNothingStored();
    }

    @Test
    void management_fte_is_not_negative_and_has_at_most_two_decimals() {
        for (String bad : new String[]{"-0.5", "0.125", "-0.01", "1000.5"}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.create(admin, profile("DITENAVE").fte(bad).build()));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.fieldErrors()).as(bad).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("managementFte", "validation.fte"));
        }
        assertNothingStored();

        ClusterDetails half = service.create(admin, profile("DITENAVE").fte("0.50").build());
        ClusterDetails none = service.create(admin, profile("AgriFood FVG").fte("0").build());
        ClusterDetails trailing = service.create(admin, profile("Smart Health FVG").fte("1.500").build());

        assertThat(half.profile().managementFte()).isEqualByComparingTo("0.5");
        assertThat(half.eligibility().managementStaff()).isTrue();
        assertThat(none.eligibility().managementStaff()).isFalse();
        assertThat(trailing.profile().managementFte()).isEqualByComparingTo("1.5");
        assertThat(((BigDecimal) sql().row("SELECT management_fte FROM clusters WHERE id = ?", half.id())
                .get("management_fte"))).isEqualByComparingTo("0.5");
    }

    @Test
    void the_founding_year_is_between_1900_and_this_year() {
        int thisYear = Year.now(clock).getValue();
        for (int bad : new int[]{1800, 1899, thisYear + 1}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.create(admin, profile("Cluster " + bad).founded(bad).build()));
            assertThat(e).as("" + bad).isNotNull();
            assertThat(e.fieldErrors()).as("" + bad).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("foundingYear", "validation.range"));
        }

        assertThat(service.create(admin, profile("Old").founded(1900).build()).profile().foundingYear()).isEqualTo(1900);
        assertThat(service.create(admin, profile("New").founded(thisYear).build()).profile().foundingYear())
                .isEqualTo(thisYear);
        assertThat(service.create(admin, profile("Unknown").founded(null).build()).profile().foundingYear()).isNull();
    }

    @Test
    void this_year_is_the_platform_clocks_year() {
        clock.set(Instant.parse("2031-01-01T00:30:00Z"));

        ClusterDetails founded = service.create(admin, profile("Brand new").founded(2031).build());

        assertThat(founded.profile().foundingYear()).isEqualTo(2031);
        assertThatThrownBy(() -> service.create(admin, profile("Not yet").founded(2032).build()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_website_must_be_an_http_address() {
        for (String bad : new String[]{"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>",
                "ftp://x.example.org", "www.example.org", "https://", "http://exa mple.org"}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.create(admin, profile("DITENAVE").website(bad, true).build()));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.fieldErrors()).as(bad).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("website", "validation.url"));
        }
        assertNothingStored();
        assertThat(service.create(admin, profile("DITENAVE").website("HTTPS://ditenave.example.org/en?x=1", true)
                .build()).profile().website()).isEqualTo("HTTPS://ditenave.example.org/en?x=1");
    }

    @Test
    void a_description_may_have_20000_characters_and_no_more() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(admin, profile("DITENAVE").description("x".repeat(20_001)).build()));
        ClusterDetails longest = service.create(admin, profile("AgriFood FVG").description("x".repeat(20_000)).build());

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("description", "validation.tooLong"));
        assertThat(service.get(Optional.of(mia), longest.id()).profile().description()).hasSize(20_000);
    }

    @Test
    void contact_e_mail_and_phone_must_look_like_ones() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(admin,
                profile("DITENAVE").email("info@@ditenave").phone("<script>").build()));
        ClusterDetails ok = service.create(admin, profile("DITENAVE").email("info@ditenave.example.org")
                .phone("+39 (040) 000-0101").build());

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("contactEmail", "validation.email"), tuple("contactPhone", "validation.phone"));
        assertThat(ok.profile().contactPhone()).isEqualTo("+39 (040) 000-0101");
    }

    // --- the description ---

    @Test
    void the_description_is_shown_as_sanitised_html_and_stored_as_written() {
        String markdown = "We build **ships**.\n\n<script>alert('x')</script>\n\n[evil](javascript:alert(1)) "
                + "[site](https://ditenave.example.org) <img src=x onerror=alert(1)>";

        ClusterDetails created = service.create(admin, profile("DITENAVE").description(markdown).build());
        ClusterDetails read = service.get(VISITOR, created.id());

        assertThat(read.profile().description()).isEqualTo(markdown);
        Document html = Jsoup.parseBodyFragment(read.descriptionHtml());
        assertThat(html.select("strong").text()).isEqualTo("ships");
        assertThat(html.select("script, img, iframe")).isEmpty();
        assertThat(html.select("a[href]")).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("https://ditenave.example.org");
            assertThat(a.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        });
        assertThat(html.getAllElements()).allSatisfy(el -> assertThat(el.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on")));
        assertThat(read.descriptionHtml()).doesNotContain("<script", "javascript:");
    }

    @Test
    void a_profile_without_description_has_empty_html() {
        ClusterDetails created = service.create(admin, profile("DITENAVE").description("   ").build());

        assertThat(created.profile().description()).isNull();
        assertThat(created.descriptionHtml()).isEmpty();
    }

    // --- slugs ---

    @Test
    void names_that_fold_to_the_same_slug_get_different_slugs() {
        ClusterDetails first = service.create(admin, profile("Légno Arredo FVG").build());
        ClusterDetails second = service.create(admin, profile("Legno-Arredo FVG").build());
        ClusterDetails third = service.create(admin, profile("LEGNO / ARREDO / FVG!").build());
        ClusterDetails symbols = service.create(admin, profile("***").build());

        assertThat(first.slug()).isEqualTo("legno-arredo-fvg");
        assertThat(second.slug()).isEqualTo("legno-arredo-fvg-2");
        assertThat(third.slug()).isEqualTo("legno-arredo-fvg-3");
        assertThat(symbols.slug()).isEqualTo("cluster");
        assertThat(service.getBySlug(VISITOR, "legno-arredo-fvg-2").id()).isEqualTo(second.id());
    }

    @Test
    void accents_are_folded_in_slugs_and_long_names_are_cut() {
        ClusterDetails accents = service.create(admin, profile("Città della Scienza — Ñandú Çluster").build());
        ClusterDetails longName = service.create(admin, profile("Cluster " + "very long name ".repeat(10)).build());

        assertThat(accents.slug()).isEqualTo("citta-della-scienza-nandu-cluster");
        assertThat(longName.slug()).hasSizeLessThanOrEqualTo(60).startsWith("cluster-very-long-name").doesNotEndWith("-");
    }

    @Test
    void a_rename_keeps_the_slug() {
        ClusterDetails created = service.create(admin, profile("DITENAVE").build());

        ClusterDetails renamed = service.update(admin, created.id(), created.version(),
                ProfileBuilder.from(created.profile()).name("DITENAVE Maritime Cluster").build());

        assertThat(renamed.slug()).isEqualTo("ditenave");
        assertThat(service.getBySlug(VISITOR, "ditenave").profile().name()).isEqualTo("DITENAVE Maritime Cluster");
    }

    // --- the directory ---

    @Test
    void the_text_filter_searches_names_and_regions_ignoring_case() {
        directoryFixture();

        assertThat(names(text("smart"))).containsExactly("Smart Health FVG");
        assertThat(names(text("TRIESTE"))).containsExactly("DITENAVE", "Smart Health FVG");
        assertThat(names(text("  fvg "))).as("public ones only")
                .containsExactly("AgriFood FVG", "Legno Arredo Casa FVG", "Meccatronica FVG", "Smart Health FVG");
        assertThat(names(text("nothing like it"))).isEmpty();
    }

    @Test
    void like_wildcards_in_the_text_filter_are_taken_literally() {
        service.create(admin, profile("100% Legno").build());
        service.create(admin, profile("1000 Legni").build());
        service.create(admin, profile("Smart_Health").build());
        service.create(admin, profile("Smart Health").build());
        service.create(admin, profile("Back\\slash Cluster").build());

        assertThat(names(text("100%"))).containsExactly("100% Legno");
        assertThat(names(text("%"))).containsExactly("100% Legno");
        assertThat(names(text("t_h"))).containsExactly("Smart_Health");
        assertThat(names(text("_"))).containsExactly("Smart_Health");
        assertThat(names(text("k\\s"))).containsExactly("Back\\slash Cluster");
    }

    @Test
    void the_nuts_prefix_filter_takes_a_region_with_its_provinces() {
        service.create(admin, profile("Pordenone Cluster").nuts("ITH41").build());
        service.create(admin, profile("Udine Cluster").nuts("ITH42").build());
        service.create(admin, profile("Gorizia Cluster").nuts("ITH43").build());
        service.create(admin, profile("Trieste Cluster").nuts("ITH44").build());
        service.create(admin, profile("FVG Cluster").nuts("ITH4").build());
        service.create(admin, profile("Veneto Cluster").nuts("ITH3").build());
        service.create(admin, profile("Lombardia Cluster").nuts("ITC4").build());

        assertThat(names(new ClusterFilter(null, "ITH4", null, null, null))).containsExactly(
                "FVG Cluster", "Gorizia Cluster", "Pordenone Cluster", "Trieste Cluster", "Udine Cluster");
        assertThat(names(new ClusterFilter(null, " ith44 ", null, null, null))).containsExactly("Trieste Cluster");
        assertThat(names(new ClusterFilter(null, "ITH", null, null, null))).hasSize(6);
        assertThat(names(new ClusterFilter(null, "IT%", null, null, null))).hasSize(7);
        assertThat(names(new ClusterFilter(null, "DE", null, null, null))).isEmpty();
    }

    @Test
    void the_directory_filters_by_portfolio_and_by_smart_specialisation_area() {
        directoryFixture();

        assertThat(names(new ClusterFilter(null, null, ComparativePortfolio.PRODUCTION_AND_ENGINEERING, null, null)))
                .containsExactly("Legno Arredo Casa FVG", "Meccatronica FVG");
        assertThat(names(new ClusterFilter(null, null, null, SmartSpecialisationArea.METALWORKING, null)))
                .containsExactly("DITENAVE", "Meccatronica FVG");
        assertThat(service.directory(VISITOR, new ClusterFilter(null, null, null,
                SmartSpecialisationArea.METALWORKING, null), ALL).total()).isEqualTo(2);
        assertThat(names(new ClusterFilter("fvg", "ITH4", ComparativePortfolio.PRODUCTION_AND_ENGINEERING,
                SmartSpecialisationArea.HOME_SYSTEMS, null))).containsExactly("Legno Arredo Casa FVG");
        assertThat(names(new ClusterFilter(null, null, ComparativePortfolio.ICT, null, null))).isEmpty();
    }

    @Test
    void the_directory_sorts_by_name_region_founding_year_or_newest() {
        directoryFixture();

        assertThat(names(sorted(ClusterFilter.Sort.NAME))).containsExactly(
                "AgriFood FVG", "DITENAVE", "Legno Arredo Casa FVG", "Meccatronica FVG", "Smart Health FVG");
        assertThat(service.directory(VISITOR, sorted(ClusterFilter.Sort.REGION), ALL).items())
                .extracting(ClusterSummary::regionName, ClusterSummary::name).containsExactly(
                        tuple("Pordenone", "Legno Arredo Casa FVG"), tuple("Pordenone", "Meccatronica FVG"),
                        tuple("Trieste", "DITENAVE"), tuple("Trieste", "Smart Health FVG"),
                        tuple("Udine", "AgriFood FVG"));
        assertThat(service.directory(VISITOR, sorted(ClusterFilter.Sort.FOUNDING_YEAR), ALL).items())
                .extracting(ClusterSummary::foundingYear, ClusterSummary::name).containsExactly(
                        tuple(2000, "Legno Arredo Casa FVG"), tuple(2003, "Meccatronica FVG"),
                        tuple(2008, "DITENAVE"), tuple(2011, "Smart Health FVG"), tuple(2015, "AgriFood FVG"));
        assertThat(names(sorted(ClusterFilter.Sort.NEWEST))).containsExactly(
                "Meccatronica FVG", "Legno Arredo Casa FVG", "Smart Health FVG", "AgriFood FVG", "DITENAVE");
        assertThat(names(sorted(null))).containsExactly(
                "AgriFood FVG", "DITENAVE", "Legno Arredo Casa FVG", "Meccatronica FVG", "Smart Health FVG");
    }

    @Test
    void clusters_without_a_founding_year_come_last_when_sorted_by_it_on_every_database() {
        service.create(admin, profile("Unknown age").founded(null).build());
        service.create(admin, profile("Young").founded(2020).build());
        service.create(admin, profile("Old").founded(1990).build());

        assertThat(names(sorted(ClusterFilter.Sort.FOUNDING_YEAR))).containsExactly("Old", "Young", "Unknown age");
    }

    @Test
    void the_directory_pages_with_the_total() {
        directoryFixture();
        ClusterFilter byName = sorted(ClusterFilter.Sort.NAME);

        Page<ClusterSummary> first = service.directory(VISITOR, byName, new PageRequest(0, 2));
        Page<ClusterSummary> last = service.directory(VISITOR, byName, new PageRequest(2, 2));
        Page<ClusterSummary> beyond = service.directory(VISITOR, byName, new PageRequest(3, 2));

        assertThat(first.items()).extracting(ClusterSummary::name).containsExactly("AgriFood FVG", "DITENAVE");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(last.items()).extracting(ClusterSummary::name).containsExactly("Smart Health FVG");
        assertThat(last.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        Page<ClusterSummary> filtered = service.directory(VISITOR,
                new ClusterFilter(null, null, null, SmartSpecialisationArea.METALWORKING, ClusterFilter.Sort.NAME),
                new PageRequest(0, 1));
        assertThat(filtered.items()).extracting(ClusterSummary::name).containsExactly("DITENAVE");
        assertThat(filtered.total()).isEqualTo(2);
    }

    @Test
    void a_directory_entry_summarises_the_profile() {
        ClusterDetails ditenave = service.create(admin, profile("DITENAVE").nuts("ITH44").founded(2008)
                .members(Map.of(MemberCategory.SME, 48, MemberCategory.OTHER, 2))
                .s3(SmartSpecialisationArea.MARITIME_TECHNOLOGIES, SmartSpecialisationArea.METALWORKING).build());

        assertThat(service.directory(VISITOR, ClusterFilter.all(), ALL).items()).singleElement().isEqualTo(
                new ClusterSummary(ditenave.id(), "ditenave", "DITENAVE", "ITH44", "Trieste",
                        ComparativePortfolio.MARITIME_TECHNOLOGIES,
                        java.util.Set.of(SmartSpecialisationArea.MARITIME_TECHNOLOGIES, SmartSpecialisationArea.METALWORKING),
                        2008, 50, ClusterVisibility.PUBLIC));
    }

    // --- people ---

    @Test
    void the_people_are_seen_by_the_clusters_people_and_by_regional_staff() {
        ClusterDetails ditenave = ditenave();

        for (Actor allowed : List.of(elena, francesca, andrea, rita, admin)) {
            assertThat(service.people(allowed, ditenave.id())).as(allowed.username())
                    .extracting(MembershipView::username, MembershipView::role).containsExactlyInAnyOrder(
                            tuple("elena.furlan", ClusterRole.MANAGER),
                            tuple("francesca.zorzut", ClusterRole.STAFF),
                            tuple("andrea.pittana", ClusterRole.MEMBER));
            assertThat(service.get(Optional.of(allowed), ditenave.id()).permissions().seePeople()).isTrue();
        }
    }

    @Test
    void a_member_of_another_cluster_or_a_partner_without_membership_does_not_see_the_people() {
        ClusterDetails ditenave = ditenave();
        agrifood();

        for (Actor refused : List.of(paolo, paul, mia)) {
            assertThatThrownBy(() -> service.people(refused, ditenave.id()))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
            assertThat(service.get(Optional.of(refused), ditenave.id()).permissions().seePeople()).isFalse();
        }
    }

    @Test
    void a_manager_adds_changes_and_removes_people() {
        ClusterDetails ditenave = ditenave();

        MembershipView added = service.addPerson(elena, ditenave.id(), "  MIA ", ClusterRole.MEMBER);
        MembershipView promoted = service.changeRole(elena, ditenave.id(), added.id(), ClusterRole.STAFF);
        service.removePerson(elena, ditenave.id(), membershipOf(ditenave, "andrea.pittana").id());

        assertThat(added.username()).isEqualTo("mia");
        assertThat(added.clusterName()).isEqualTo("DITENAVE");
        assertThat(added.since()).isEqualTo(clock.instant());
        assertThat(promoted.role()).isEqualTo(ClusterRole.STAFF);
        assertThat(service.people(elena, ditenave.id())).extracting(MembershipView::username, MembershipView::role)
                .containsExactlyInAnyOrder(tuple("elena.furlan", ClusterRole.MANAGER),
                        tuple("francesca.zorzut", ClusterRole.STAFF), tuple("mia", ClusterRole.STAFF));
        assertThat(service.myClusters(mia)).extracting(MembershipView::clusterName, MembershipView::role)
                .containsExactly(tuple("DITENAVE", ClusterRole.STAFF));
        assertThat(service.myClusters(andrea)).isEmpty();
    }

    @Test
    void people_other_than_managers_cannot_add_change_or_remove_people() {
        ClusterDetails ditenave = ditenave();
        agrifood();
        long andreasMembership = membershipOf(ditenave, "andrea.pittana").id();
        List<MembershipView> before = service.people(elena, ditenave.id());

        for (Actor refused : List.of(andrea, francesca, paolo, paul, mia)) {
            assertThatThrownBy(() -> service.addPerson(refused, ditenave.id(), "mia", ClusterRole.MEMBER))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> service.changeRole(refused, ditenave.id(), andreasMembership, ClusterRole.MANAGER))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> service.removePerson(refused, ditenave.id(), andreasMembership))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
            assertThat(service.get(Optional.of(refused), ditenave.id()).permissions().managePeople()).isFalse();
        }
        assertThat(service.people(elena, ditenave.id())).isEqualTo(before);
    }

    @Test
    void regional_staff_and_administrators_manage_the_people_of_any_cluster() {
        ClusterDetails ditenave = ditenave();

        MembershipView byStaff = service.addPerson(rita, ditenave.id(), "mia", ClusterRole.MEMBER);
        service.changeRole(admin, ditenave.id(), byStaff.id(), ClusterRole.MANAGER);

        assertThat(service.myClusters(mia)).extracting(MembershipView::role).containsExactly(ClusterRole.MANAGER);
        assertThat(service.get(Optional.of(mia), ditenave.id()).permissions().edit()).isTrue();
    }

    @Test
    void a_membership_is_only_changed_through_its_own_cluster() {
        ClusterDetails ditenave = ditenave();
        ClusterDetails agrifood = agrifood();
        long paolosMembership = membershipOf(agrifood, "paolo.devetak").id();

        // elena manages DITENAVE, and names AgriFood's membership under it
        assertThatThrownBy(() -> service.removePerson(elena, ditenave.id(), paolosMembership))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.changeRole(elena, ditenave.id(), paolosMembership, ClusterRole.MEMBER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.removePerson(elena, ditenave.id(), 987_654))
                .isInstanceOf(NotFoundException.class);

        assertThat(service.people(paolo, agrifood.id())).extracting(MembershipView::username, MembershipView::role)
                .containsExactly(tuple("paolo.devetak", ClusterRole.MANAGER));
    }

    @Test
    void the_last_manager_cannot_be_removed_or_demoted_by_a_manager() {
        ClusterDetails ditenave = ditenave();
        long elenas = membershipOf(ditenave, "elena.furlan").id();
        long auditBefore = auditCount();

        ConflictException removal = catchThrowableOfType(ConflictException.class,
                () -> service.removePerson(elena, ditenave.id(), elenas));
        ConflictException demotion = catchThrowableOfType(ConflictException.class,
                () -> service.changeRole(elena, ditenave.id(), elenas, ClusterRole.STAFF));

        assertThat(removal).isNotNull();
        assertThat(removal.code()).isEqualTo("error.lastManager");
        assertThat(demotion).isNotNull();
        assertThat(demotion.code()).isEqualTo("error.lastManager");
        assertThat(membershipOf(ditenave, "elena.furlan").role()).isEqualTo(ClusterRole.MANAGER);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void a_manager_may_step_down_when_another_manager_remains() {
        ClusterDetails ditenave = ditenave();
        service.changeRole(elena, ditenave.id(), membershipOf(ditenave, "francesca.zorzut").id(), ClusterRole.MANAGER);

        service.changeRole(elena, ditenave.id(), membershipOf(ditenave, "elena.furlan").id(), ClusterRole.MEMBER);

        assertThat(service.people(francesca, ditenave.id())).extracting(MembershipView::username, MembershipView::role)
                .contains(tuple("francesca.zorzut", ClusterRole.MANAGER), tuple("elena.furlan", ClusterRole.MEMBER));
        assertThatThrownBy(() -> service.removePerson(francesca, ditenave.id(),
                membershipOf(ditenave, "francesca.zorzut").id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void regional_staff_may_remove_or_demote_the_last_manager() {
        ClusterDetails ditenave = ditenave();
        ClusterDetails agrifood = agrifood();

        service.changeRole(rita, ditenave.id(), membershipOf(ditenave, "elena.furlan").id(), ClusterRole.MEMBER);
        service.removePerson(admin, agrifood.id(), membershipOf(agrifood, "paolo.devetak").id());

        assertThat(membershipOf(ditenave, "elena.furlan").role()).isEqualTo(ClusterRole.MEMBER);
        assertThat(service.people(rita, agrifood.id())).isEmpty();
        assertThat(service.myClusters(paolo)).isEmpty();
    }

    @Test
    void adding_an_unknown_user_or_someone_already_in_the_cluster_is_refused_on_username() {
        ClusterDetails ditenave = ditenave();
        long auditBefore = auditCount();

        InvalidInputException unknown = catchThrowableOfType(InvalidInputException.class,
                () -> service.addPerson(elena, ditenave.id(), "nobody", ClusterRole.MEMBER));
        InvalidInputException twice = catchThrowableOfType(InvalidInputException.class,
                () -> service.addPerson(elena, ditenave.id(), "Andrea.Pittana", ClusterRole.STAFF));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> service.addPerson(elena, ditenave.id(), " ", null));

        assertThat(unknown.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("username", "validation.unknownUser"));
        assertThat(twice.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("username", "validation.alreadyMember"));
        assertThat(missing.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder("username", "role");
        assertThat(membershipOf(ditenave, "andrea.pittana").role()).isEqualTo(ClusterRole.MEMBER);
        assertThat(sql().number("SELECT COUNT(*) FROM cluster_memberships WHERE cluster_id = ?", ditenave.id()))
                .isEqualTo(3);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void a_person_may_belong_to_several_clusters() {
        ClusterDetails ditenave = ditenave();
        ClusterDetails agrifood = agrifood();

        service.addPerson(paolo, agrifood.id(), "andrea.pittana", ClusterRole.STAFF);

        assertThat(service.myClusters(andrea)).extracting(MembershipView::clusterName, MembershipView::role)
                .containsExactly(tuple("AgriFood FVG", ClusterRole.STAFF), tuple("DITENAVE", ClusterRole.MEMBER));
        assertThat(service.people(andrea, ditenave.id())).hasSize(3);
        assertThat(service.people(andrea, agrifood.id())).hasSize(2);
    }

    // --- audit trail ---

    @Test
    void the_audit_trail_lists_creation_edits_with_their_fields_and_membership_changes_newest_first() {
        ClusterDetails created = service.create(rita, profile("DITENAVE").build());
        clock.advance(Duration.ofMinutes(1));
        MembershipView elenas = service.addPerson(rita, created.id(), "elena.furlan", ClusterRole.MANAGER);
        clock.advance(Duration.ofMinutes(1));
        service.update(elena, created.id(), created.version(), ProfileBuilder.from(created.profile())
                .name("DITENAVE Maritime").website("https://ditenave.example.org/it", false)
                .members(MemberCategory.SME, 60).build());
        clock.advance(Duration.ofMinutes(1));
        MembershipView mias = service.addPerson(elena, created.id(), "mia", ClusterRole.MEMBER);
        clock.advance(Duration.ofMinutes(1));
        service.changeRole(elena, created.id(), mias.id(), ClusterRole.STAFF);
        clock.advance(Duration.ofMinutes(1));
        service.removePerson(elena, created.id(), mias.id());
        clock.advance(Duration.ofMinutes(1));
        service.setLogo(elena, created.id(), png(300, 300));

        List<AuditView> trail = service.auditTrail(elena, created.id(), ALL);

        assertThat(trail).extracting(AuditView::actor, AuditView::action, AuditView::details).containsExactly(
                tuple("elena.furlan", "cluster.logo", trail.get(0).details()),
                tuple("elena.furlan", "membership.removed", "mia (STAFF)"),
                tuple("elena.furlan", "membership.role", "mia: MEMBER -> STAFF"),
                tuple("elena.furlan", "membership.added", "mia as MEMBER"),
                tuple("elena.furlan", "cluster.updated", "changed: name, website, websiteInEnglish, committedMembers"),
                tuple("rita", "membership.added", "elena.furlan as MANAGER"),
                tuple("rita", "cluster.created", "DITENAVE"));
        assertThat(trail.get(0).details()).endsWith(" bytes");
        assertThat(trail).extracting(AuditView::clusterId).containsOnly(created.id());
        assertThat(trail.get(6).at()).isEqualTo(MutableClock.START);
        assertThat(trail.get(0).at()).isEqualTo(clock.instant());
        assertThat(trail).filteredOn(a -> a.subjectType().equals("membership")).extracting(AuditView::subjectId)
                .containsOnly(elenas.id(), mias.id());
        assertThat(service.auditTrail(elena, created.id(), new PageRequest(1, 3))).extracting(AuditView::action)
                .containsExactly("membership.added", "cluster.updated", "membership.added");
    }

    @Test
    void the_audit_trail_is_seen_by_the_clusters_managers_and_administrators_only() {
        ClusterDetails ditenave = ditenave();
        agrifood();

        assertThat(service.auditTrail(elena, ditenave.id(), ALL)).isNotEmpty();
        assertThat(service.auditTrail(admin, ditenave.id(), ALL)).isNotEmpty();
        assertThat(service.get(Optional.of(elena), ditenave.id()).permissions().seeAudit()).isTrue();
        for (Actor refused : List.of(andrea, francesca, rita, paolo, paul, mia)) {
            assertThatThrownBy(() -> service.auditTrail(refused, ditenave.id(), ALL))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
            assertThat(service.get(Optional.of(refused), ditenave.id()).permissions().seeAudit()).isFalse();
        }
    }

    @Test
    void the_audit_trail_of_one_cluster_holds_nothing_of_another() {
        ClusterDetails ditenave = ditenave();
        ClusterDetails agrifood = agrifood();

        assertThat(service.auditTrail(admin, ditenave.id(), ALL)).extracting(AuditView::details)
                .noneMatch(d -> d.contains("AgriFood") || d.contains("paolo"));
        assertThat(service.auditTrail(paolo, agrifood.id(), ALL)).extracting(AuditView::action)
                .containsExactly("membership.added", "cluster.created");
    }

    @Test
    void refused_changes_leave_no_audit_entry() {
        ClusterDetails ditenave = ditenave();
        long before = auditCount();

        catchThrowableOfType(ForbiddenException.class, () -> service.update(andrea, ditenave.id(), ditenave.version(),
                ProfileBuilder.from(ditenave.profile()).founded(1999).build()));
        catchThrowableOfType(InvalidInputException.class, () -> service.update(elena, ditenave.id(), ditenave.version(),
                ProfileBuilder.from(ditenave.profile()).founded(1800).build()));
        catchThrowableOfType(ForbiddenException.class, () -> service.setLogo(andrea, ditenave.id(), png(10, 10)));
        catchThrowableOfType(ForbiddenException.class, () -> service.create(mia, profile("Nope").build()));

        assertThat(auditCount()).isEqualTo(before);
    }

    // --- logos ---

    @Test
    void a_manager_sets_a_logo_stored_as_a_small_png() throws IOException {
        ClusterDetails ditenave = ditenave();

        service.setLogo(elena, ditenave.id(), jpeg(1024, 512));

        ClusterLogo logo = service.logo(VISITOR, ditenave.id()).orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo.getImage()));
        assertThat(logo.getContentType()).isEqualTo("image/png");
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(128);
        assertThat(logo.getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(service.get(VISITOR, ditenave.id()).hasLogo()).isTrue();
    }

    @Test
    void a_new_logo_replaces_the_old_one() throws IOException {
        ClusterDetails ditenave = ditenave();
        service.setLogo(elena, ditenave.id(), png(100, 100));
        clock.advance(Duration.ofDays(1));

        service.setLogo(rita, ditenave.id(), png(40, 20));

        ClusterLogo logo = service.logo(VISITOR, ditenave.id()).orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(logo.getImage())).getWidth()).isEqualTo(40);
        assertThat(logo.getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(sql().number("SELECT COUNT(*) FROM cluster_logos")).isEqualTo(1);
    }

    @Test
    void a_member_cannot_set_a_logo_and_nothing_is_stored() {
        ClusterDetails ditenave = ditenave();
        agrifood();

        for (Actor refused : List.of(andrea, francesca, paolo, paul)) {
            assertThatThrownBy(() -> service.setLogo(refused, ditenave.id(), png(64, 64)))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
        }

        assertThat(service.logo(VISITOR, ditenave.id())).isEmpty();
        assertThat(service.get(VISITOR, ditenave.id()).hasLogo()).isFalse();
        assertThat(sql().number("SELECT COUNT(*) FROM cluster_logos")).isZero();
    }

    @Test
    void a_broken_logo_is_refused_on_the_logo_field_and_keeps_the_old_one() {
        ClusterDetails ditenave = ditenave();
        service.setLogo(elena, ditenave.id(), png(64, 64));
        byte[] before = service.logo(VISITOR, ditenave.id()).orElseThrow().getImage();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.setLogo(elena, ditenave.id(), "GIF89a not really".getBytes()));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("logo");
        assertThat(service.logo(VISITOR, ditenave.id()).orElseThrow().getImage()).isEqualTo(before);
    }

    @Test
    void the_logo_of_a_platform_cluster_is_not_found_for_visitors() {
        ClusterDetails hidden = service.create(admin, profile("Digital & Creative FVG")
                .visibility(ClusterVisibility.PLATFORM).build());
        service.setLogo(admin, hidden.id(), png(32, 32));

        assertThatThrownBy(() -> service.logo(VISITOR, hidden.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.logo(Optional.of(mia), hidden.id())).isPresent();
    }

    // --- helpers ---

    /** An account in the database, as the actor it signs in as. */
    Actor user(String username, String displayName, PlatformRole role) {
        User user = db.inTransaction(() -> new UserRepository(db).add(new User(username, displayName,
                username + "@example.org", "not-a-real-hash", role, clock.instant())));
        return user.asActor();
    }

    /** DITENAVE, created by regional staff, with elena as manager, francesca as staff and andrea as member. */
    ClusterDetails ditenave() {
        ClusterDetails c = service.create(rita, profile("DITENAVE").build());
        service.addPerson(rita, c.id(), elena.username(), ClusterRole.MANAGER);
        service.addPerson(elena, c.id(), francesca.username(), ClusterRole.STAFF);
        service.addPerson(elena, c.id(), andrea.username(), ClusterRole.MEMBER);
        return service.get(Optional.of(rita), c.id());
    }

    /** AgriFood FVG, with paolo as its one manager. */
    ClusterDetails agrifood() {
        ClusterDetails c = service.create(admin, profile("AgriFood FVG").nuts("ITH42")
                .portfolio(ComparativePortfolio.FOOD_INDUSTRY).s3(SmartSpecialisationArea.AGRI_FOOD).build());
        service.addPerson(admin, c.id(), paolo.username(), ClusterRole.MANAGER);
        return service.get(Optional.of(admin), c.id());
    }

    /** Five public clusters of the demo region, created one minute apart, and one visible on the platform only. */
    void directoryFixture() {
        create("DITENAVE", "ITH44", ComparativePortfolio.MARITIME_TECHNOLOGIES, 2008,
                SmartSpecialisationArea.MARITIME_TECHNOLOGIES, SmartSpecialisationArea.METALWORKING);
        create("AgriFood FVG", "ITH42", ComparativePortfolio.FOOD_INDUSTRY, 2015, SmartSpecialisationArea.AGRI_FOOD);
        create("Smart Health FVG", "ITH44", ComparativePortfolio.HEALTH_AND_MEDICAL_SCIENCE, 2011,
                SmartSpecialisationArea.SMART_HEALTH);
        create("Legno Arredo Casa FVG", "ITH41", ComparativePortfolio.PRODUCTION_AND_ENGINEERING, 2000,
                SmartSpecialisationArea.HOME_SYSTEMS);
        create("Meccatronica FVG", "ITH41", ComparativePortfolio.PRODUCTION_AND_ENGINEERING, 2003,
                SmartSpecialisationArea.METALWORKING);
        service.create(admin, profile("Digital & Creative FVG").nuts("ITH43").founded(2019)
                .portfolio(ComparativePortfolio.PRODUCTION_AND_ENGINEERING)
                .s3(SmartSpecialisationArea.METALWORKING, SmartSpecialisationArea.HOME_SYSTEMS)
                .visibility(ClusterVisibility.PLATFORM).build());
    }

    private void create(String name, String nuts, ComparativePortfolio portfolio, int founded,
                        SmartSpecialisationArea... areas) {
        service.create(admin, profile(name).nuts(nuts).portfolio(portfolio).founded(founded).s3(areas).build());
        clock.advance(Duration.ofMinutes(1));
    }

    static ClusterFilter text(String text) {
        return new ClusterFilter(text, null, null, null, ClusterFilter.Sort.NAME);
    }

    static ClusterFilter sorted(ClusterFilter.Sort sort) {
        return new ClusterFilter(null, null, null, null, sort);
    }

    /** The names a visitor finds with the filter, in the filter's order (by name when it names none). */
    List<String> names(ClusterFilter filter) {
        return service.directory(VISITOR, filter, ALL).items().stream().map(ClusterSummary::name).toList();
    }

    MembershipView membershipOf(ClusterDetails cluster, String username) {
        return service.people(admin, cluster.id()).stream().filter(m -> m.username().equals(username))
                .findFirst().orElseThrow();
    }

    long auditCount() {
        return sql().number("SELECT COUNT(*) FROM audit_entries");
    }

    /** The cluster is exactly as it was: same profile, same version, same row. */
    void assertUnchanged(ClusterDetails before) {
        ClusterDetails now = service.get(Optional.of(admin), before.id());
        assertThat(now.profile()).isEqualTo(before.profile());
        assertThat(now.version()).isEqualTo(before.version());
        assertThat(now.updatedAt()).isEqualTo(before.updatedAt());
    }

    void assertNothingStored() {
        for (String table : List.of("clusters", "cluster_s3_areas", "cluster_member_counts", "audit_entries")) {
            assertThat(sql().number("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
    }

    /** The details as someone without rights on the cluster sees them. */
    static ClusterDetails withoutRights(ClusterDetails d) {
        return new ClusterDetails(d.id(), d.slug(), d.profile(), d.descriptionHtml(), d.eligibility(), d.hasLogo(),
                d.createdAt(), d.updatedAt(), d.version(), new ClusterPermissions(false, false, false, false));
    }

    static byte[] png(int width, int height) {
        return encode(width, height, BufferedImage.TYPE_INT_ARGB, "png");
    }

    static byte[] jpeg(int width, int height) {
        return encode(width, height, BufferedImage.TYPE_INT_RGB, "jpg");
    }

    private static byte[] encode(int width, int height, int type, String format) {
        BufferedImage img = new BufferedImage(width, height, type);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x00, 0x55, 0x99));
        g.fillRect(0, 0, width, height);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
