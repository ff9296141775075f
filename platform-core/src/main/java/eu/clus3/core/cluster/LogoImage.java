package eu.clus3.core.cluster;

import eu.clus3.core.shared.ImageFrames;
import eu.clus3.core.shared.InvalidInputException;

import static eu.clus3.core.shared.MagicBytes.isJpeg;
import static eu.clus3.core.shared.MagicBytes.isPng;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Turns an uploaded logo into a small PNG made by the platform. Only PNG and JPEG are accepted, by
 * their content (not their name or declared type); the size is limited before decoding, the pixel
 * dimensions are read from the header before the image is decoded (no decompression bombs), and the
 * re-encoding drops anything but pixels (metadata, trailing payloads).
 */
public final class LogoImage {

    public static final int MAX_UPLOAD_BYTES = 512 * 1024;
    public static final int MAX_SOURCE_PIXELS_PER_SIDE = 4096;
    public static final int MAX_SIDE = 256;
    public static final String CONTENT_TYPE = "image/png";

    private LogoImage() {
    }

    public static byte[] normalise(byte[] upload) {
        return normalise(upload, "logo");
    }

    /** The same checks and re-encoding for any small picture; errors name {@code field}. */
    public static byte[] normalise(byte[] upload, String field) {
        try {
            return normaliseLogo(upload);
        } catch (InvalidInputException e) {
            if ("logo".equals(field)) {
                throw e;
            }
            var error = e.fieldErrors().get(0);
            throw InvalidInputException.of(field, error.code(), error.message());
        }
    }

    private static byte[] normaliseLogo(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw invalid("validation.imageEmpty", "the file is empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw invalid("validation.imageTooLarge", "the image may have at most " + MAX_UPLOAD_BYTES / 1024 + " KiB");
        }
        if (!isPng(upload) && !isJpeg(upload)) {
            throw invalid("validation.imageType", "only PNG and JPEG images are accepted");
        }
        BufferedImage source = decode(upload);
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(target, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        return ImageFrames.firstFrame(bytes, (width, height) -> {
            if (width <= 0 || height <= 0 || width > MAX_SOURCE_PIXELS_PER_SIDE || height > MAX_SOURCE_PIXELS_PER_SIDE) {
                throw invalid("validation.imageDimensions",
                        "the image may be at most " + MAX_SOURCE_PIXELS_PER_SIDE + " pixels wide and high");
            }
        }, () -> invalid("validation.imageType", "only PNG and JPEG images are accepted"),
                () -> invalid("validation.imageBroken", "the image cannot be read"));
    }

    private static InvalidInputException invalid(String code, String message) {
        return InvalidInputException.of("logo", code, message);
    }
}
