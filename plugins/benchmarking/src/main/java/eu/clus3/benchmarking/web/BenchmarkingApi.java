package eu.clus3.benchmarking.web;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.edition.CurrentEdition;
import eu.clus3.benchmarking.edition.EditionFormat;
import eu.clus3.benchmarking.edition.Editions;
import eu.clus3.benchmarking.report.History;
import eu.clus3.benchmarking.report.PrintableReport;
import eu.clus3.benchmarking.report.RegionOverview;
import eu.clus3.benchmarking.report.Report;
import eu.clus3.benchmarking.report.ReportPdf;
import eu.clus3.benchmarking.report.Reports;
import eu.clus3.benchmarking.results.ClusterBenchmark;
import eu.clus3.plugin.api.Created;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleFiles;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.RestEndpoint;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pf4j.Extension;

import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The module's JSON API under {@code /api/modules/benchmarking/}: editions, the lifecycle of a benchmarking, evidence
 * files, reports with SVG charts and a PDF, history, the regional overview. Typed: bodies and answers are the
 * module's records, bound by the platform with its JSON mapping and listed in {@code /openapi}; every rule is the
 * services' ({@link Benchmarkings}, {@link Editions}, {@link Reports}), whose {@link ModuleProblem}s the platform
 * answers as problem documents. Changes carry the version the client read.
 */
@Extension
public class BenchmarkingApi implements RestEndpoint {

    static final String YAML = "application/yaml";

    private final ModuleContext context;
    private final Editions editions;
    private final Benchmarkings benchmarkings;
    private final Reports reports;

    public BenchmarkingApi(BenchmarkingPlugin module) {
        this.context = module.context();
        this.editions = module.editions();
        this.benchmarkings = module.benchmarkings();
        this.reports = module.reports();
    }

    @Override
    public Object resource() {
        return new Resource();
    }

    @Produces(MediaType.APPLICATION_JSON)
    public class Resource {

        // --- editions ---------------------------------------------------------------------

        @GET
        @Path("editions")
        public List<EditionSummary> editions() {
            String current = editions.current().id();
            return editions.readable().stream().map(e -> EditionSummary.of(e, current)).toList();
        }

        /** The edition file, exactly as it imports: JSON, or YAML with {@code ?format=yaml} (or Accept: application/yaml). */
        @GET
        @Path("editions/{id}")
        @Produces({MediaType.APPLICATION_JSON, YAML})
        public Response edition(@PathParam("id") String id, @QueryParam("format") String format,
                                @Context HttpHeaders headers) {
            EditionFormat.Syntax syntax = wantsYaml(format, headers.getHeaderString(HttpHeaders.ACCEPT))
                    ? EditionFormat.Syntax.YAML : EditionFormat.Syntax.JSON;
            return Response.ok(editions.file(id, syntax), (syntax == EditionFormat.Syntax.YAML ? YAML : MediaType.APPLICATION_JSON)
                    + ";charset=utf-8").build();
        }

