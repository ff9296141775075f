package eu.clus3.core.cluster;

import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Uploaded logos: only real PNG and JPEG images get in, and what is kept is a small PNG the platform made. */
class LogoImageTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    // --- accepted ---

    @Test
    void a_png_comes_out_as_a_png_of_the_same_size_when_small() {
        byte[] out = LogoImage.normalise(image("png", 120, 60, BufferedImage.TYPE_INT_ARGB));

        BufferedImage read = read(out);
        assertThat(startsWith(out, PNG_SIGNATURE)).isTrue();
        assertThat(read.getWidth()).isEqualTo(120);
        assertThat(read.getHeight()).isEqualTo(60);
    }

    @Test
    void a_jpeg_comes_out_as_a_png() {
        byte[] out = LogoImage.normalise(image("jpg", 200, 100, BufferedImage.TYPE_INT_RGB));

        assertThat(startsWith(out, PNG_SIGNATURE)).isTrue();
        assertThat(read(out).getWidth()).isEqualTo(200);
        assertThat(read(out).getHeight()).isEqualTo(100);
    }

    @Test
    void a_large_image_is_scaled_to_at_most_256_pixels_a_side_keeping_its_aspect() {
        BufferedImage wide = read(LogoImage.normalise(image("png", 1000, 500, BufferedImage.TYPE_INT_ARGB)));
        BufferedImage tall = read(LogoImage.normalise(image("jpg", 300, 900, BufferedImage.TYPE_INT_RGB)));

        assertThat(wide.getWidth()).isEqualTo(LogoImage.MAX_SIDE);
        assertThat(wide.getHeight()).isEqualTo(128);
        assertThat(tall.getHeight()).isEqualTo(LogoImage.MAX_SIDE);
        assertThat(tall.getWidth()).isEqualTo(85); // 300 * 256 / 900 = 85.3
    }

    @Test
    void the_pixels_survive_the_re_encoding() {
        BufferedImage source = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = source.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setColor(Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.dispose();

        BufferedImage out = read(LogoImage.normalise(encode(source, "png")));

        assertThat(new Color(out.getRGB(5, 10), true)).isEqualTo(Color.RED);
        assertThat(new Color(out.getRGB(35, 10), true)).isEqualTo(Color.BLUE);
    }

    @Test
    void bytes_after_the_image_are_dropped() {
        byte[] png = image("png", 64, 64, BufferedImage.TYPE_INT_ARGB);
        byte[] payload = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
        byte[] upload = concat(png, payload);

        byte[] out = LogoImage.normalise(upload);

        assertThat(read(out).getWidth()).isEqualTo(64);
        assertThat(indexOf(out, payload)).isEqualTo(-1);
        assertThat(indexOf(out, "php".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
    }

    // --- refused ---

    @Test
    void an_empty_upload_is_refused() {
        assertRefused(new byte[0], "validation.imageEmpty");
        assertRefused(null, "validation.imageEmpty");
    }

    @Test
    void an_upload_over_512_kib_is_refused_before_decoding() {
        byte[] big = Arrays.copyOf(image("png", 10, 10, BufferedImage.TYPE_INT_ARGB), LogoImage.MAX_UPLOAD_BYTES + 1);

        assertRefused(big, "validation.imageTooLarge");
    }

    @Test
    void a_gif_is_refused_by_its_content() {
        assertRefused(image("gif", 32, 32, BufferedImage.TYPE_INT_RGB), "validation.imageType");
    }

    @Test
    void a_text_file_named_like_an_image_is_refused() {
        assertRefused("logo.png is not really a picture\n".getBytes(StandardCharsets.UTF_8), "validation.imageType");
        assertRefused("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "validation.imageType");
    }

    @Test
    void a_truncated_png_is_refused_as_broken() {
        byte[] png = image("png", 200, 200, BufferedImage.TYPE_INT_RGB, true);

        assertRefused(Arrays.copyOf(png, png.length / 2), "validation.imageBroken");
        assertRefused(Arrays.copyOf(png, 20), "validation.imageBroken");
    }

    @Test
    void a_truncated_jpeg_is_refused_as_broken() {
        byte[] jpeg = image("jpg", 200, 200, BufferedImage.TYPE_INT_RGB, true);

        assertRefused(Arrays.copyOf(jpeg, 10), "validation.imageBroken");
    }

    @Test
    void a_png_whose_header_claims_50000_by_50000_pixels_is_refused_before_decoding() {
        byte[] bomb = withDimensions(image("png", 16, 16, BufferedImage.TYPE_INT_ARGB), 50_000, 50_000);

        assertRefused(bomb, "validation.imageDimensions");
    }

    @Test
    void a_png_just_over_the_side_limit_is_refused_and_one_at_it_is_read() {
        byte[] tooWide = withDimensions(image("png", 16, 16, BufferedImage.TYPE_INT_ARGB),
                LogoImage.MAX_SOURCE_PIXELS_PER_SIDE + 1, 16);

        assertRefused(tooWide, "validation.imageDimensions");
        BufferedImage atLimit = read(LogoImage.normalise(image("png", LogoImage.MAX_SOURCE_PIXELS_PER_SIDE, 2,
                BufferedImage.TYPE_BYTE_GRAY)));
        assertThat(atLimit.getWidth()).isEqualTo(LogoImage.MAX_SIDE);
        assertThat(atLimit.getHeight()).isEqualTo(1);
    }

    // --- helpers ---

    private static void assertRefused(byte[] upload, String code) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> LogoImage.normalise(upload));

        assertThat(e).as(code).isNotNull();
        assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("logo");
            assertThat(error.code()).isEqualTo(code);
        });
        assertThat(e.fieldErrors()).extracting(FieldError::message).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    private static byte[] image(String format, int width, int height, int type) {
        return image(format, width, height, type, false);
    }

    /** An image drawn here and encoded by ImageIO; noisy ones do not compress, so cutting them loses pixels. */
    private static byte[] image(String format, int width, int height, int type, boolean noisy) {
        BufferedImage img = new BufferedImage(width, height, type);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1f, 0x5f, 0x8f));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        if (noisy) {
            java.util.Random random = new java.util.Random(42);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    img.setRGB(x, y, random.nextInt());
                }
            }
        }
        return encode(img, format);
    }

    private static byte[] encode(BufferedImage img, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(ImageIO.write(img, format, out)).as("ImageIO writes " + format).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(img).as("a readable image").isNotNull();
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG with other width and height in its IHDR chunk (and a matching checksum): a lying header. */
    private static byte[] withDimensions(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        // signature (8), IHDR length (4), "IHDR" (4), then width and height, then 5 more bytes, then the CRC
        assertThat(new String(patched, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        ByteBuffer buffer = ByteBuffer.wrap(patched);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 4 + 13);
        buffer.putInt(29, (int) crc.getValue());
        return patched;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
