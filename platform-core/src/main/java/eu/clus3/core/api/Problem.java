package eu.clus3.core.api;

import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.FieldError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * An RFC 9457 problem document: what every error of the API looks like. {@code errors} names the
 * invalid fields; {@code currentVersion} tells the version to reload after an edit conflict.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "errors", "currentVersion"})
public record Problem(String type, String title, int status, String detail, String code,
                      List<FieldError> errors, Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    public static Problem of(Clus3Exception e) {
        return new Problem("about:blank", e.title(), e.status(), e.getMessage(), e.code(),
                e.fieldErrors().isEmpty() ? null : e.fieldErrors(),
                e instanceof ConflictException c ? c.currentVersion() : null);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    /** For answers written outside JAX-RS (servlet filters, the authentication mechanism). */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(this));
        response.getWriter().flush();
    }
}
