package eu.clus3.ui.bench;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.ApiTokenRepository;
import eu.clus3.core.identity.ApiTokenService;
import eu.clus3.core.identity.LoginThrottle;
import eu.clus3.core.identity.NewApiToken;
import eu.clus3.core.identity.NewUser;
import eu.clus3.core.identity.PasswordHasher;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.shared.Clus3Config;
import eu.clus3.ui.it.PayaraMicroProcess;
import eu.clus3.ui.it.TestEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The forum load benchmark (not a test; see docs/benchmarks.md for the command). Loads topics and posts
 * straight into a fresh H2 database, starts the real WAR on Payara Micro the way {@code run.sh} does, then
 * drives it with N concurrent HTTP clients (each with its own API token), phase after phase: a trivial JAX-RS
 * endpoint ({@code /api/platform}, the baseline), the topic list, a topic's page of posts, posting replies.
 * Prints requests, throughput, p50 and p99 per phase and the ratio to the baseline measured in the same run.
 *
 * <p>Arguments ({@code key=value}): {@code topics=1000 posts=100000 clients=50 seconds=60 warmup=10}.
 */
public final class ForumLoadBenchmark {

    private static final long CATEGORY = 1_000_000L;
    private static final long FIRST_TOPIC = 1_000_001L;
    private static final long FIRST_POST = 2_000_000L;
    private static final String PASSWORD = "Benchmark-Passw0rd-2026";

    private ForumLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> opt = new java.util.HashMap<>(Map.of("topics", 1000, "posts", 100_000, "clients", 50,
                "seconds", 60, "warmup", 10));
        for (String a : args) {
            String[] kv = a.split("=", 2);
            opt.put(kv[0], Integer.parseInt(kv[1]));
        }
        int topics = opt.get("topics");
        int posts = opt.get("posts");
        int clients = opt.get("clients");
        Path work = TestEnvironment.target().resolve("forum-bench");
        deleteTree(work);
        Path data = TestEnvironment.directory(work.resolve("data"));
        String url = Clus3Config.from(k -> Clus3Config.DATA_DIR.equals(k) ? data.toString() : null).effectiveDbUrl();

        long loadStart = System.nanoTime();
        List<String> tokens = load(url, topics, posts, clients);
        System.out.printf(Locale.ROOT, "Loaded %,d topics, %,d posts, %d accounts in %.1f s%n", topics, posts, clients,
                (System.nanoTime() - loadStart) / 1e9);

