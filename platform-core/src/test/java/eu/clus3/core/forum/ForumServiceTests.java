package eu.clus3.core.forum;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.notification.NotificationKind;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.notification.NotificationView;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.search.SearchPrincipals;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.NaughtyStrings;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import eu.clus3.search.Language;
import eu.clus3.search.SearchDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static eu.clus3.core.cluster.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The forum, one test per rule, against a real database (run on H2 and PostgreSQL by the subclasses).
 *
 * <p>The cast: the administrator {@code admin}; regional staff {@code rita}; {@code elena} manages the
 * DITENAVE cluster and {@code andrea} belongs to it; {@code mia} belongs to no cluster; {@code paolo}
 * moderates the Governance category; {@code nina} is a new user.
 */
abstract class ForumServiceTests extends PersistenceTest {

    static final Optional<Actor> VISITOR = Optional.empty();
    static final PageRequest FIRST = new PageRequest(0, 20);

    ForumRepository forum;
    NotificationService notifications;
    TopicService topics;
    ModerationService moderation;
    CategoryService categories;
    DraftService drafts;
    ForumImageService images;
    ForumSearchSource search;
    ClusterService clusters;

    Actor admin;
    Actor rita;
    Actor elena;
    Actor andrea;
    Actor mia;
    Actor paolo;
    Actor nina;
    long ditenave;
    CategoryView governance;

    ForumServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createServicesPeopleAndCategories() {
        services(ForumSettings.DEFAULTS);
        admin = user("admin", PlatformRole.ADMINISTRATOR);
        rita = user("rita", PlatformRole.REGIONAL_STAFF);
        elena = user("elena.furlan", PlatformRole.MEMBER);
        andrea = user("andrea.pittana", PlatformRole.MEMBER);
        mia = user("mia", PlatformRole.MEMBER);
        paolo = user("paolo.devetak", PlatformRole.MEMBER);
        nina = user("nina", PlatformRole.MEMBER);
        ClusterDetails c = clusters.create(rita, profile("DITENAVE").build());
        clusters.addPerson(rita, c.id(), elena.username(), ClusterRole.MANAGER);
        clusters.addPerson(rita, c.id(), andrea.username(), ClusterRole.MEMBER);
        ditenave = c.id();
        governance = categories.create(admin, category("Governance", CategoryVisibility.PUBLIC, null));
        governance = categories.addModerator(admin, governance.id(), paolo.username());
    }

    void services(ForumSettings settings) {
        ClusterRepository clusterRepository = new ClusterRepository(db);
        UserRepository users = new UserRepository(db);
        forum = new ForumRepository(db);
        ForumAccess access = new ForumAccess(clusterRepository);
        notifications = new NotificationService(db, clock);
        Subscriptions subscriptions = new Subscriptions(forum, users, access, notifications);
        SearchOutbox outbox = new SearchOutbox(db, clock);
        TopicActivity activity = new TopicActivity();
        topics = new TopicService(db, forum, access, users, clusterRepository, subscriptions, notifications, outbox,
                activity, settings, clock);
        moderation = new ModerationService(db, forum, access, topics, users, subscriptions, notifications, outbox,
                activity, settings, clock);
        categories = new CategoryService(db, forum, access, users, clusterRepository, subscriptions, outbox, clock);
        search = new ForumSearchSource(db, forum, clusterRepository);
        drafts = new DraftService(db, forum, topics, clock);
        images = new ForumImageService(db, forum, access, settings, clock);
        clusters = new ClusterService(db, clusterRepository, users, new AuditTrail(db, clock), clock,
                new SearchOutbox(db, clock));
    }

    // --- categories and who reads them ---

