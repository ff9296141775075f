package eu.clus3.ui.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Optional;

/**
 * A small client of the platform's HTTP API: JSON in, {@link Reply} out, optionally as the holder of
 * an API token. It never follows redirects and never throws for an error status: tests look at it.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            // Plain HTTP/1.1 like curl and browsers: no h2c upgrade attempts on a cleartext connection.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String token;

    private Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** An anonymous client of the application served at {@code base} (ending in '/'). */
    public static Api at(URI base) {
        return new Api(base, null);
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    public Api withToken(String bearerToken) {
        return new Api(base, bearerToken);
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** A request with a body exactly as given (malformed JSON, oversized bodies, other media types). */
    public Reply send(String method, String path, String contentType, BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).method(method, body));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /**
     * A GET of a binary resource (a picture), accepting {@code accept}; the answer keeps the exact bytes.
     */
    public Binary getBinary(String path, String accept) {
        HttpRequest built = request(path).setHeader("Accept", accept).GET().build();
        try {
            var response = HTTP.send(built, BodyHandlers.ofByteArray());
            return new Binary(built.method() + " " + built.uri().getPath(), response.statusCode(), response.headers(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            var response = HTTP.send(built, BodyHandlers.ofString());
            return new Reply(built.method() + " " + built.uri().getPath(), response.statusCode(),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static BodyPublisher json(Object body) {
        if (body instanceof String text) {
            return BodyPublishers.ofString(text);
        }
        try {
            return BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An answer: status, headers and body, with the body parsed as JSON on demand. */
    public record Reply(String call, int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError(call + " answered " + status + " with a body that is not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The media type without parameters, e.g. {@code application/problem+json}. */
        public String mediaType() {
            return header("Content-Type").map(v -> v.split(";")[0].trim()).orElse("");
        }

        @Override
        public String toString() {
            return call + " -> " + status + " " + mediaType() + " " + body;
        }
    }

    /** A binary answer: status, headers and the body's bytes. */
    public record Binary(String call, int status, HttpHeaders headers, byte[] body) {

        public String mediaType() {
            return headers.firstValue("Content-Type").map(v -> v.split(";")[0].trim()).orElse("");
        }

        @Override
        public String toString() {
            return call + " -> " + status + " " + mediaType() + " (" + body.length + " bytes)";
        }
    }
}
