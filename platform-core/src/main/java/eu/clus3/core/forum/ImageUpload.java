package eu.clus3.core.forum;

import eu.clus3.core.shared.ImageFrames;
import eu.clus3.core.shared.InvalidInputException;

import static eu.clus3.core.shared.MagicBytes.isGif;
import static eu.clus3.core.shared.MagicBytes.isJpeg;
import static eu.clus3.core.shared.MagicBytes.isPng;
import static eu.clus3.core.shared.MagicBytes.isWebp;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Checks an image uploaded for a post by its content, never by its name or declared type: only PNG, JPEG, GIF
 * and WebP (by their magic bytes), within the size limit and at most {@link #MAX_PIXELS_PER_SIDE} pixels a side and {@link #MAX_PIXELS} in all
 * (read from the header before anything is decoded). PNG and JPEG are re-encoded, which drops metadata and
 * anything appended to the pixels; GIF (which may be animated) and WebP (which the JDK cannot decode) are kept
 * as uploaded once their header is valid: they are only ever served as their image type, with
 * {@code X-Content-Type-Options: nosniff}. SVG, HTML and everything else are refused.
 */
public final class ImageUpload {

    public static final int MAX_PIXELS_PER_SIDE = 4096;
    /** Decoding needs four bytes a pixel: this keeps one upload under 50 MB of heap (no decompression bombs). */
    public static final long MAX_PIXELS = 12_000_000;
    static final String FIELD = "image";

    /** An image that passed the checks: what is stored and served. */
    public record Checked(String contentType, byte[] bytes, int width, int height) { }

    private ImageUpload() {
    }

    public static Checked check(byte[] upload, int maxBytes) {
        if (upload == null || upload.length == 0) {
            throw invalid("validation.imageEmpty", "the file is empty");
        }
        if (upload.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (isPng(upload)) {
            return reencoded(upload, "png", "image/png");
        }
        if (isJpeg(upload)) {
            return reencoded(upload, "jpeg", "image/jpeg");
        }
        if (isGif(upload)) {
            int w = le16(upload, 6);
            int h = le16(upload, 8);
            checkDimensions(w, h);
            decodeFirstFrame(upload); // a broken GIF is refused, not stored
            return new Checked("image/gif", upload.clone(), w, h);
        }
        if (isWebp(upload)) {
            int[] size = webpSize(upload);
            checkDimensions(size[0], size[1]);
            return new Checked("image/webp", upload.clone(), size[0], size[1]);
        }
        throw invalid("validation.postImageType", "only PNG, JPEG, GIF and WebP images are accepted");
    }

    /** The error for an upload over the limit (also raised by the API before the whole body was read). */
    public static InvalidInputException tooLarge(int maxBytes) {
        return new eu.clus3.core.shared.TooLargeException(FIELD, "validation.postImageTooLarge",
                "the image may have at most " + describe(maxBytes));
    }

    static String describe(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    private static Checked reencoded(byte[] upload, String format, String contentType) {
        BufferedImage image = decodeFirstFrame(upload);
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw invalid("validation.imageBroken", "the image cannot be read");
            }
            return new Checked(contentType, out.toByteArray(), image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new IllegalStateException(format + " encoding failed", e);
        }
    }

    private static BufferedImage decodeFirstFrame(byte[] bytes) {
        return ImageFrames.firstFrame(bytes, ImageUpload::checkDimensions,
                () -> invalid("validation.imageBroken", "the image cannot be read"),
                () -> invalid("validation.imageBroken", "the image cannot be read"));
    }

    private static void checkDimensions(int width, int height) {
        if (width <= 0 || height <= 0 || width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE
                || (long) width * height > MAX_PIXELS) {
            throw invalid("validation.postImageDimensions", "the image may be at most " + MAX_PIXELS_PER_SIDE
                    + " pixels wide and high, and " + MAX_PIXELS / 1_000_000 + " megapixels");
        }
    }

    /** Width and height from the first chunk of a WebP file (VP8, VP8L or VP8X); a broken header is refused. */
    private static int[] webpSize(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        int d = 20; // chunk data
        switch (chunk) {
            case "VP8 " -> {
                if (b.length >= d + 10 && (b[d + 3] & 0xff) == 0x9d && (b[d + 4] & 0xff) == 0x01 && (b[d + 5] & 0xff) == 0x2a) {
                    return new int[]{le16(b, d + 6) & 0x3fff, le16(b, d + 8) & 0x3fff};
                }
            }
            case "VP8L" -> {
                if (b.length >= d + 5 && (b[d] & 0xff) == 0x2f) {
                    int bits = (b[d + 1] & 0xff) | (b[d + 2] & 0xff) << 8 | (b[d + 3] & 0xff) << 16 | (b[d + 4] & 0xff) << 24;
                    return new int[]{(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1};
                }
            }
            case "VP8X" -> {
                if (b.length >= d + 10) {
                    return new int[]{le24(b, d + 4) + 1, le24(b, d + 7) + 1};
                }
            }
            default -> {
                // not a WebP image we know
            }
        }
        throw invalid("validation.imageBroken", "the image cannot be read");
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }

    private static InvalidInputException invalid(String code, String message) {
        return InvalidInputException.of(FIELD, code, message);
    }
}
