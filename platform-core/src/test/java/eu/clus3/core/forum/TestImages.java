package eu.clus3.core.forum;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small real images in each accepted format (and some that are not images), made on the spot. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] encoded(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, "png".equals(format)
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.drawLine(0, 0, width - 1, height - 1);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(int width, int height) {
        return encoded("png", width, height);
    }

    /** A lossless WebP header (RIFF, WEBP, VP8L) announcing the given size, followed by filler. */
    public static byte[] webp(int width, int height) {
        byte[] b = new byte[64];
        put(b, 0, "RIFF");
        int riffSize = b.length - 8;
        b[4] = (byte) riffSize;
        put(b, 8, "WEBP");
        put(b, 12, "VP8L");
        b[16] = (byte) (b.length - 20);
        b[20] = 0x2f;
        int bits = (width - 1) | (height - 1) << 14;
        b[21] = (byte) bits;
        b[22] = (byte) (bits >> 8);
        b[23] = (byte) (bits >> 16);
        b[24] = (byte) (bits >> 24);
        return b;
    }

    public static byte[] svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void put(byte[] b, int at, String ascii) {
        byte[] s = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(s, 0, b, at, s.length);
    }
}
