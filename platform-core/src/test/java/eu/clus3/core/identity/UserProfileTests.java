package eu.clus3.core.identity;

import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.audit.AuditView;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * People's profiles: what they say about themselves, their picture, and the audit trail of an account,
 * against a real database. Run on each supported database by {@link UserProfileOnH2Test} and
 * {@link UserProfileOnPostgresTest}.
 */
abstract class UserProfileTests extends PersistenceTest {

    static final PageRequest ALL = new PageRequest(0, 50);

    UserService service;
    Actor admin;
    Actor rita;
    Actor bob;

    UserProfileTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createServiceAndPeople() {
        service = new UserService(db, new UserRepository(db), new PasswordHasher(1_000), new LoginThrottle(clock), clock,
                new AuditTrail(db, clock), new SearchOutbox(db, clock));
        service.createFirstAdministrator(Optional.of(UserServiceTests.ADMIN_PASSWORD));
        admin = service.activeActor(UserService.ADMIN_USERNAME).orElseThrow();
        rita = UserServiceTests.actor(service.create(admin, UserServiceTests.newUser("rita", PlatformRole.REGIONAL_STAFF)));
        bob = UserServiceTests.actor(service.create(admin, UserServiceTests.newUser("bob", PlatformRole.MEMBER)));
    }

    // --- own profile ---