        /**
         * An edition file as the body: JSON, or YAML ({@code application/yaml}, {@code text/yaml}; plain text not
         * opening with "{"), read as UTF-8 unless the request names another charset.
         */
        @POST
        @Path("editions")
        @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, YAML, "text/yaml", "application/x-yaml", "text/x-yaml"})
        public Created<ImportedEdition> importEdition(String file, @Context HttpHeaders headers) {
            ImportedEdition imported = ImportedEdition.of(editions.importEdition(file,
                    EditionFormat.Syntax.of(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), file)));
            return Created.at("editions/" + imported.id(), imported);
        }

        @PUT
        @Path("editions/current")
        public CurrentEdition makeCurrent(CurrentEdition choice) {
            return new CurrentEdition(editions.makeCurrent(choice.id()).id());
        }

        // --- a cluster's benchmarkings -----------------------------------------------------

        @GET
        @Path("clusters/{clusterId}/benchmarkings")
        public List<Benchmarking> ofCluster(@PathParam("clusterId") long clusterId) {
            return benchmarkings.ofCluster(clusterId);
        }

        @POST
        @Path("clusters/{clusterId}/benchmarkings")
        public Created<Benchmarking> start(@PathParam("clusterId") long clusterId) {
            Benchmarking started = benchmarkings.start(clusterId);
            return Created.at("benchmarkings/" + started.key(), started);
        }

        @GET
        @Path("clusters/{clusterId}/history")
        public History history(@PathParam("clusterId") long clusterId, @QueryParam("lang") String lang,
                               @Context HttpHeaders headers) {
            return reports.history(clusterId, locale(lang, headers));
        }

        /** The exported API's answer over HTTP: the cluster's latest completed results per indicator. */
        @GET
        @Path("clusters/{clusterId}/latest")
        public ClusterBenchmark latest(@PathParam("clusterId") long clusterId) {
            return benchmarkings.latestResults(clusterId);
        }

        @GET
        @Path("region")
        public RegionOverview region(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
            return reports.region(locale(lang, headers));
        }

        // --- one benchmarking ------------------------------------------------------------------

        @GET
        @Path("benchmarkings/{key}")
        public Benchmarking get(@PathParam("key") String key) {
            return benchmarkings.get(key);
        }

        @GET
        @Path("benchmarkings/{key}/revisions")
        public List<Revision> revisions(@PathParam("key") String key) {
            return benchmarkings.revisions(key).stream().map(Revision::of).toList();
        }

        @PUT
        @Path("benchmarkings/{key}/answers")
        public Benchmarking saveAnswers(@PathParam("key") String key, AnswersChange change) {
            return benchmarkings.saveAnswers(key, change.version(), change.changes());
        }

        @PUT
        @Path("benchmarkings/{key}/stories")
        public Benchmarking saveStories(@PathParam("key") String key, StoriesChange change) {
            return benchmarkings.saveStories(key, change.version(), change.stories());
        }

        @POST
        @Path("benchmarkings/{key}/submit")
        public Benchmarking submit(@PathParam("key") String key, VersionOnly change) {
            return benchmarkings.submit(key, change.version());
        }

        @POST
        @Path("benchmarkings/{key}/review")
        public Benchmarking review(@PathParam("key") String key, VersionOnly change) {
            return benchmarkings.startReview(key, change.version());
        }

        @POST
        @Path("benchmarkings/{key}/complete")
        public Benchmarking complete(@PathParam("key") String key, Completion completion) {
            return benchmarkings.complete(key, completion.version(), completion.recommendations());
        }

        @POST
        @Path("benchmarkings/{key}/reopen")
        public Benchmarking reopen(@PathParam("key") String key, Reopening reopening) {
            return benchmarkings.reopen(key, reopening.version(), reopening.reason());
        }

        // --- evidence files ----------------------------------------------------------------

        /**
         * Attaches a file to an indicator's answer: the raw file as the body (its declared type is kept but the
         * platform decides the type from the content), its name in {@code X-File-Name} (percent-encoded UTF-8 allowed),
         * the benchmarking's version in {@code ?version=}. Answers the benchmarking, with the file in the answer's
         * {@code files}, and the file's address in {@code Location}.
         */
        @POST
        @Path("benchmarkings/{key}/indicators/{indicatorId}/evidence")
        @Consumes(MediaType.WILDCARD)
        public Created<Benchmarking> attachEvidence(@PathParam("key") String key, @PathParam("indicatorId") String indicatorId,
                                                    @QueryParam("version") Long version,
                                                    @HeaderParam("X-File-Name") String fileName,
                                                    @Context HttpHeaders headers, InputStream file) {
            Benchmarkings.Attachment attached = benchmarkings.attachEvidence(key, Versions.sent(version), indicatorId,
                    decoded(fileName), headers.getHeaderString(HttpHeaders.CONTENT_TYPE), headers.getLength(), file);
            return Created.at("benchmarkings/" + key + "/indicators/" + indicatorId + "/evidence/" + attached.file().id(),
                    attached.benchmarking());
        }

        /** An evidence file, as a download of the type the platform found, for whoever may read the benchmarking. */
        @GET
        @Path("benchmarkings/{key}/indicators/{indicatorId}/evidence/{fileId}")
        @Produces(MediaType.WILDCARD)
        public Response evidence(@PathParam("key") String key, @PathParam("indicatorId") String indicatorId,
                                 @PathParam("fileId") String fileId) {
            ModuleFiles.FileContent file = benchmarkings.evidence(key, indicatorId, fileId);
            String type = file.file().contentType();
            return Response.ok(file.bytes(), type.startsWith("text/") ? type + ";charset=utf-8" : type)
                    .header("Content-Disposition", attachment(file.file().fileName()))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "default-src 'none'; sandbox")
                    .header("Cache-Control", "private, no-store")
                    .build();
        }

        /** Removes an evidence file: {@code ?version=} the benchmarking's version, like every change. */
        @DELETE
        @Path("benchmarkings/{key}/indicators/{indicatorId}/evidence/{fileId}")
        public Benchmarking removeEvidence(@PathParam("key") String key, @PathParam("indicatorId") String indicatorId,
                                           @PathParam("fileId") String fileId, @QueryParam("version") Long version) {
            return benchmarkings.removeEvidence(key, Versions.sent(version), indicatorId, fileId);
        }

        // --- reports -------------------------------------------------------------------------

        @GET
        @Path("benchmarkings/{key}/report")
        public Report report(@PathParam("key") String key, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
            return reports.report(key, locale(lang, headers));
        }

        /** The report as a page for printing or saving as PDF. */
        @GET
        @Path("benchmarkings/{key}/printable")
        @Produces(MediaType.TEXT_HTML)
        public String printable(@PathParam("key") String key, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
            Locale locale = locale(lang, headers);
            return PrintableReport.html(reports.report(key, locale), locale, (k, args) -> context.message(locale, k, args));
        }

        /**
         * The report as an A4 PDF (charts as vectors, page numbers), made by the platform from the module's XHTML.
         * The same readers as the report: the cluster's members once completed, its managers, the assessors.
         */
        @GET
        @Path("benchmarkings/{key}/report.pdf")
        @Produces("application/pdf")
        public Response pdf(@PathParam("key") String key, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
            Locale locale = locale(lang, headers);
            Report report = reports.report(key, locale);
            String file = "benchmarking-" + report.clusterSlug().replaceAll("[^A-Za-z0-9-]", "") + "-"
                    + key.replaceAll("[^A-Za-z0-9-]", "") + "-" + locale.getLanguage() + ".pdf";
            return Response.ok(renderPdf(ReportPdf.xhtml(report, locale, (k, args) -> context.message(locale, k, args))),
                            "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                    .header("Cache-Control", "private, no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }

        /** The report's charts as SVG: {@code areas} (radar) or {@code indicators} (bars). */
        @GET
        @Path("benchmarkings/{key}/charts/{chart}.svg")
        @Produces("image/svg+xml")
        public String chart(@PathParam("key") String key, @PathParam("chart") String chart,
                            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
            return reports.chart(key, chart, locale(lang, headers));
        }
    }

    // --- HTTP details -------------------------------------------------------------------------

    private byte[] renderPdf(String xhtml) {
        try {
            return context.documents().pdf(xhtml);
        } catch (UnsupportedOperationException e) {
            throw new ModuleProblem(501, "benchmarking.noPdf", "This platform makes no PDF documents: use the printable report",
                    null, null);
        }
    }

    /** YAML with {@code ?format=yaml} (or {@code yml}), or with no format asked when Accept names YAML and not JSON. */
    static boolean wantsYaml(String format, String accept) {
        if (format != null) {
            return "yaml".equalsIgnoreCase(format) || "yml".equalsIgnoreCase(format);
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("yaml") && !a.contains("json");
    }

    /** A file name header: percent-encoded UTF-8 is decoded; anything undecodable is taken as it is. */
    static String decoded(String header) {
        if (header == null) {
            return null;
        }
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header;
        }
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in RFC 5987 form. */
    static String attachment(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Italian when {@code ?lang=} (or else Accept-Language) says so, English otherwise. */
    static Locale locale(String lang, HttpHeaders headers) {
        String l = lang != null ? lang : headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return l != null && l.trim().toLowerCase(Locale.ROOT).startsWith("it") ? Locale.ITALIAN : Locale.ENGLISH;
    }
}
