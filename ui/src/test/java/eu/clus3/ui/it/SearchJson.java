package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static eu.clus3.ui.it.ApiAssertions.assertJson;

/** Calls of {@code /api/search} and the shape of its answers, for the REST tests. */
final class SearchJson {

    private SearchJson() {
    }

    /** A made-up word of 12 letters that no stemmer shortens and nothing else on the server contains. */
    static String uniqueWord() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.append("x").toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonNode search(Api api, String query) {
        return assertJson(api.get("api/search?q=" + encode(query)), 200);
    }

    static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.path("hits").forEach(h -> titles.add(h.path("title").asText()));
        return titles;
    }

    /**
     * Searches until the answer satisfies {@code done} or {@code atMost} has passed, and returns the last answer
     * with how long it took (the clock starts at the call, i.e. after the caller's write was committed).
     */
    static Found searchUntil(Api api, String query, Predicate<JsonNode> done, Duration atMost) {
        long start = System.nanoTime();
        JsonNode page = search(api, query);
        while (!done.test(page) && System.nanoTime() - start < atMost.toNanos()) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            page = search(api, query);
        }
        return new Found(page, Duration.ofNanos(System.nanoTime() - start), done.test(page));
    }

    record Found(JsonNode page, Duration after, boolean done) {
    }
}
