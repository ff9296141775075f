package eu.clus3.core.modules;

import eu.clus3.core.pdf.PdfRenderer;
import eu.clus3.plugin.api.Documents;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The documents the platform makes for modules ({@code ModuleContext.documents()}): PDF from the one shared
 * renderer, at most one rendering per processor at a time (PDF is CPU work), a caller waiting at most a minute.
 */
public final class ModulePdfDocuments implements Documents {

    /** Every module's context hands out this one. */
    public static final ModulePdfDocuments INSTANCE = new ModulePdfDocuments();

    private final PdfRenderer renderer = new PdfRenderer();
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private ModulePdfDocuments() {
    }

    @Override
    public byte[] pdf(String xhtml) {
        try {
            if (!slots.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The server is busy making other PDF documents: try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to make a PDF document", e);
        }
        try {
            return renderer.render(xhtml);
        } finally {
            slots.release();
        }
    }
}
