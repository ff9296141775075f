package eu.clus3.benchmarking.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** File sizes as people read them: "840 B", "12 KB", "3.4 MB" (in the viewer's number format). */
public final class FileSizes {

    private FileSizes() {
    }

    public static String shown(long bytes, Locale locale) {
        DecimalFormat one = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale));
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return one.format(bytes / 1024.0) + " KB";
        }
        return one.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