    @Test
    void only_administrators_create_categories_and_appoint_moderators() {
        assertThatThrownBy(() -> categories.create(rita, category("Financing", CategoryVisibility.PUBLIC, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> categories.addModerator(paolo, governance.id(), mia.username()))
                .isInstanceOf(ForbiddenException.class);

        CategoryView financing = categories.create(admin, category("Financing", CategoryVisibility.PUBLIC, null));

        assertThat(financing.slug()).isEqualTo("financing");
        assertThat(governance.moderators()).containsExactly("paolo.devetak");
        assertThat(categories.category(Optional.of(paolo), governance.id()).moderator()).isTrue();
        assertThat(categories.category(Optional.of(mia), governance.id()).moderator()).isFalse();
    }

    @Test
    void a_category_for_one_cluster_names_the_cluster() {
        InvalidInputException e = catchThrowableOfType(() -> categories.create(admin,
                category("Our own", CategoryVisibility.CLUSTER_MEMBERS, null)), InvalidInputException.class);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("clusterId");
        InvalidInputException unknown = catchThrowableOfType(() -> categories.create(admin,
                category("Our own", CategoryVisibility.CLUSTER_MEMBERS, 987_654L)), InvalidInputException.class);
        assertThat(unknown.fieldErrors()).extracting(FieldError::code).containsExactly("validation.unknownCluster");
    }

    @Test
    void visibility_decides_who_reads_a_category_and_its_topics() {
        CategoryView platform = categories.create(admin, category("Financing", CategoryVisibility.PLATFORM_MEMBERS, null));
        CategoryView own = categories.create(admin, category("DITENAVE board", CategoryVisibility.CLUSTER_MEMBERS, ditenave));
        TopicDetails inPlatform = topics.open(mia, topic(platform.id(), "Membership fees"));
        TopicDetails inCluster = topics.open(elena, topic(own.id(), "Board meeting"));

        assertThat(categories.categories(VISITOR)).extracting(CategoryView::name).containsExactly("Governance");
        assertThat(categories.categories(Optional.of(mia))).extracting(CategoryView::name)
                .containsExactlyInAnyOrder("Governance", "Financing");
        assertThat(categories.categories(Optional.of(andrea))).extracting(CategoryView::name)
                .containsExactlyInAnyOrder("Governance", "Financing", "DITENAVE board");
        assertThat(categories.categories(Optional.of(rita))).hasSize(3);
        assertThat(categories.categories(Optional.of(admin))).hasSize(3);

        assertThatThrownBy(() -> topics.topic(VISITOR, inPlatform.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> topics.topic(Optional.of(mia), inCluster.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> topics.reply(mia, inCluster.id(), "let me in")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> topics.latest(Optional.of(mia), own.id(), FIRST)).isInstanceOf(NotFoundException.class);
        assertThat(topics.topic(Optional.of(andrea), inCluster.id()).title()).isEqualTo("Board meeting");
        assertThat(topics.latest(Optional.of(mia), null, FIRST).items()).extracting(TopicSummary::title)
                .containsExactly("Membership fees");
        assertThat(topics.latest(VISITOR, null, FIRST).total()).isZero();
    }

    @Test
    void a_categorys_moderators_read_it_even_when_it_belongs_to_a_cluster_they_are_not_in() {
        CategoryView own = categories.create(admin, category("DITENAVE board", CategoryVisibility.CLUSTER_MEMBERS, ditenave));
        categories.addModerator(admin, own.id(), mia.username());
        TopicDetails t = topics.open(elena, topic(own.id(), "Board meeting"));

        assertThat(topics.topic(Optional.of(mia), t.id()).permissions().moderate()).isTrue();
    }

    // --- topics and posts ---

    @Test
    void the_discussion_about_a_subject_is_the_oldest_readable_topic_about_it() {
        String ref = "module:benchmarking:indicator-7";
        assertThat(topics.topicAbout(Optional.of(elena), ref)).isEmpty();
        CategoryView members = categories.create(admin, category("Members only", CategoryVisibility.PLATFORM_MEMBERS, null));
        TopicDetails hidden = topics.open(elena, new NewTopic(members.id(), "Indicator 7 among members", "First.",
                List.of(), false, null, ref, null));
        TopicDetails open = topics.open(elena, new NewTopic(governance.id(), "Indicator 7", "Second.",
                List.of(), false, null, ref, null));
        topics.open(elena, new NewTopic(governance.id(), "Another subject", "Third.", List.of(), false, null,
                "module:benchmarking:indicator-8", null));

        assertThat(topics.topicAbout(Optional.of(elena), ref)).map(TopicDetails::id).contains(hidden.id());
        assertThat(topics.topicAbout(VISITOR, ref)).as("a visitor does not see the members' category")
                .map(TopicDetails::id).contains(open.id());
        assertThat(topics.topicAbout(VISITOR, "module:benchmarking:indicator-9")).isEmpty();
        assertThatThrownBy(() -> topics.topicAbout(VISITOR, "not a subject")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> topics.topicAbout(VISITOR, " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_topic_opens_with_its_first_post_tags_language_and_cluster_link() {
        sql().update("UPDATE users SET locale = 'it' WHERE username = ?", "elena.furlan");

        TopicDetails t = topics.open(elena, new NewTopic(governance.id(), "  Statuto del cluster  ",
                "Come avete scritto lo **statuto**?", List.of("Statuto", "  governance  ", "statuto"), true,
                ditenave, "ecei-2013:2.4", null));

        assertThat(t.title()).isEqualTo("Statuto del cluster");
        assertThat(t.tags()).containsExactly("governance", "statuto");
        assertThat(t.language()).isEqualTo("it");
        assertThat(t.question()).isTrue();
        assertThat(t.clusterId()).isEqualTo(ditenave);
        assertThat(t.indicatorRef()).isEqualTo("ecei-2013:2.4");
        assertThat(t.posts()).isEqualTo(1);
        PostView first = topics.posts(VISITOR, t.id(), 0, 20).posts().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.html().strip()).isEqualTo("<p>Come avete scritto lo <strong>statuto</strong>?</p>");
        assertThat(categories.tags()).extracting(TagView::name).containsExactly("governance", "statuto");
    }

    @Test
    void titles_bodies_and_tags_have_limits_reported_per_field() {
        InvalidInputException e = catchThrowableOfType(() -> topics.open(elena, new NewTopic(governance.id(),
                "x".repeat(201), "y".repeat(50_001), List.of("ok", "not/ok", "z".repeat(31)), null, null,
                "bad ref!", "de")), InvalidInputException.class);

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("title", "validation.tooLong"),
                org.assertj.core.groups.Tuple.tuple("body", "validation.tooLong"),
                org.assertj.core.groups.Tuple.tuple("tags", "validation.tag"),
                org.assertj.core.groups.Tuple.tuple("tags", "validation.tagTooLong"),
                org.assertj.core.groups.Tuple.tuple("indicatorRef", "validation.indicatorRef"),
                org.assertj.core.groups.Tuple.tuple("language", "validation.language"));
        InvalidInputException missing = catchThrowableOfType(() -> topics.open(elena, new NewTopic(null, " ", "",
                List.of("a", "b", "c", "d", "e", "f"), null, null, null, null)), InvalidInputException.class);
        assertThat(missing.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("categoryId", "title", "body", "tags");
        assertThat(topics.open(elena, new NewTopic(governance.id(), "t".repeat(200), "b".repeat(50_000), null,
                null, null, null, null)).title()).hasSize(200);
    }

    @Test
    void naughty_strings_are_stored_verbatim_or_refused_with_a_field_error() {
        for (String s : NaughtyStrings.all()) {
            asTitle(s);
            asBody(s);
            asTag(s);
        }
    }

    private void asTitle(String s) {
        try {
            TopicDetails t = topics.open(elena, topic(governance.id(), s));
            assertThat(topics.topic(VISITOR, t.id()).title()).as("title %s", s).isEqualTo(s.trim());
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).as("title %s", s).extracting(FieldError::field).containsOnly("title");
        }
    }

    private void asBody(String s) {
        try {
            TopicDetails t = topics.open(elena, new NewTopic(governance.id(), "Body test", s, null, null, null, null, null));
            PostView p = topics.posts(VISITOR, t.id(), 0, 1).posts().get(0);
            assertThat(p.markdown()).as("body %s", s).isEqualTo(s);
            assertSafe(p.html(), s);
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).as("body %s", s).extracting(FieldError::field).containsOnly("body");
        }
    }

    /** No script, iframe or style element, no event handler, no javascript: address in the HTML shown. */
    static void assertSafe(String html, String source) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, iframe, style, object, embed, svg")).as("elements of %s", source).isEmpty();
        doc.getAllElements().forEach(e -> e.attributes().forEach(a -> {
            assertThat(a.getKey()).as("attribute of %s", source).doesNotStartWithIgnoringCase("on");
            assertThat(a.getValue().strip()).as("attribute of %s", source).doesNotStartWithIgnoringCase("javascript:");
        }));
        doc.select("a[href]").forEach(a -> assertThat(a.attr("rel")).contains("nofollow", "noopener"));
    }

    private void asTag(String s) {
        try {
            TopicDetails t = topics.open(elena, new NewTopic(governance.id(), "Tag test", "body", List.of(s), null,
                    null, null, null));
            String expected = s.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            assertThat(t.tags()).as("tag %s", s).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).as("tag %s", s).extracting(FieldError::field).containsOnly("tags");
        }
    }

    @Test
    void replies_are_numbered_in_order_and_raise_the_topic_in_the_list() {
        TopicDetails older = topics.open(elena, topic(governance.id(), "Older"));
        clock.advance(Duration.ofMinutes(1));
        TopicDetails newer = topics.open(elena, topic(governance.id(), "Newer"));
        clock.advance(Duration.ofMinutes(1));

        PostView reply = topics.reply(andrea, older.id(), "A reply");

        assertThat(reply.number()).isEqualTo(2);
        assertThat(topics.latest(VISITOR, governance.id(), FIRST).items()).extracting(TopicSummary::title)
                .containsExactly("Older", "Newer");
        TopicSummary top = topics.latest(VISITOR, governance.id(), FIRST).items().get(0);
        assertThat(top.posts()).isEqualTo(2);
        assertThat(top.lastPoster()).isEqualTo("andrea.pittana");
        assertThat(newer.posts()).isEqualTo(1);
    }

    @Test
    void a_page_of_topics_takes_the_same_number_of_statements_whatever_its_length() {
        // each topic by another author, with its own tags and last poster: what made the list cost a query per topic
        for (int i = 1; i <= 12; i++) {
            Actor author = user("author" + i, PlatformRole.MEMBER);
            TopicDetails t = topics.open(author, new NewTopic(governance.id(), "Topic " + i, "Opening post",
                    List.of("tag" + i, "common"), null, null, null, null));
            topics.reply(user("replier" + i, PlatformRole.MEMBER), t.id(), "A reply");
            clock.advance(Duration.ofMinutes(1));
        }
        long forTwo = statementsWhile(() -> topics.latest(Optional.of(mia), governance.id(), new PageRequest(0, 2)));
        long forTwelve = statementsWhile(() -> {
            Page<TopicSummary> page = topics.latest(Optional.of(mia), governance.id(), new PageRequest(0, 12));
            assertThat(page.items()).hasSize(12).allSatisfy(t -> {
                assertThat(t.tags()).contains("common");
                assertThat(t.lastPoster()).startsWith("replier");
                assertThat(t.author()).startsWith("author");
            });
        });
        assertThat(forTwelve).isEqualTo(forTwo).isLessThanOrEqualTo(10);
    }

    /** SQL statements sent to the database while {@code work} runs. */
    private long statementsWhile(Runnable work) {
        java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
        org.eclipse.persistence.sessions.SessionEventAdapter counter = new org.eclipse.persistence.sessions.SessionEventAdapter() {
            @Override
            public void preExecuteCall(org.eclipse.persistence.sessions.SessionEvent event) {
                calls.incrementAndGet();
            }
        };
        var events = db.inTransaction(() -> db.em().unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class)
                .getServerSession().getEventManager());
        events.addListener(counter);
        try {
            work.run();
        } finally {
            events.removeListener(counter);
        }
        return calls.get();
    }

