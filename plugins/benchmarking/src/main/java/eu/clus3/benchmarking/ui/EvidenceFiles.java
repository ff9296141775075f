package eu.clus3.benchmarking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.EvidenceFile;
import eu.clus3.benchmarking.report.FileSizes;
import eu.clus3.plugin.api.ModuleFiles;
import eu.clus3.plugin.api.ModuleProblem;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The evidence files of one indicator in the questionnaire: the attached files with download links, and for
 * whoever may change the answer an upload (the accepted types and the size limit shown, Upload's own progress
 * bar) and a remove button asking for confirmation. The upload is read straight into the platform's file store,
 * which decides the type from the content; a refusal is shown in the file's row and, with its reason, below.
 */
final class EvidenceFiles extends Div {

    private final Screen s;
    private final String indicatorId;
    private final String idPrefix;
    private final Supplier<Benchmarking> current;
    private final Consumer<Benchmarking> changed;
    private final UnorderedList list = new UnorderedList();
    private final Span problem = new Span();
    private Upload upload;

    /**
     * @param current  the benchmarking as the page holds it (the version every change is checked against)
     * @param changed  told the benchmarking after a change, so the page keeps the new version
     */
    EvidenceFiles(Screen s, String indicatorId, String idPrefix, boolean editable, Supplier<Benchmarking> current,
                  Consumer<Benchmarking> changed) {
        this.s = s;
        this.indicatorId = indicatorId;
        this.idPrefix = idPrefix;
        this.current = current;
        this.changed = changed;
        setId(idPrefix + "-files");
        addClassName("benchmarking-evidence-files");
        getStyle().set("margin-top", "0.5em");
        Span label = new Span(s.t("questionnaire.files"));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");
        list.getStyle().set("margin", "0.25em 0").set("padding-left", "1.2em");
        list.setId(idPrefix + "-file-list");
        add(label, list);
        if (editable) {
            upload = upload();
            add(upload);
            Paragraph hint = new Paragraph(s.t("questionnaire.filesHelp",
                    FileSizes.shown(s.benchmarkings.maxFileBytes(), s.locale())));
            hint.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                    .set("margin", "0.25em 0");
            problem.setId(idPrefix + "-file-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            add(hint, problem);
        }
        showFiles(editable);
    }

    private void showFiles(boolean editable) {
        list.removeAll();
        List<EvidenceFile> files = current.get().answer(indicatorId).files();
        if (files.isEmpty()) {
            ListItem none = new ListItem(s.t("questionnaire.filesNone"));
            none.getStyle().set("list-style", "none").set("margin-left", "-1.2em").set("color", "var(--lumo-secondary-text-color)");
            list.add(none);
        }
        for (EvidenceFile f : files) {
            Anchor download = new Anchor(downloadAddress(f), f.name());
            download.getElement().setAttribute("download", f.name());
            download.getElement().setAttribute("title", s.t("questionnaire.download", f.name()));
            download.getStyle().set("overflow-wrap", "anywhere");
            Span size = new Span(" (" + FileSizes.shown(f.size(), s.locale()) + ")");
            size.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            ListItem item = new ListItem(download, size);
            item.addClassName("benchmarking-evidence-file");
            if (editable) {
                Button remove = new Button(s.t("questionnaire.removeFile"), e -> confirmRemoval(f));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.getStyle().set("margin-left", "0.5em");
                remove.addClassName("benchmarking-remove-file");
                item.add(remove);
            }
            list.add(item);
        }
    }

    /** The REST address of a file: the browser sends the session cookie, the module checks the reader. */
    private String downloadAddress(EvidenceFile f) {
        return "api/modules/" + s.context.moduleId() + "/benchmarkings/" + current.get().key() + "/indicators/"
                + indicatorId + "/evidence/" + f.id();
    }

    private void confirmRemoval(EvidenceFile f) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(idPrefix + "-remove-dialog");
        dialog.setHeader(s.t("questionnaire.removeFileTitle"));
        dialog.setText(s.t("questionnaire.removeFileText", f.name(), indicatorId));
        dialog.setCancelable(true);
        dialog.setCancelText(s.t("questionnaire.cancel"));
        dialog.setConfirmText(s.t("questionnaire.removeFile"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            Benchmarking b = current.get();
            changed.accept(s.benchmarkings.removeEvidence(b.key(), b.version(), indicatorId, f.id()));
            showFiles(true);
        });
        dialog.open();
    }

    private Upload upload() {
        long max = s.benchmarkings.maxFileBytes();
        Upload upload = new Upload(new Receiver());
        upload.setId(idPrefix + "-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setAcceptedFileTypes(ModuleFiles.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        upload.setWidthFull();
        upload.getStyle().set("box-sizing", "border-box");
        Button button = new Button(s.t("questionnaire.attach"));
        upload.setUploadButton(button);
        upload.setDropLabel(new Span(s.t("questionnaire.drop")));
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(s.t("questionnaire.fileTooLarge", FileSizes.shown(max, s.locale())))
                .setIncorrectFileType(s.t("questionnaire.fileWrongType")));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden(s.t("questionnaire.uploadRefused"))
                .setServerUnavailable(s.t("questionnaire.uploadFailed"))
                .setUnexpectedServerError(s.t("questionnaire.uploadFailed"))));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> show(s.t("questionnaire.fileRefused", e.getErrorMessage())));
        upload.addStartedListener(e -> problem.setText(""));
        return upload;
    }

    private void show(String message) {
        problem.setText(message);
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Receives an upload on the request's thread (the signed-in user is known there) and hands the stream to the
     * service; the page is updated through {@link UI#access}. An upload is a request of its own, not a listener of
     * the page: Vaadin answers whatever it throws with a bare 500 and never hands it to the platform's error
     * handler. So this is the one place that catches the service's refusal: it shows it under the upload (the
     * file's field) and answers 400, so that the file's row shows it failed.
     */
    private final class Receiver implements UploadHandler {

        private final ThreadLocal<Boolean> refused = new ThreadLocal<>();

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = event.getUI();
            Benchmarking b = current.get();
            try {
                Benchmarking after = s.benchmarkings.attachEvidence(b.key(), b.version(), indicatorId,
                        event.getFileName(), event.getContentType(), event.getFileSize(), event.getInputStream())
                        .benchmarking();
                ui.access(() -> {
                    changed.accept(after);
                    problem.setText("");
                    showFiles(true);
                    upload.clearFileList(); // the file is in the list above now
                });
            } catch (ModuleProblem e) {
                refused.set(Boolean.TRUE);
                ui.access(() -> show(s.t("questionnaire.fileRefused", message(e, ui.getLocale()))));
            }
        }

        @Override
        public void responseHandled(boolean success, VaadinResponse response) {
            boolean wasRefused = refused.get() != null;
            refused.remove();
            response.setStatus(!success ? 500 : wasRefused ? 400 : 200);
        }

        /** The refusal in the viewer's language where the module has it, else the service's English message. */
        private String message(ModuleProblem e, Locale locale) {
            String translated = s.context.message(locale, e.code());
            return translated.startsWith("!") ? e.getMessage() : translated;
        }
    }
}