    @Test
    void a_person_fills_in_their_profile_and_the_view_lists_it() {
        UserView before = service.me(bob);

        UserView after = service.updateOwnProfile(bob, new PersonProfile(" Bob Smith ", "Bob.Smith@Example.org",
                " Cantiere Navale S.p.A. ", " Head of R&D ", List.of(" IT ", "en", "sl-SI"),
                List.of(" naval architecture ", "EU projects", "LNG propulsion")));

        assertThat(after.displayName()).isEqualTo("Bob Smith");
        assertThat(after.email()).isEqualTo("Bob.Smith@Example.org");
        assertThat(after.organisation()).isEqualTo("Cantiere Navale S.p.A.");
        assertThat(after.positionTitle()).isEqualTo("Head of R&D");
        assertThat(after.languages()).containsExactly("it", "en", "sl-si");
        assertThat(after.expertise()).containsExactly("naval architecture", "EU projects", "LNG propulsion");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.username()).isEqualTo("bob");
        assertThat(after.role()).isEqualTo(PlatformRole.MEMBER);
        assertThat(service.me(bob)).isEqualTo(after);
        assertThat(service.get(admin, bob.userId())).isEqualTo(after);
        assertThat(sql().row("SELECT organisation, position_title, languages, expertise FROM users WHERE id = ?",
                bob.userId()))
                .containsEntry("organisation", "Cantiere Navale S.p.A.")
                .containsEntry("position_title", "Head of R&D")
                .containsEntry("languages", "it,en,sl-si")
                .containsEntry("expertise", "naval architecture,EU projects,LNG propulsion");
    }

    @Test
    void repeated_tags_and_languages_are_kept_once() {
        UserView after = service.updateOwnProfile(bob, new PersonProfile("Bob", null, null, null,
                List.of("IT", "it", " en ", "EN", "en"), List.of("welding", " welding ", "robotics")));

        assertThat(after.languages()).containsExactly("it", "en");
        assertThat(after.expertise()).containsExactly("welding", "robotics");
    }

    @Test
    void blank_or_missing_optional_fields_clear_the_profile() {
        service.updateOwnProfile(bob, new PersonProfile("Bob", "bob@example.org", "Cluster Ltd", "Manager",
                List.of("it"), List.of("welding")));

        UserView cleared = service.updateOwnProfile(bob, new PersonProfile("Bob", " ", "  ", null, List.of(), null));

        assertThat(cleared.email()).isNull();
        assertThat(cleared.organisation()).isNull();
        assertThat(cleared.positionTitle()).isNull();
        assertThat(cleared.languages()).isEmpty();
        assertThat(cleared.expertise()).isEmpty();
        assertThat(sql().row("SELECT email, organisation, position_title, languages, expertise FROM users WHERE id = ?",
                bob.userId())).containsEntry("email", null).containsEntry("organisation", null)
                .containsEntry("position_title", null).containsEntry("languages", null).containsEntry("expertise", null);
    }

    @Test
    void every_invalid_profile_field_is_reported_at_once_and_nothing_changes() {
        UserView before = service.me(bob);
        long auditBefore = auditCount();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.updateOwnProfile(bob,
                new PersonProfile(" ", "not-an-email", "o".repeat(201), "p".repeat(201), List.of("english"),
                        List.of("welding, cutting"))));

        assertThat(e).isNotNull();
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder("displayName", "email",
                "organisation", "positionTitle", "languages", "expertise");
        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).contains(
                tuple("displayName", "validation.required"), tuple("email", "validation.email"),
                tuple("languages", "validation.languages"), tuple("expertise", "validation.tags"));
        assertThat(service.me(bob)).isEqualTo(before);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void languages_must_be_language_codes() {
        for (String bad : new String[]{"english", "e1", "e", "it,en", "it en", "en_GB", "", " ", "12"}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.updateOwnProfile(bob, profile(Arrays.asList("it", bad), null)));
            assertThat(e).as("'" + bad + "'").isNotNull();
            assertThat(e.fieldErrors()).as(bad).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("languages", "validation.languages"));
        }
        InvalidInputException nullCode = catchThrowableOfType(InvalidInputException.class,
                () -> service.updateOwnProfile(bob, profile(Arrays.asList("it", null), null)));
        assertThat(nullCode.fieldErrors()).extracting(FieldError::field).containsExactly("languages");

        assertThat(service.updateOwnProfile(bob, profile(List.of("fur", "en-GB", "sl"), null)).languages())
                .containsExactly("fur", "en-gb", "sl");
    }

    @Test
    void an_expertise_tag_has_1_to_60_characters_and_no_comma() {
        for (String bad : new String[]{"welding, cutting", ",", "x".repeat(61), " "}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.updateOwnProfile(bob, profile(null, List.of("robotics", bad))));
            assertThat(e).as("'" + bad + "'").isNotNull();
            assertThat(e.fieldErrors()).as(bad).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("expertise", "validation.tags"));
        }

        // The limit counts the tag as stored: spaces around it are trimmed, not counted.
        assertThat(service.updateOwnProfile(bob, profile(null, List.of(" " + "x".repeat(60) + " ", "Industry 4.0"))).expertise())
                .containsExactly("x".repeat(60), "Industry 4.0");
        assertThat(service.me(bob).expertise()).hasSize(2);
    }

    @Test
    void a_profile_change_is_recorded_in_the_accounts_audit_trail() {
        clock.advance(Duration.ofMinutes(10));

        service.updateOwnProfile(bob, profile(List.of("it"), List.of("welding")));

        List<AuditView> trail = service.auditTrail(admin, bob.userId(), ALL);
        assertThat(trail.get(0)).extracting(AuditView::actor, AuditView::subjectType, AuditView::subjectId,
                        AuditView::action, AuditView::details, AuditView::at, AuditView::clusterId)
                .containsExactly("bob", "user", bob.userId(), "user.profile", "profile changed by the user",
                        clock.instant(), null);
        assertThat(trail).extracting(AuditView::action).containsExactly("user.profile", "user.created");
    }

    @Test
    void a_profile_change_touches_nobody_else() {
        UserView ritaBefore = service.get(admin, rita.userId());

        service.updateOwnProfile(bob, profile(List.of("it"), List.of("welding")));

        assertThat(service.get(admin, rita.userId())).isEqualTo(ritaBefore);
        assertThat(service.auditTrail(admin, rita.userId(), ALL)).extracting(AuditView::action)
                .containsExactly("user.created");
    }

    // --- picture ---

    @Test
    void a_picture_is_stored_as_a_small_png() throws IOException {
        clock.advance(Duration.ofMinutes(5));

        service.setOwnAvatar(bob, png(600, 300));

        UserAvatar avatar = service.avatar(rita, bob.userId()).orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(avatar.getImage()));
        assertThat(avatar.getContentType()).isEqualTo("image/png");
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(128);
        assertThat(new Color(image.getRGB(128, 64))).isEqualTo(new Color(0x00, 0x55, 0x99));
        assertThat(avatar.getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(service.auditTrail(admin, bob.userId(), ALL).get(0))
                .extracting(AuditView::actor, AuditView::action, AuditView::details)
                .containsExactly("bob", "user.profile", "picture changed");
        assertThat(service.avatar(bob, rita.userId())).isEmpty();
    }

    @Test
    void a_new_picture_replaces_the_old_one() throws IOException {
        service.setOwnAvatar(bob, png(100, 100));
        clock.advance(Duration.ofDays(1));

        service.setOwnAvatar(bob, jpeg(40, 20));

        UserAvatar avatar = service.avatar(admin, bob.userId()).orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(avatar.getImage())).getWidth()).isEqualTo(40);
        assertThat(avatar.getContentType()).isEqualTo("image/png");
        assertThat(avatar.getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(sql().number("SELECT COUNT(*) FROM user_avatars")).isEqualTo(1);
    }

    @Test
    void a_file_that_is_not_an_image_is_refused_on_the_avatar_field_and_keeps_the_old_picture() {
        service.setOwnAvatar(bob, png(64, 64));
        byte[] before = service.avatar(bob, bob.userId()).orElseThrow().getImage();
        long auditBefore = auditCount();

        for (byte[] bad : List.of("Hello, I am a text file.\n".getBytes(StandardCharsets.UTF_8), new byte[0],
                "GIF89a not really".getBytes(StandardCharsets.US_ASCII))) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.setOwnAvatar(bob, bad));
            assertThat(e).isNotNull();
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("avatar");
        }
        InvalidInputException text = catchThrowableOfType(InvalidInputException.class,
                () -> service.setOwnAvatar(bob, "just text".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.fieldErrors()).extracting(FieldError::code).containsExactly("validation.imageType");

        assertThat(service.avatar(bob, bob.userId()).orElseThrow().getImage()).isEqualTo(before);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void a_broken_image_is_refused_and_nothing_is_stored() {
        byte[] png = png(64, 64);
        byte[] truncated = Arrays.copyOf(png, 40);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.setOwnAvatar(bob, truncated));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("avatar");
        assertThat(service.avatar(bob, bob.userId())).isEmpty();
        assertThat(sql().number("SELECT COUNT(*) FROM user_avatars")).isZero();
    }

    // --- audit trail of an account ---

    @Test
    void the_audit_trail_of_an_account_is_for_those_who_see_the_audit() {
        assertThat(service.auditTrail(admin, bob.userId(), ALL)).isNotEmpty();

        for (Actor refused : List.of(rita, bob)) {
            assertThatThrownBy(() -> service.auditTrail(refused, bob.userId(), ALL))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
        }
        Actor partner = UserServiceTests.actor(service.create(admin, UserServiceTests.newUser("paul", PlatformRole.PARTNER)));
        assertThatThrownBy(() -> service.auditTrail(partner, bob.userId(), ALL)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_administrators_edit_of_role_and_state_is_recorded_with_the_changes_named() {
        UserView before = service.me(bob);
        clock.advance(Duration.ofMinutes(1));
        UserView demoted = service.update(admin, bob.userId(),
                new UserChanges(null, null, PlatformRole.PARTNER, false, before.version()));
        clock.advance(Duration.ofMinutes(1));
        UserView back = service.update(admin, bob.userId(),
                new UserChanges("Robert", "robert@example.org", null, true, demoted.version()));
        clock.advance(Duration.ofMinutes(1));
        UserView unchanged = service.update(admin, bob.userId(),
                new UserChanges("Robert", null, PlatformRole.PARTNER, true, back.version()));

        List<AuditView> trail = service.auditTrail(admin, bob.userId(), ALL);

        assertThat(trail).extracting(AuditView::actor, AuditView::action, AuditView::details).containsExactly(
                tuple("admin", "user.updated", "reactivated, name, e-mail"),
                tuple("admin", "user.updated", "role MEMBER -> PARTNER, deactivated"),
                tuple("admin", "user.created", "bob as MEMBER"));
        assertThat(trail.get(0).at()).as("an edit that changes nothing is not recorded")
                .isEqualTo(clock.instant().minus(Duration.ofMinutes(1)));
        assertThat(unchanged.role()).isEqualTo(PlatformRole.PARTNER);
        assertThat(unchanged.active()).isTrue();
        assertThat(service.auditTrail(admin, bob.userId(), new PageRequest(1, 1))).extracting(AuditView::details)
                .containsExactly("role MEMBER -> PARTNER, deactivated");
    }

    // --- finding people ---

    @Test
    void an_account_is_found_by_its_e_mail_address_whatever_the_case() {
        service.updateOwnProfile(bob, new PersonProfile("Bob", "Bob.Smith@Example.org", null, null, null, null));

        assertThat(service.findByEmail("bob.smith@example.org")).map(UserView::username).contains("bob");
        assertThat(service.findByEmail("  BOB.SMITH@EXAMPLE.ORG ")).map(UserView::username).contains("bob");
        assertThat(service.findByEmail("nobody@example.org")).isEmpty();
        assertThat(service.findByEmail(null)).isEmpty();
        assertThat(service.findByEmail("")).isEmpty();
    }

    // --- helpers ---

    static PersonProfile profile(List<String> languages, List<String> expertise) {
        return new PersonProfile("Bob Member", "bob@example.org", null, null, languages, expertise);
    }

    long auditCount() {
        return sql().number("SELECT COUNT(*) FROM audit_entries");
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
            assertThat(ImageIO.write(img, format, out)).as(format).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
