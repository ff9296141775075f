package eu.clus3.core.shared;

/**
 * What a file is by its first bytes (its "magic number"): the one place uploads are recognised by content, never
 * by their name or declared type (forum images, logos and avatars, module files).
 */
public final class MagicBytes {

    private MagicBytes() {
    }

    public static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A;
    }

    public static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    public static boolean isGif(byte[] b) {
        return b.length > 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8'
                && (b[4] == '7' || b[4] == '9') && b[5] == 'a';
    }

    public static boolean isWebp(byte[] b) {
        return b.length > 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
    }

    /** {@code %PDF-} at the very start (PDF readers tolerate junk before it; we do not). */
    public static boolean isPdf(byte[] b) {
        return b.length > 8 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    /** A ZIP archive starting with a local file header ({@code PK\3\4}): also docx, xlsx, odt, jar... */
    public static boolean isZip(byte[] b) {
        return b.length > 30 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }
}
