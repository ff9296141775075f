package eu.clus3.core.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Reading uploaded bodies (forum images, modules' files). */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The whole upload, stopping with {@code tooLarge} as soon as it is over {@code max} bytes, so a huge body is
     * never held whole; an absent body is empty.
     */
    public static byte[] readAtMost(InputStream in, long max, Supplier<? extends RuntimeException> tooLarge) {
        if (in == null) {
            return new byte[0];
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    throw tooLarge.get();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
    }
}