        try (PayaraMicroProcess server = PayaraMicroProcess.start(work, Map.of(
                "CLUS3_DATA_DIR", data.toString(), "CLUS3_ADMIN_PASSWORD", PASSWORD))) {
            URI base = server.base();
            System.out.println("Server ready at " + base + "; " + clients + " clients, warm-up " + opt.get("warmup")
                    + " s, measured " + opt.get("seconds") + " s per phase");
            int postsPerTopic = Math.max(1, posts / topics);
            Random random = new Random(42);
            List<Phase> phases = List.of(
                    new Phase("trivial JAX-RS endpoint (GET /api/platform)", i -> get(base, "api/platform")),
                    new Phase("topic list (GET /api/forum/topics, 20 a page)", i -> get(base, "api/forum/topics?category="
                            + CATEGORY + "&size=20&page=" + random.nextInt(Math.max(1, topics / 20)))),
                    new Phase("topic page (GET /api/forum/topics/{id}/posts, 20 posts)", i -> get(base,
                            "api/forum/topics/" + (FIRST_TOPIC + random.nextInt(topics)) + "/posts?size=20&after="
                                    + random.nextInt(Math.max(1, postsPerTopic - 20)))),
                    new Phase("post a reply (POST /api/forum/topics/{id}/posts)", i -> post(base,
                            "api/forum/topics/" + (FIRST_TOPIC + random.nextInt(topics)) + "/posts",
                            "{\"body\":\"A benchmark reply about **governance** number " + i + "\"}")));
            List<Result> results = new ArrayList<>();
            for (Phase phase : phases) {
                results.add(run(phase, tokens, opt.get("warmup"), opt.get("seconds")));
            }
            Result baseline = results.get(0);
            System.out.println();
            System.out.println("| phase | requests | errors | throughput (req/s) | p50 (ms) | p99 (ms) | p50 / baseline | p99 / baseline |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (Result r : results) {
                System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.0f | %.2f | %.2f | %.2f× | %.2f× |%n", r.name, r.count,
                        r.errors, r.throughput, r.p50, r.p99, r.p50 / baseline.p50, r.p99 / baseline.p99);
            }
        }
    }

    record Phase(String name, IntFunction<HttpRequest.Builder> request) {
    }

    record Result(String name, long count, long errors, double throughput, double p50, double p99) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpRequest.Builder get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
    }

    private static HttpRequest.Builder post(URI base, String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Every client loops over the phase's request; only the measured seconds are recorded. */
    private static Result run(Phase phase, List<String> tokens, int warmup, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[tokens.size()];
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (int c = 0; c < tokens.size(); c++) {
            long[] latencies = new long[1 << 20];
            perClient.add(latencies);
            int client = c;
            String token = tokens.get(c);
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            return;
                        }
                        HttpRequest request = phase.request.apply((int) sequence.incrementAndGet())
                                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
                        int status;
                        try {
                            status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        long after = System.nanoTime();
                        if (before >= measureFrom && after <= end) {
                            if (status < 200 || status > 299) {
                                errors.incrementAndGet();
                            }
                            if (counts[client] < latencies.length) {
                                latencies[counts[client]++] = after - before;
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.start();
        }
        done.await();
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int k = 0;
        for (int c = 0; c < perClient.size(); c++) {
            System.arraycopy(perClient.get(c), 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        Result r = new Result(phase.name, total, errors.get(), total / (double) seconds,
                percentile(all, 0.50), percentile(all, 0.99));
        System.out.printf(Locale.ROOT, "%s: %,d requests, %d errors, %.0f req/s, p50 %.2f ms, p99 %.2f ms%n", r.name,
                r.count, r.errors, r.throughput, r.p50, r.p99);
        return r;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Accounts and tokens through the services, forum content by JDBC batches (ids far above the sequences). */
    private static List<String> load(String url, int topics, int posts, int clients) throws SQLException {
        try (Database db = Database.open(url, null, null)) {
            Clock clock = Clock.systemUTC();
            UserRepository users = new UserRepository(db);
            UserService userService = new UserService(db, users, new PasswordHasher(1_000), new LoginThrottle(clock),
                    clock, new AuditTrail(db, clock), new eu.clus3.core.search.SearchOutbox(db, clock));
            ApiTokenService tokenService = new ApiTokenService(db, new ApiTokenRepository(db), users, clock);
            userService.createFirstAdministrator(Optional.of(PASSWORD));
            Actor admin = db.inTransaction(() -> users.findByUsername("admin").orElseThrow().asActor());
            List<String> tokens = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                var u = userService.create(admin, new NewUser("bench-" + i, "Bench Member " + i,
                        "bench-" + i + "@example.org", PlatformRole.MEMBER, PASSWORD));
                ids.add(u.id());
                Actor actor = db.inTransaction(() -> users.findById(u.id()).orElseThrow().asActor());
                tokens.add(tokenService.create(actor, new NewApiToken("benchmark", 1)).token());
            }
            Instant now = Instant.now();
            Random random = new Random(7);
            int perTopic = Math.max(1, posts / topics);
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO forum_categories (id, slug, name, description,"
                        + " visibility, cluster_id, sort_order, created_at, version) VALUES (?, 'benchmark', 'Benchmark',"
                        + " 'Generated', 'PLATFORM_MEMBERS', NULL, 0, ?, 1)")) {
                    s.setLong(1, CATEGORY);
                    s.setTimestamp(2, Timestamp.from(now));
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO forum_topics (id, category_id, title, author_id,"
                        + " language, question, cluster_id, indicator_ref, status, closed, locked, pinned, last_number,"
                        + " visible_posts, last_activity_at, last_poster_id, created_at, version) VALUES"
                        + " (?, ?, ?, ?, 'en', FALSE, NULL, NULL, 'VISIBLE', FALSE, FALSE, FALSE, ?, ?, ?, ?, ?, 1)")) {
                    for (int t = 0; t < topics; t++) {
                        long author = ids.get(random.nextInt(ids.size()));
                        Instant created = now.minusSeconds(86_400L * 30 - t * 60L);
                        s.setLong(1, FIRST_TOPIC + t);
                        s.setLong(2, CATEGORY);
                        s.setString(3, "Benchmark topic " + t + " on cluster governance");
                        s.setLong(4, author);
                        s.setInt(5, perTopic);
                        s.setInt(6, perTopic);
                        s.setTimestamp(7, Timestamp.from(created.plusSeconds(perTopic * 30L)));
                        s.setLong(8, author);
                        s.setTimestamp(9, Timestamp.from(created));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO forum_posts (id, topic_id, post_number, author_id,"
                        + " body, status, good_practice, accepted_by, accepted_at, like_count, open_flags, edit_count,"
                        + " created_at, edited_at, version) VALUES (?, ?, ?, ?, ?, 'VISIBLE', FALSE, NULL, NULL, 0, 0, 0, ?,"
                        + " NULL, 1)")) {
                    long id = FIRST_POST;
                    for (int t = 0; t < topics; t++) {
                        for (int n = 1; n <= perTopic; n++) {
                            s.setLong(1, id++);
                            s.setLong(2, FIRST_TOPIC + t);
                            s.setInt(3, n);
                            s.setLong(4, ids.get(random.nextInt(ids.size())));
                            s.setString(5, body(random, n));
                            s.setTimestamp(6, Timestamp.from(now.minusSeconds(86_400L * 30 - t * 60L - n * 30L)));
                            s.addBatch();
                            if (id % 1000 == 0) {
                                s.executeBatch();
                            }
                        }
                    }
                    s.executeBatch();
                }
                c.commit();
            }
            return tokens;
        }
    }

    private static final String[] WORDS = ("cluster governance board members financing services strategy benchmark"
            + " indicator steering committee working group mandate budget private funds regional agency label gold"
            + " silver bronze training internationalisation partners survey satisfaction").split(" ");

    private static String body(Random random, int n) {
        StringBuilder b = new StringBuilder("Post ").append(n).append(": ");
        for (int i = 0; i < 40 + random.nextInt(60); i++) {
            b.append(i % 17 == 0 ? "**" + WORDS[random.nextInt(WORDS.length)] + "**" : WORDS[random.nextInt(WORDS.length)])
                    .append(i % 12 == 11 ? ".\n\n" : " ");
        }
        return b.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
