package eu.clus3.core.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Refuses API request bodies over {@link #MAX_BODY_BYTES} with 413, whether announced by
 * Content-Length or streamed without one. Uploads get their own, explicit limits where they land; modules'
 * endpoints, which may receive files for {@code ModuleStore.files()}, get the module file limit (plus room for a
 * multipart envelope), and the file store enforces the exact limit.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {

    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** The module file limit when no module host is there to say (tests of the filter alone). */
    static final long DEFAULT_MODULE_FILE_BYTES = 10L << 20;

    /** Modules' endpoints (their file uploads are checked by the module file store). */
    static final String MODULE_ENDPOINTS = "/api/modules/";

    @Inject
    ModuleBodyLimit moduleBodyLimit;

    /** Module uploads: their resource enforces the configured module size limit itself. */
    static final String MODULE_UPLOADS = "/api/admin/modules";
    /** Forum images: their resource enforces the configured image size limit itself. */
    static final String FORUM_IMAGE_UPLOADS = "/api/forum/images";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + MODULE_UPLOADS)
                || request.getRequestURI().startsWith(request.getContextPath() + FORUM_IMAGE_UPLOADS)) {
            chain.doFilter(request, response);
            return;
        }
        long max = request.getRequestURI().startsWith(request.getContextPath() + MODULE_ENDPOINTS)
                ? Math.max(MAX_BODY_BYTES, (moduleBodyLimit == null ? DEFAULT_MODULE_FILE_BYTES : moduleBodyLimit.fileMaxBytes())
                + MAX_BODY_BYTES)
                : MAX_BODY_BYTES;
        if (request.getContentLengthLong() > max) {
            tooLarge(max).writeTo(response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new LimitedInputStream(request.getInputStream(), max);
                }
                return limited;
            }
        }, response);
    }

    static Problem tooLarge() {
        return tooLarge(MAX_BODY_BYTES);
    }

    static Problem tooLarge(long max) {
        return Problem.of(413, "Request too large", "The request body may have at most " + max + " bytes");
    }

    /** Raised while reading an over-long body; JAX-RS answers it through {@link ProblemMappers}. */
    public static class BodyTooLargeException extends jakarta.ws.rs.WebApplicationException {
        BodyTooLargeException(long max) {
            super(jakarta.ws.rs.core.Response.status(413).type(Problem.MEDIA_TYPE).entity(tooLarge(max)).build());
        }

        Problem problem() {
            return (Problem) getResponse().getEntity();
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        LimitedInputStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }

        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
    }
}
