package eu.clus3.benchmarking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.EditionFormat;
import eu.clus3.benchmarking.edition.Editions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The editions, for administrators: each with its file to download (JSON or YAML), and an upload that imports
 * a new one — JSON, or YAML when the file is named {@code .yaml}/{@code .yml} — listing every fault it has.
 */
final class EditionsPanel extends Div {

    /** The largest edition file uploaded here (the default edition is about 90 KiB). */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Screen s;
    private final Editions editions;
    private final Div list = Screen.id(new Div(), "benchmarking-editions");
    private final UnorderedList faults = Screen.id(new UnorderedList(), "benchmarking-edition-faults");

    EditionsPanel(Screen s) {
        this.s = s;
        this.editions = s.benchmarkings.editions();
        setId("benchmarking-editions-panel");
        add(new H3(s.t("editions.title")), new Paragraph(s.t("editions.intro")), list);
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("benchmarking-edition-upload");
        upload.setAcceptedFileTypes(".json", ".yaml", ".yml", "application/json", "application/yaml", "text/yaml");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(s.t("editions.drop")));
        upload.addSucceededListener(e -> {
            String text = read(buffer.getInputStream());
            upload.clearFileList();
            importFile(e.getFileName(), text);
        });
        upload.addFileRejectedListener(e -> show(e.getErrorMessage(), true));
        add(upload, faults);
        refresh();
    }

    /** A broken file's faults are listed here, each with where it is; any other refusal goes to the platform. */
    private void importFile(String fileName, String text) {
        faults.removeAll();
        EditionFormat.Syntax syntax = EditionFormat.Syntax.ofFileName(fileName);
        List<String> found = editions.format().faults(text, syntax);
        if (!found.isEmpty()) {
            show(s.t("editions.refused", found.size()), true);
            found.forEach(p -> faults.add(new ListItem(p)));
            return;
        }
        Edition e = editions.importEdition(text, syntax);
        show(s.t("editions.imported", e.id(), e.indicators().size()), false);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        String current = editions.current().id();
        for (Edition e : editions.all()) {
            Div row = new Div();
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.3em 1em").set("padding", "0.3em 0");
            row.add(new Span(e.id()), new Span(e.title().in(s.locale())),
                    new Span(s.t("editions.indicators", e.indicators().size())));
            if (e.id().equals(current)) {
                row.add(new Span(s.t("editions.current")));
            }
            row.add(download(e, "json"), download(e, "yaml"));
            list.add(row);
        }
    }

    private static Anchor download(Edition e, String format) {
        Anchor a = new Anchor("api/modules/benchmarking/editions/" + e.id() + "?format=" + format, format.toUpperCase());
        a.getElement().setAttribute("download", e.id() + "." + format);
        a.getElement().setAttribute("router-ignore", true);
        a.setId("edition-" + e.id() + "-" + format);
        return a;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(String message, boolean error) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        if (error) {
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