    @Test
    void pinned_topics_come_first_and_the_list_is_paged() {
        for (int i = 1; i <= 5; i++) {
            topics.open(elena, topic(governance.id(), "Topic " + i));
            clock.advance(Duration.ofMinutes(1));
        }
        long firstId = topics.latest(VISITOR, governance.id(), new PageRequest(0, 5)).items().get(4).id();
        moderation.setState(paolo, firstId, new ModerationService.TopicState(null, null, true));

        Page<TopicSummary> page0 = topics.latest(VISITOR, governance.id(), new PageRequest(0, 2));
        Page<TopicSummary> page2 = topics.latest(VISITOR, governance.id(), new PageRequest(2, 2));

        assertThat(page0.items()).extracting(TopicSummary::title).containsExactly("Topic 1", "Topic 5");
        assertThat(page0.items().get(0).pinned()).isTrue();
        assertThat(page2.items()).extracting(TopicSummary::title).containsExactly("Topic 2");
        assertThat(page0.total()).isEqualTo(5);
    }

    @Test
    void two_replies_at_the_same_moment_are_both_kept_with_their_own_numbers() throws Exception {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Busy topic"));
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<PostView>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Actor who = i % 2 == 0 ? andrea : mia;
                String text = "reply " + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return topics.reply(who, t.id(), text);
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<PostView> f : futures) {
                numbers.add(f.get(60, TimeUnit.SECONDS).number());
            }
            Collections.sort(numbers);
            assertThat(numbers).containsExactly(2, 3, 4, 5, 6, 7);
        } finally {
            pool.shutdownNow();
        }
        PostPage page = topics.posts(VISITOR, t.id(), 0, 50);
        assertThat(page.posts()).extracting(PostView::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(topics.topic(VISITOR, t.id()).posts()).isEqualTo(7);
        assertThat(topics.posts(VISITOR, t.id(), 0, 50).posts()).extracting(PostView::markdown)
                .isEqualTo(page.posts().stream().map(PostView::markdown).toList()); // the order is stable
    }

    @Test
    void a_topics_posts_come_page_by_page_after_a_number() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Long topic"));
        IntStream.rangeClosed(2, 45).forEach(i -> topics.reply(i % 2 == 0 ? andrea : mia, t.id(), "post " + i));

        PostPage first = topics.posts(VISITOR, t.id(), 0, 20);
        PostPage last = topics.posts(VISITOR, t.id(), 40, 20);

        assertThat(first.posts()).extracting(PostView::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(first.more()).isTrue();
        assertThat(last.posts()).extracting(PostView::number).containsExactly(41, 42, 43, 44, 45);
        assertThat(last.more()).isFalse();
        assertThatThrownBy(() -> topics.posts(VISITOR, t.id(), -1, 20)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> topics.posts(VISITOR, t.id(), 0, 500)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unread_counts_follow_what_each_person_read() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Unread"));
        assertThat(unread(mia, t.id())).isEqualTo(1);
        assertThat(unread(elena, t.id())).isZero();

        topics.reply(andrea, t.id(), "one");
        topics.reply(andrea, t.id(), "two");
        assertThat(unread(elena, t.id())).isEqualTo(2);
        assertThat(unread(mia, t.id())).isEqualTo(3);

        topics.markRead(mia, t.id(), 2);
        topics.markRead(mia, t.id(), 1); // never moves back
        assertThat(unread(mia, t.id())).isEqualTo(1);
        assertThat(topics.topic(Optional.of(mia), t.id()).lastReadNumber()).isEqualTo(2);
        assertThat(topics.latest(VISITOR, null, FIRST).items().get(0).unread()).isNull();
    }

    @Test
    void people_like_others_posts_once_and_never_their_own() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Likes"));
        long post = firstPost(t).id();

        topics.like(andrea, post);
        topics.like(andrea, post);
        PostView liked = topics.like(mia, post);

        assertThat(liked.likes()).isEqualTo(2);
        assertThat(liked.likedByMe()).isTrue();
        assertThat(topics.posts(Optional.of(rita), t.id(), 0, 5).posts().get(0).likedByMe()).isFalse();
        assertThatThrownBy(() -> topics.like(elena, post)).isInstanceOf(ForbiddenException.class);
        assertThat(topics.unlike(mia, post).likes()).isEqualTo(1);
    }

    // --- questions and answers ---

    @Test
    void a_questions_author_accepts_several_answers_and_everyone_sees_who_accepted() {
        TopicDetails q = topics.open(elena, new NewTopic(governance.id(), "How do you finance staff?", "Ideas?",
                null, true, null, null, null));
        PostView a1 = topics.reply(andrea, q.id(), "Membership fees");
        PostView a2 = topics.reply(mia, q.id(), "Regional funds");

        topics.accept(elena, a1.id());
        PostView second = topics.accept(paolo, a2.id()); // a moderator may too

        assertThat(topics.post(VISITOR, a1.id()).acceptedBy()).isEqualTo("elena.furlan");
        assertThat(second.acceptedBy()).isEqualTo("paolo.devetak");
        assertThat(kinds(andrea)).containsExactly(NotificationKind.ANSWER_ACCEPTED);
        assertThatThrownBy(() -> topics.accept(mia, a1.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> topics.accept(elena, firstPost(q).id())).isInstanceOf(ConflictException.class);
        assertThat(topics.unaccept(elena, a1.id()).acceptedBy()).isNull();
    }

    @Test
    void only_a_questions_replies_are_accepted() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Not a question"));
        PostView r = topics.reply(andrea, t.id(), "reply");
        assertThatThrownBy(() -> topics.accept(elena, r.id())).isInstanceOf(ConflictException.class);
    }

    // --- notifications ---

    @Test
    void the_author_hears_of_replies_and_mentioned_people_of_their_mention_once() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Watch me"));

        topics.reply(andrea, t.id(), "Hello @elena.furlan and @MIA, see `@rita` and @nobody.");

        assertThat(kinds(elena)).containsExactly(NotificationKind.MENTION); // a mention, not also a reply
        assertThat(kinds(mia)).containsExactly(NotificationKind.MENTION);
        assertThat(kinds(rita)).isEmpty(); // inside code
        assertThat(kinds(andrea)).isEmpty(); // never of one's own post
        topics.reply(mia, t.id(), "Another");
        assertThat(kinds(elena)).containsExactly(NotificationKind.REPLY, NotificationKind.MENTION);
        assertThat(kinds(andrea)).isEmpty(); // repliers track, they are not told of every reply
        NotificationView n = notifications.mine(elena, FIRST).items().get(0);
        assertThat(n.actorUsername()).isEqualTo("mia");
        assertThat(n.subjectTitle()).isEqualTo("Watch me");
        assertThat(n.postNumber()).isEqualTo(3);
    }

    @Test
    void watching_a_category_tells_of_new_topics_and_muting_a_topic_silences_it() {
        categories.watch(mia, governance.id(), WatchLevel.WATCHING);
        TopicDetails t = topics.open(elena, topic(governance.id(), "New here"));
        assertThat(kinds(mia)).containsExactly(NotificationKind.NEW_TOPIC);

        topics.watch(mia, t.id(), WatchLevel.MUTED);
        topics.reply(andrea, t.id(), "@mia are you there?");
        assertThat(kinds(mia)).containsExactly(NotificationKind.NEW_TOPIC);
        assertThat(topics.topic(Optional.of(mia), t.id()).watchLevel()).isEqualTo(WatchLevel.MUTED);
    }

    @Test
    void nobody_is_told_of_a_topic_they_may_not_read() {
        CategoryView own = categories.create(admin, category("DITENAVE board", CategoryVisibility.CLUSTER_MEMBERS, ditenave));
        TopicDetails t = topics.open(elena, topic(own.id(), "Internal"));
        topics.reply(andrea, t.id(), "@mia should not hear of this");
        assertThat(kinds(mia)).isEmpty();
    }

    @Test
    void reading_a_topic_marks_its_notifications_read() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Read it"));
        topics.reply(andrea, t.id(), "one");
        topics.reply(mia, t.id(), "two");

        topics.markRead(elena, t.id(), 2);

        assertThat(notifications.mine(elena, FIRST).items()).extracting(NotificationView::postNumber,
                NotificationView::read).containsExactly(org.assertj.core.groups.Tuple.tuple(3, false),
                org.assertj.core.groups.Tuple.tuple(2, true));
    }

    @Test
    void people_read_and_mark_their_own_notifications_only() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Notify"));
        topics.reply(andrea, t.id(), "one");
        topics.reply(mia, t.id(), "two");
        assertThat(notifications.unreadCount(elena)).isEqualTo(2);
        long id = notifications.mine(elena, FIRST).items().get(0).id();

        assertThatThrownBy(() -> notifications.markRead(mia, id)).isInstanceOf(NotFoundException.class);
        notifications.markRead(elena, id);
        assertThat(notifications.unreadCount(elena)).isEqualTo(1);
        notifications.markAllRead(elena);
        assertThat(notifications.unreadCount(elena)).isZero();
    }

    // --- drafts ---

    @Test
    void drafts_are_kept_while_typing_for_their_writer_and_removed_once_sent() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Drafts"));

        drafts.save(mia, t.id(), null, null, "Half a rep");
        drafts.save(mia, t.id(), null, null, "Half a reply, then more");
        drafts.save(mia, null, governance.id(), "A new question", "Still thinking");

        assertThat(drafts.draft(mia, t.id()).orElseThrow().body()).isEqualTo("Half a reply, then more");
        assertThat(drafts.draft(mia, null).orElseThrow().title()).isEqualTo("A new question");
        assertThat(drafts.draft(andrea, t.id())).isEmpty();
        assertThatThrownBy(() -> drafts.save(mia, t.id(), null, null, "y".repeat(50_001)))
                .isInstanceOf(InvalidInputException.class);

        topics.reply(mia, t.id(), "Half a reply, then more");
        topics.open(mia, topic(governance.id(), "A new question"));

        assertThat(drafts.draft(mia, t.id())).isEmpty();
        assertThat(drafts.draft(mia, null)).isEmpty();
        drafts.save(mia, t.id(), null, null, "again");
        drafts.save(mia, t.id(), null, null, "");
        assertThat(drafts.draft(mia, t.id())).as("emptied: discarded").isEmpty();
    }

    @Test
    void nobody_keeps_a_draft_in_a_topic_they_may_not_read() {
        CategoryView own = categories.create(admin, category("DITENAVE board", CategoryVisibility.CLUSTER_MEMBERS, ditenave));
        TopicDetails t = topics.open(elena, topic(own.id(), "Internal"));
        assertThatThrownBy(() -> drafts.save(mia, t.id(), null, null, "peek")).isInstanceOf(NotFoundException.class);
    }

    // --- editing ---

    @Test
    void edits_keep_a_history_for_the_author_and_moderators() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Edited"));
        PostView p = firstPost(t);

        PostView edited = topics.edit(elena, p.id(), p.version(), "Second text", null);
        InvalidInputException noReason = catchThrowableOfType(() -> topics.edit(paolo, p.id(), edited.version(),
                "Moderated text", " "), InvalidInputException.class);
        PostView moderated = topics.edit(paolo, p.id(), edited.version(), "Moderated text", "Removed a phone number");

        assertThat(noReason.fieldErrors()).extracting(FieldError::field).containsExactly("reason");
        assertThat(moderated.markdown()).isEqualTo("Moderated text");
        assertThat(moderated.editCount()).isEqualTo(2);
        List<RevisionView> history = topics.history(elena, p.id());
        assertThat(history).extracting(RevisionView::bodyBefore).containsExactly("Opening post", "Second text");
        assertThat(history).extracting(RevisionView::editor).containsExactly("elena.furlan", "paolo.devetak");
        assertThat(history.get(1).reason()).isEqualTo("Removed a phone number");
        assertThat(topics.history(paolo, p.id())).hasSize(2);
        assertThatThrownBy(() -> topics.history(mia, p.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> topics.edit(mia, p.id(), moderated.version(), "mine now", null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> topics.edit(elena, p.id(), p.version(), "stale", null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_title_change_is_kept_in_the_opening_posts_history() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "First title"));

        TopicDetails changed = topics.editTopic(elena, t.id(), new TopicEdit(t.version(), "Better title",
                List.of("strategy"), true, ditenave, null, "it", null));

        assertThat(changed.title()).isEqualTo("Better title");
        assertThat(changed.tags()).containsExactly("strategy");
        assertThat(changed.language()).isEqualTo("it");
        assertThat(topics.history(elena, firstPost(t).id())).extracting(RevisionView::titleBefore)
                .containsExactly("First title");
    }

    // --- moderation ---

    @Test
    void enough_flags_hide_a_post_until_a_moderator_reviews_it() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Flags"));
        PostView spam = topics.reply(andrea, t.id(), "Buy cheap things");

        moderation.flag(elena, spam.id(), "spam");
        moderation.flag(mia, spam.id(), "advertising");
        assertThat(topics.post(VISITOR, spam.id()).status()).isEqualTo(PostStatus.VISIBLE);
        assertThatThrownBy(() -> moderation.flag(mia, spam.id(), "again")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> moderation.flag(andrea, spam.id(), "own")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> moderation.flag(rita, spam.id(), " ")).isInstanceOf(InvalidInputException.class);
        moderation.flag(rita, spam.id(), "spam");

        assertThatThrownBy(() -> topics.post(VISITOR, spam.id())).isInstanceOf(NotFoundException.class);
        assertThat(topics.post(Optional.of(andrea), spam.id()).status()).isEqualTo(PostStatus.HIDDEN);
        assertThat(topics.posts(Optional.of(mia), t.id(), 0, 20).posts()).extracting(PostView::number).containsExactly(1);
        assertThat(topics.topic(VISITOR, t.id()).posts()).isEqualTo(1);
        assertThat(kinds(paolo)).containsOnly(NotificationKind.POST_FLAGGED);
        List<ReviewItem> queue = moderation.reviewQueue(paolo, FIRST);
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).flags()).extracting(ReviewItem.FlagView::reason)
                .containsExactly("spam", "advertising", "spam");
        assertThatThrownBy(() -> moderation.reviewQueue(mia, FIRST)).isInstanceOf(ForbiddenException.class);

        moderation.unhide(paolo, spam.id());
        assertThat(topics.post(VISITOR, spam.id()).status()).isEqualTo(PostStatus.VISIBLE);
        assertThat(moderation.reviewQueue(paolo, FIRST)).isEmpty();
    }

    @Test
    void moderators_hide_posts_and_close_lock_and_move_topics() {
        CategoryView financing = categories.create(admin, category("Financing", CategoryVisibility.PUBLIC, null));
        TopicDetails t = topics.open(elena, topic(governance.id(), "Heated"));
        PostView r = topics.reply(andrea, t.id(), "rude words");

        assertThatThrownBy(() -> moderation.hide(mia, r.id(), "no")).isInstanceOf(ForbiddenException.class);
        moderation.hide(paolo, r.id(), "rude");
        assertThatThrownBy(() -> topics.post(Optional.of(mia), r.id())).isInstanceOf(NotFoundException.class);

        moderation.setState(paolo, t.id(), new ModerationService.TopicState(true, null, null));
        assertThatThrownBy(() -> topics.reply(mia, t.id(), "late")).isInstanceOf(ConflictException.class);
        assertThat(topics.reply(paolo, t.id(), "Closed for now").number()).isEqualTo(3);
        moderation.setState(paolo, t.id(), new ModerationService.TopicState(false, true, null));
        assertThatThrownBy(() -> topics.edit(elena, firstPost(t).id(), firstPost(t).version(), "x", null))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> moderation.move(paolo, t.id(), financing.id())).isInstanceOf(ForbiddenException.class);
        assertThat(moderation.move(admin, t.id(), financing.id()).categoryName()).isEqualTo("Financing");
    }

    @Test
    void moderators_split_replies_into_a_new_topic() {
        CategoryView financing = categories.create(admin, category("Financing", CategoryVisibility.PUBLIC, null));
        categories.addModerator(admin, financing.id(), paolo.username());
        TopicDetails t = topics.open(elena, topic(governance.id(), "Board and fees"));
        for (int i = 2; i <= 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            topics.reply(i % 2 == 0 ? andrea : mia, t.id(), "post " + i);
        }

        assertThatThrownBy(() -> moderation.split(elena, t.id(), List.of(3), "Fees", null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> moderation.split(paolo, t.id(), List.of(1, 3), "Fees", null))
                .isInstanceOf(InvalidInputException.class);
        TopicDetails fees = moderation.split(paolo, t.id(), List.of(5, 3), "Membership fees", financing.id());

        assertThat(fees.categoryName()).isEqualTo("Financing");
        assertThat(fees.author()).isEqualTo("mia");
        assertThat(fees.posts()).isEqualTo(2);
        assertThat(topics.posts(VISITOR, fees.id(), 0, 20).posts()).extracting(PostView::number, PostView::markdown)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "post 3"),
                        org.assertj.core.groups.Tuple.tuple(2, "post 5"));
        assertThat(topics.posts(VISITOR, t.id(), 0, 20).posts()).extracting(PostView::number).containsExactly(1, 2, 4);
        assertThat(topics.topic(VISITOR, t.id()).posts()).isEqualTo(3);
        assertThat(topics.reply(andrea, t.id(), "after the split").number()).isEqualTo(6);
        assertThat(topics.reply(andrea, fees.id(), "in the new topic").number()).isEqualTo(3);
    }

    @Test
    void after_a_split_notifications_about_moved_posts_lead_to_the_new_topic() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Board and fees"));
        clock.advance(Duration.ofMinutes(1));
        PostView two = topics.reply(andrea, t.id(), "post 2");
        clock.advance(Duration.ofMinutes(1));
        PostView three = topics.reply(mia, t.id(), "post 3 for @elena.furlan");
        clock.advance(Duration.ofMinutes(1));
        PostView four = topics.reply(andrea, t.id(), "post 4");

        TopicDetails fees = moderation.split(paolo, t.id(), List.of(4, 3), "Membership fees", null);

        List<NotificationView> told = notifications.mine(elena, FIRST).items();
        assertThat(told).extracting(NotificationView::postId, NotificationView::kind, NotificationView::topicId,
                        NotificationView::postNumber, NotificationView::subjectTitle)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(two.id(), NotificationKind.REPLY, t.id(), 2, "Board and fees"),
                        org.assertj.core.groups.Tuple.tuple(three.id(), NotificationKind.MENTION, fees.id(), 1, "Membership fees"),
                        org.assertj.core.groups.Tuple.tuple(four.id(), NotificationKind.REPLY, fees.id(), 2, "Membership fees"));
        // reading the new topic is seeing what one was told of its posts
        topics.markRead(elena, fees.id(), 2);
        assertThat(notifications.mine(elena, FIRST).items()).filteredOn(n -> !n.read())
                .extracting(NotificationView::postId).containsExactly(two.id());
    }

    // --- images ---

    @Test
    void images_are_checked_by_content_and_png_and_jpeg_are_re_encoded() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Our org chart"));
        byte[] withPayload = concat(TestImages.png(40, 30), "<script>alert(1)</script>".getBytes());

        ImageView png = images.upload(elena, null, t.id(), withPayload);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(40);
        assertThat(png.height()).isEqualTo(30);
        assertThat(png.url()).isEqualTo("/api/forum/images/" + png.id());
        assertThat(png.markdown()).isEqualTo("![image](/api/forum/images/" + png.id() + ")");
        assertThat(new String(images.image(VISITOR, png.id()).getImage(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("re-encoded: nothing appended survives").doesNotContain("<script>");
        assertThat(images.upload(mia, governance.id(), null, TestImages.encoded("jpeg", 20, 10)).contentType())
                .isEqualTo("image/jpeg");
        ImageView gif = images.upload(mia, governance.id(), null, TestImages.encoded("gif", 12, 8));
        assertThat(gif.contentType()).isEqualTo("image/gif");
        assertThat(gif.width()).isEqualTo(12);
        ImageView webp = images.upload(mia, governance.id(), null, TestImages.webp(300, 200));
        assertThat(webp.contentType()).isEqualTo("image/webp");
        assertThat(webp.width()).isEqualTo(300);
        assertThat(webp.height()).isEqualTo(200);

        // the declared name or type plays no part: these are refused by what they contain
        for (byte[] bad : List.of(TestImages.svg(), TestImages.html(), "GIF89a but not really".getBytes(),
                java.util.Arrays.copyOf(TestImages.png(10, 10), 30), new byte[0])) {
            InvalidInputException e = catchThrowableOfType(() -> images.upload(mia, governance.id(), null, bad),
                    InvalidInputException.class);
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("image");
            assertThat(e.fieldErrors().get(0).code()).isIn("validation.postImageType", "validation.imageBroken",
                    "validation.imageEmpty", "validation.postImageDimensions");
        }
        InvalidInputException huge = catchThrowableOfType(() -> images.upload(mia, governance.id(), null,
                TestImages.png(5000, 2)), InvalidInputException.class);
        assertThat(huge.fieldErrors().get(0).code()).isEqualTo("validation.postImageDimensions");
        assertThat(sql().number("SELECT COUNT(*) FROM forum_images")).isEqualTo(4);
    }

    @Test
    void an_image_over_the_configured_size_is_refused_with_413() {
        services(new ForumSettings(3, 0, 1));
        byte[] big = TestImages.encoded("png", 200, 200);
        assertThat(big.length).isGreaterThan(1024);

        InvalidInputException e = catchThrowableOfType(() -> images.upload(mia, governance.id(), null, big),
                InvalidInputException.class);
        assertThat(e.status()).isEqualTo(413);
        assertThat(e.fieldErrors().get(0).message()).isEqualTo("the image may have at most 1 KiB");
        assertThat(images.upload(mia, governance.id(), null, TestImages.png(2, 2)).contentType()).isEqualTo("image/png");
    }

    @Test
    void an_image_is_seen_only_by_those_who_read_its_category_and_follows_its_topic() {
        CategoryView own = categories.create(admin, category("DITENAVE board", CategoryVisibility.CLUSTER_MEMBERS, ditenave));
        TopicDetails t = topics.open(elena, topic(own.id(), "Board meeting"));

        assertThatThrownBy(() -> images.upload(mia, own.id(), null, TestImages.png(4, 4)))
                .as("no uploads where one cannot read").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> images.upload(mia, null, t.id(), TestImages.png(4, 4)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> images.upload(elena, own.id(), t.id(), TestImages.png(4, 4)))
                .isInstanceOf(InvalidInputException.class);
        ImageView image = images.upload(elena, null, t.id(), TestImages.png(4, 4));

        assertThat(images.image(Optional.of(andrea), image.id()).getContentType()).isEqualTo("image/png");
        assertThat(images.image(Optional.of(rita), image.id()).getImage()).isNotEmpty();
        assertThatThrownBy(() -> images.image(Optional.of(mia), image.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> images.image(VISITOR, image.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> images.image(VISITOR, 987_654L)).isInstanceOf(NotFoundException.class);

        moderation.move(admin, t.id(), governance.id());
        assertThat(images.image(VISITOR, image.id()).getContentType()).as("moved with its topic").isEqualTo("image/png");
    }

    @Test
    void an_image_goes_with_the_reply_that_shows_it_when_a_moderator_splits_it_off() {
        CategoryView own = categories.create(admin, category("DITENAVE board", CategoryVisibility.CLUSTER_MEMBERS, ditenave));
        TopicDetails t = topics.open(elena, topic(governance.id(), "Our charts"));
        ImageView shown = images.upload(andrea, null, t.id(), TestImages.png(4, 4));
        ImageView stays = images.upload(elena, null, t.id(), TestImages.png(4, 4));
        topics.reply(andrea, t.id(), "Internal figures: " + shown.markdown());
        topics.reply(elena, t.id(), "Public: " + stays.markdown());

        moderation.split(admin, t.id(), List.of(2), "Internal figures", own.id());

        assertThatThrownBy(() -> images.image(VISITOR, shown.id())).isInstanceOf(NotFoundException.class);
        assertThat(images.image(Optional.of(andrea), shown.id()).getContentType()).isEqualTo("image/png");
        assertThat(images.image(VISITOR, stays.id()).getContentType()).isEqualTo("image/png");
    }

    @Test
    void moderators_mark_good_practice() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Our member survey"));
        long p = firstPost(t).id();
        assertThatThrownBy(() -> moderation.markGoodPractice(elena, p, true)).isInstanceOf(ForbiddenException.class);
        assertThat(moderation.markGoodPractice(paolo, p, true).goodPractice()).isTrue();
        assertThat(topics.post(VISITOR, p).goodPractice()).isTrue();
    }

    @Test
    void a_new_users_first_posts_wait_for_approval_and_only_moderators_hear_of_them() {
        services(new ForumSettings(3, 1));
        categories.watch(mia, governance.id(), WatchLevel.WATCHING);

        TopicDetails t = topics.open(nina, new NewTopic(governance.id(), "Hello from Nina", "Hi @mia", null, null,
                null, null, null));

        assertThat(t.status()).isEqualTo(PostStatus.PENDING);
        assertThatThrownBy(() -> topics.topic(Optional.of(mia), t.id())).isInstanceOf(NotFoundException.class);
        assertThat(topics.latest(Optional.of(mia), null, FIRST).items()).isEmpty();
        assertThat(topics.latest(Optional.of(nina), null, FIRST).items()).extracting(TopicSummary::title)
                .containsExactly("Hello from Nina");
        assertThat(kinds(mia)).isEmpty();
        assertThat(kinds(paolo)).containsExactly(NotificationKind.POST_PENDING);
        assertThat(db.inTransaction(() -> search.document("topic", String.valueOf(t.id())))).isEmpty();

        moderation.approve(paolo, firstPost(t).id());

        assertThat(topics.topic(Optional.of(mia), t.id()).status()).isEqualTo(PostStatus.VISIBLE);
        assertThat(kinds(mia)).containsExactly(NotificationKind.MENTION);
        assertThat(topics.reply(nina, t.id(), "trusted now").status()).isEqualTo(PostStatus.VISIBLE);
    }

    @Test
    void a_new_users_edit_of_an_approved_post_waits_for_approval_again() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Open topic"));
        services(new ForumSettings(3, 2));
        PostView pending = topics.reply(nina, t.id(), "Nice discussion");
        PostView approved = moderation.approve(paolo, pending.id());

        PostView edited = topics.edit(nina, approved.id(), approved.version(), "Visit my shop", null);

        assertThat(edited.status()).isEqualTo(PostStatus.PENDING);
        assertThatThrownBy(() -> topics.post(Optional.of(mia), approved.id())).isInstanceOf(NotFoundException.class);
        assertThat(moderation.reviewQueue(paolo, FIRST)).extracting(i -> i.post().id()).containsExactly(approved.id());
        moderation.reject(paolo, approved.id());
        assertThat(topics.post(Optional.of(paolo), approved.id()).status()).isEqualTo(PostStatus.REJECTED);
    }

    @Test
    void administrators_merge_tags() {
        TopicDetails a = topics.open(elena, new NewTopic(governance.id(), "A", "a", List.of("finance"), null, null, null, null));
        topics.open(elena, new NewTopic(governance.id(), "B", "b", List.of("financing", "finance"), null, null, null, null));
        List<TagView> tags = categories.tags();
        long finance = tags.stream().filter(x -> x.name().equals("finance")).findFirst().orElseThrow().id();
        long financing = tags.stream().filter(x -> x.name().equals("financing")).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> categories.mergeTags(elena, finance, financing)).isInstanceOf(ForbiddenException.class);
        TagView merged = categories.mergeTags(admin, finance, financing);

        assertThat(merged.topics()).isEqualTo(2);
        assertThat(categories.tags()).extracting(TagView::name).containsExactly("financing");
        assertThat(topics.topic(VISITOR, a.id()).tags()).containsExactly("financing");
    }

    // --- search ---

    @Test
    void search_documents_carry_the_categorys_visibility() {
        CategoryView platform = categories.create(admin, category("Financing", CategoryVisibility.PLATFORM_MEMBERS, null));
        CategoryView own = categories.create(admin, category("DITENAVE board", CategoryVisibility.CLUSTER_MEMBERS, ditenave));
        TopicDetails pub = topics.open(elena, new NewTopic(governance.id(), "Statuto", "Lo **statuto** del cluster",
                List.of("governance"), null, ditenave, null, "it"));
        TopicDetails plat = topics.open(elena, topic(platform.id(), "Fees"));
        TopicDetails clu = topics.open(elena, topic(own.id(), "Board"));
        PostView reply = topics.reply(andrea, pub.id(), "Ecco il nostro");

        SearchDocument d = doc("topic", pub.id());
        assertThat(d.id()).isEqualTo(eu.clus3.core.search.SearchSource.documentId("topic", String.valueOf(pub.id())));
        assertThat(d.type()).isEqualTo("topic");
        assertThat(d.title()).isEqualTo("Statuto");
        assertThat(d.body()).isEqualTo("Lo statuto del cluster");
        assertThat(d.language()).isEqualTo(Language.ITALIAN);
        assertThat(d.tags()).containsExactly("governance");
        assertThat(d.author()).isEqualTo("elena.furlan");
        assertThat(d.facets()).containsEntry("category", java.util.Set.of("Governance"))
                .containsEntry("cluster", java.util.Set.of("ditenave")); // slugs, like the clusters' own documents
        assertThat(d.link()).isEqualTo("forum/topic/" + pub.id());
        assertThat(d.visibility()).containsExactlyInAnyOrder(SearchPrincipals.PUBLIC,
                SearchPrincipals.permission(eu.clus3.core.identity.Permission.MANAGE_FORUMS),
                SearchPrincipals.user(paolo.userId()));
        assertThat(doc("topic", plat.id()).visibility()).contains(SearchPrincipals.SIGNED_IN)
                .doesNotContain(SearchPrincipals.PUBLIC);
        assertThat(doc("topic", clu.id()).visibility()).contains(SearchPrincipals.clusterMembers(ditenave),
                SearchPrincipals.permission(eu.clus3.core.identity.Permission.SEE_ALL_CLUSTERS))
                .doesNotContain(SearchPrincipals.PUBLIC, SearchPrincipals.SIGNED_IN);
        SearchDocument r = doc("post", reply.id());
        assertThat(r.type()).isEqualTo("post");
        assertThat(r.title()).isEqualTo("Statuto");
        assertThat(r.author()).isEqualTo("andrea.pittana");
        long opening = firstPost(pub).id();
        assertThat(db.inTransaction(() -> search.document("post", String.valueOf(opening)))).isEmpty();
        assertThat(db.inTransaction(() -> search.document("post", "not-a-number"))).isEmpty();
        assertThat(db.inTransaction(() -> search.all().count())).isEqualTo(4);
        assertThat(db.inTransaction(() -> search.count())).isEqualTo(4);

        moderation.hide(paolo, reply.id(), "off topic");
        assertThat(db.inTransaction(() -> search.document("post", String.valueOf(reply.id())))).isEmpty();
    }

    @Test
    void every_searchable_change_writes_an_outbox_row() {
        TopicDetails t = topics.open(elena, topic(governance.id(), "Outbox"));
        PostView r = topics.reply(andrea, t.id(), "reply");
        topics.edit(andrea, r.id(), r.version(), "edited", null);
        moderation.hide(paolo, r.id(), null);

        assertThat(sql().rows("SELECT kind, subject_id FROM search_outbox WHERE kind IN ('topic', 'post') ORDER BY seq"))
                .extracting(row -> row.get("kind") + ":" + row.get("subject_id")).containsExactly(
                        "topic:" + t.id(), "post:" + r.id(), "post:" + r.id(), "post:" + r.id());
    }

    // --- helpers ---

    private SearchDocument doc(String kind, long id) {
        return db.inTransaction(() -> search.document(kind, String.valueOf(id)).orElseThrow());
    }

    private List<NotificationKind> kinds(Actor actor) {
        return notifications.mine(actor, new PageRequest(0, 50)).items().stream().map(NotificationView::kind).toList();
    }

    private Integer unread(Actor actor, long topicId) {
        return topics.latest(Optional.of(actor), null, FIRST).items().stream().filter(t -> t.id() == topicId)
                .findFirst().orElseThrow().unread();
    }

    private PostView firstPost(TopicDetails t) {
        return topics.posts(Optional.of(admin), t.id(), 0, 1).posts().get(0);
    }

    static CategoryData category(String name, CategoryVisibility visibility, Long clusterId) {
        return new CategoryData(name, "About " + name, visibility, clusterId, 0);
    }

    static NewTopic topic(long categoryId, String title) {
        return new NewTopic(categoryId, title, "Opening post", null, null, null, null, null);
    }

    Actor user(String username, PlatformRole role) {
        User user = db.inTransaction(() -> new UserRepository(db).add(new User(username, username, username
                + "@example.org", "not-a-real-hash", role, clock.instant())));
        return user.asActor();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
