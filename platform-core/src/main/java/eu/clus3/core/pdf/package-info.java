/**
 * PDF documents from XHTML with inline SVG: {@link eu.clus3.core.pdf.PdfRenderer}. Knows nothing of the Clus3
 * domain; the platform offers it to modules through {@code ModuleContext.documents()}.
 */
package eu.clus3.core.pdf;
