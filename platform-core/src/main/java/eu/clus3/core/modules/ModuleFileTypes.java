package eu.clus3.core.modules;

import eu.clus3.core.shared.MagicBytes;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.RefusedFileException.Reason;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a module's file is, found from its bytes — never from its name or declared type (the name only tells CSV
 * from plain text, both checked as text): PDF, PNG and JPEG by their magic bytes; Office Open XML and OpenDocument
 * files by the entries of their ZIP container, read from its central directory without inflating anything (so a
 * zip bomb costs nothing, and at most {@link #MAX_ZIP_ENTRIES} entries are looked at); plain text and CSV when
 * they are valid UTF-8 without NUL characters and do not start like markup. Everything else — HTML, SVG, XML,
 * executables, other archives, Office files with macros — is refused.
 */
public final class ModuleFileTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TEXT = "text/plain";
    public static final String CSV = "text/csv";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";
    static final int MAX_ZIP_ENTRIES = 5_000;
    static final String ACCEPTED = "PDF, PNG, JPEG, plain text or CSV (UTF-8), Word, Excel or PowerPoint (docx, xlsx,"
            + " pptx) and OpenDocument (odt, ods, odp) files";

    private ModuleFileTypes() {
    }

    /** The type of an accepted file; refuses an empty one, one over {@code maxBytes} and any other kind. */
    public static String detect(byte[] bytes, String fileName, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RefusedFileException(Reason.EMPTY, "The file is empty");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (MagicBytes.isPdf(bytes)) {
            return PDF;
        }
        if (MagicBytes.isPng(bytes)) {
            return PNG;
        }
        if (MagicBytes.isJpeg(bytes)) {
            return JPEG;
        }
        if (MagicBytes.isZip(bytes)) {
            return officeDocument(bytes);
        }
        if (isText(bytes)) {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TEXT;
        }
        throw notAccepted("its content is none of them");
    }

    public static RefusedFileException tooLarge(long maxBytes) {
        return new RefusedFileException(Reason.TOO_LARGE, "A file may have at most " + describe(maxBytes));
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    private static RefusedFileException notAccepted(String why) {
        return new RefusedFileException(Reason.TYPE_NOT_ACCEPTED, "Only " + ACCEPTED + " are accepted: " + why);
    }

    // --- text ------------------------------------------------------------------------------

    private static boolean isText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.indexOf('\0') >= 0) {
            return false;
        }
        String start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        // HTML, SVG and XML all start with '<': a browser that ignored our type would render them.
        return !start.startsWith("<");
    }

    // --- ZIP containers ------------------------------------------------------------------------

    private static String officeDocument(byte[] b) {
        String odf = openDocumentType(b);
        List<String> names = entryNames(b);
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.startsWith("basic/") || lower.startsWith("scripts/")) {
                throw notAccepted("documents with macros are refused");
            }
        }
        if (odf != null) {
            return odf;
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return XLSX;
            }
            if (names.contains("ppt/presentation.xml")) {
                return PPTX;
            }
        }
        throw notAccepted("this ZIP archive is not an Office or OpenDocument file");
    }

    /**
     * An OpenDocument file's first entry is {@code mimetype}, stored uncompressed, holding its type (the
     * specification requires it, so that the type can be read exactly like this).
     */
    private static String openDocumentType(byte[] b) {
        int nameLength = u16(b, 26);
        int extraLength = u16(b, 28);
        if (nameLength != 8 || !"mimetype".equals(new String(b, 30, 8, StandardCharsets.US_ASCII)) || u16(b, 8) != 0) {
            return null;
        }
        long size = u32(b, 18);
        int start = 30 + nameLength + extraLength;
        if (size > 100 || start + size > b.length) {
            return null;
        }
        String type = new String(b, start, (int) size, StandardCharsets.US_ASCII);
        return switch (type) {
            case ODT, ODS, ODP -> type;
            default -> null;
        };
    }

    /** The entry names from the central directory (never inflating anything); a broken archive is refused. */
    static List<String> entryNames(byte[] b) {
        int end = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw notAccepted("the ZIP archive is broken");
        }
        int entries = u16(b, end + 10);
        long directory = u32(b, end + 16);
        if (entries > MAX_ZIP_ENTRIES) {
            throw notAccepted("the archive has more than " + MAX_ZIP_ENTRIES + " entries");
        }
        List<String> names = new ArrayList<>(entries);
        long p = directory;
        for (int n = 0; n < entries; n++) {
            if (p < 0 || p + 46 > end || b[(int) p] != 'P' || b[(int) p + 1] != 'K' || b[(int) p + 2] != 1 || b[(int) p + 3] != 2) {
                throw notAccepted("the ZIP archive is broken");
            }
            int at = (int) p;
            int nameLength = u16(b, at + 28);
            int extraLength = u16(b, at + 30);
            int commentLength = u16(b, at + 32);
            if (at + 46 + nameLength > end) {
                throw notAccepted("the ZIP archive is broken");
            }
            names.add(new String(b, at + 46, nameLength, StandardCharsets.UTF_8));
            p = (long) at + 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int u16(byte[] b, int at) {
        return at + 1 < b.length && at >= 0 ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 : -1;
    }

    private static long u32(byte[] b, int at) {
        return at + 3 < b.length && at >= 0
                ? (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24
                : -1;
    }
}
