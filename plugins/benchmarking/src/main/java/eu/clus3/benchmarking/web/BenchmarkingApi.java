package eu.clus3.benchmarking.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.Json;
import eu.clus3.benchmarking.assessment.Access;
import eu.clus3.benchmarking.assessment.AnswerChange;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.BenchmarkingException;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.assessment.FieldProblem;
import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.EditionFormat;
import eu.clus3.benchmarking.edition.Editions;
import eu.clus3.benchmarking.report.Charts;
import eu.clus3.benchmarking.report.Report;
import eu.clus3.benchmarking.report.ReportPdf;
import eu.clus3.benchmarking.report.Reports;
import eu.clus3.benchmarking.results.BenchmarkResults;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleFiles;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.RestEndpoint;
import eu.clus3.plugin.api.StaleDocumentException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pf4j.Extension;

import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The module's JSON API under {@code /api/modules/benchmarking/}: editions, the lifecycle of a
 * benchmarking, reports with SVG charts, history, the regional overview. Changes carry the version the
 * client read ({@code "version"} in the body); refusals answer a problem document like the platform's
 * (status, {@code code}, {@code errors[]} by field, {@code currentVersion} after a conflict).
 */
@Extension
public class BenchmarkingApi implements RestEndpoint {

    static final String PROBLEM = "application/problem+json";
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
        public Response editions() {
            return answer(200, () -> {
                Access.user(context);
                String current = editions.current().id();
                return editions.all().stream().map(e -> Map.of("id", e.id(), "title", e.title(),
                        "published", e.published() == null ? "" : e.published(), "areas", e.areas().size(),
                        "indicators", e.indicators().size(), "current", e.id().equals(current))).toList();
            });
        }

        /** The edition file, exactly as it imports: JSON, or YAML with {@code ?format=yaml} (or Accept: application/yaml). */
        @GET
        @Path("editions/{id}")
        @Produces({MediaType.APPLICATION_JSON, YAML})
        public Response edition(@PathParam("id") String id, @QueryParam("format") String format,
                                @HeaderParam("Accept") String accept) {
            boolean yaml = "yaml".equalsIgnoreCase(format) || "yml".equalsIgnoreCase(format)
                    || (format == null && accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml")
                    && !accept.toLowerCase(Locale.ROOT).contains("json"));
            Response r = answer(200, () -> {
                Access.user(context);
                return new Raw(editions.format().write(editions.get(id), yaml ? EditionFormat.Syntax.YAML : EditionFormat.Syntax.JSON));
            });
            return r.getStatus() == 200 && yaml ? Response.ok(r.getEntity(), YAML + ";charset=utf-8").build() : r;
        }

        /** An edition file: JSON, or YAML ({@code application/yaml}, {@code text/yaml}; plain text not opening with "{"). */
        @POST
        @Path("editions")
        @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, YAML, "text/yaml", "application/x-yaml", "text/x-yaml"})
        public Response importEdition(byte[] body, @HeaderParam("Content-Type") String contentType) {
            // JSON and YAML files are UTF-8 unless the request says otherwise (text/* would default to Latin-1)
            String text = new String(body, charset(contentType));
            return answer(201, () -> {
                Edition e = editions.importEdition(text, EditionFormat.Syntax.of(contentType, text));
                return Map.of("id", e.id(), "areas", e.areas().size(), "indicators", e.indicators().size());
            });
        }

        @PUT
        @Path("editions/current")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response makeCurrent(String body) {
            return answer(200, () -> {
                JsonNode json = object(body);
                Edition e = editions.makeCurrent(text(json, "id"));
                return Map.of("id", e.id());
            });
        }

        // --- a cluster's benchmarkings -----------------------------------------------------

        @GET
        @Path("clusters/{clusterId}/benchmarkings")
        public Response ofCluster(@PathParam("clusterId") long clusterId) {
            return answer(200, () -> benchmarkings.ofCluster(clusterId));
        }

        @POST
        @Path("clusters/{clusterId}/benchmarkings")
        public Response start(@PathParam("clusterId") long clusterId) {
            return answer(201, () -> benchmarkings.start(clusterId));
        }

        @GET
        @Path("clusters/{clusterId}/history")
        public Response history(@PathParam("clusterId") long clusterId, @QueryParam("lang") String lang,
                                @HeaderParam("Accept-Language") String accept) {
            return answer(200, () -> reports.history(clusterId, locale(lang, accept)));
        }

        /** The exported API's answer over HTTP: the cluster's latest completed results per indicator. */
        @GET
        @Path("clusters/{clusterId}/latest")
        public Response latest(@PathParam("clusterId") long clusterId) {
            return answer(200, () -> {
                var user = Access.user(context);
                if (!Access.runs(user, clusterId) && !user.belongsTo(clusterId)) {
                    throw BenchmarkingException.forbidden("benchmarking.otherCluster",
                            "Benchmarkings are only open to their cluster and the regional staff");
                }
                return benchmarkings.latestCompleted(clusterId)
                        .map(b -> BenchmarkResults.of(editions.get(b.editionId()), b))
                        .orElseThrow(() -> BenchmarkingException.notFound("A completed benchmarking of cluster " + clusterId));
            });
        }

        @GET
        @Path("region")
        public Response region(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
            return answer(200, () -> reports.region(locale(lang, accept)));
        }

        // --- one benchmarking ------------------------------------------------------------------

        @GET
        @Path("benchmarkings/{key}")
        public Response get(@PathParam("key") String key) {
            return answer(200, () -> benchmarkings.get(key));
        }

        @GET
        @Path("benchmarkings/{key}/revisions")
        public Response revisions(@PathParam("key") String key) {
            return answer(200, () -> benchmarkings.revisions(key).stream().map(r -> Map.of("version", r.version(),
                    "changedAt", r.changedAt().toString(), "changedBy", r.changedBy() == null ? "" : r.changedBy())).toList());
        }

        /** {@code {"version": 3, "answers": {"1.1": {"value": 40, "comment": "...", "evidence": ["..."]}}}} */
        @PUT
        @Path("benchmarkings/{key}/answers")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response saveAnswers(@PathParam("key") String key, String body) {
            return answer(200, () -> {
                JsonNode json = object(body);
                return benchmarkings.saveAnswers(key, version(json), changes(json.get("answers")));
            });
        }

        /** {@code {"version": 3, "stories": [{"title": "...", "text": "..."}]}} */
        @PUT
        @Path("benchmarkings/{key}/stories")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response saveStories(@PathParam("key") String key, String body) {
            return answer(200, () -> {
                JsonNode json = object(body);
                JsonNode list = json.get("stories");
                if (list == null || !list.isArray()) {
                    throw BenchmarkingException.invalid("stories", "benchmarking.stories", "stories must be a list");
                }
                List<SuccessStory> stories = new ArrayList<>();
                list.forEach(s -> stories.add(new SuccessStory(s.path("title").asText(""), s.path("text").asText(""))));
                return benchmarkings.saveStories(key, version(json), stories);
            });
        }

        @POST
        @Path("benchmarkings/{key}/submit")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response submit(@PathParam("key") String key, String body) {
            return answer(200, () -> benchmarkings.submit(key, version(object(body))));
        }

        @POST
        @Path("benchmarkings/{key}/review")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response review(@PathParam("key") String key, String body) {
            return answer(200, () -> benchmarkings.startReview(key, version(object(body))));
        }

        /** {@code {"version": 7, "recommendations": "..."}} */
        @POST
        @Path("benchmarkings/{key}/complete")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response complete(@PathParam("key") String key, String body) {
            return answer(200, () -> {
                JsonNode json = object(body);
                return benchmarkings.complete(key, version(json),
                        json.hasNonNull("recommendations") ? json.get("recommendations").asText() : null);
            });
        }

        /** {@code {"version": 8, "reason": "..."}} */
        @POST
        @Path("benchmarkings/{key}/reopen")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response reopen(@PathParam("key") String key, String body) {
            return answer(200, () -> {
                JsonNode json = object(body);
                return benchmarkings.reopen(key, version(json), json.path("reason").asText(null));
            });
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
        public Response attachEvidence(@PathParam("key") String key, @PathParam("indicatorId") String indicatorId,
                                       @QueryParam("version") String version, @HeaderParam("X-File-Name") String fileName,
                                       @HeaderParam("Content-Type") String declaredType,
                                       @HeaderParam("Content-Length") String length, InputStream body) {
            Response r = answer(201, () -> {
                long expected = version(version);
                if (declaredType != null && declaredType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                    throw new BenchmarkingException(415, "benchmarking.fileRaw", "Send the file itself as the body "
                            + "(its name in X-File-Name), not a multipart form", List.of(new FieldProblem("file",
                            "benchmarking.fileRaw", "Send the file itself as the body, not a multipart form")), null);
                }
                if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > benchmarkings.maxFileBytes()) {
                    throw Benchmarkings.tooLarge(benchmarkings.maxFileBytes());
                }
                return benchmarkings.attachEvidence(key, expected, indicatorId, decoded(fileName), declaredType, body);
            });
            if (r.getStatus() != 201) {
                return r;
            }
            Benchmarking b = Json.read((String) r.getEntity(), Benchmarking.class);
            List<eu.clus3.benchmarking.assessment.EvidenceFile> files = b.answer(indicatorId).files();
            String fileId = files.get(files.size() - 1).id();
            return Response.fromResponse(r).location(java.net.URI.create(
                    "modules/" + context.moduleId() + "/benchmarkings/" + key + "/indicators/" + indicatorId + "/evidence/" + fileId))
                    .build();
        }

        /** An evidence file, as a download of the type the platform found, for whoever may read the benchmarking. */
        @GET
        @Path("benchmarkings/{key}/indicators/{indicatorId}/evidence/{fileId}")
        @Produces(MediaType.WILDCARD)
        public Response evidence(@PathParam("key") String key, @PathParam("indicatorId") String indicatorId,
                                 @PathParam("fileId") String fileId) {
            try {
                ModuleFiles.FileContent file = benchmarkings.evidence(key, indicatorId, fileId);
                String type = file.file().contentType();
                return Response.ok(file.bytes(), type.startsWith("text/") ? type + ";charset=utf-8" : type)
                        .header("Content-Disposition", attachment(file.file().fileName()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .header("Cache-Control", "private, no-store")
                        .build();
            } catch (BenchmarkingException e) {
                return problem(e.status(), e.code(), e.getMessage(), e.errors(), e.currentVersion());
            }
        }

        /** Removes an evidence file: {@code ?version=} the benchmarking's version, like every change. */
        @DELETE
        @Path("benchmarkings/{key}/indicators/{indicatorId}/evidence/{fileId}")
        public Response removeEvidence(@PathParam("key") String key, @PathParam("indicatorId") String indicatorId,
                                       @PathParam("fileId") String fileId, @QueryParam("version") String version) {
            return answer(200, () -> benchmarkings.removeEvidence(key, version(version), indicatorId, fileId));
        }

        @GET
        @Path("benchmarkings/{key}/report")
        public Response report(@PathParam("key") String key, @QueryParam("lang") String lang,
                               @HeaderParam("Accept-Language") String accept) {
            return answer(200, () -> reports.report(key, locale(lang, accept)));
        }

        /** The report as a page for printing or saving as PDF. */
        @GET
        @Path("benchmarkings/{key}/printable")
        @Produces(MediaType.TEXT_HTML)
        public Response printable(@PathParam("key") String key, @QueryParam("lang") String lang,
                                  @HeaderParam("Accept-Language") String accept) {
            Locale locale = locale(lang, accept);
            Response r = answer(200, () -> new Raw(eu.clus3.benchmarking.report.PrintableReport.html(
                    reports.report(key, locale), locale, (k, args) -> context.message(locale, k, args))));
            return r.getStatus() == 200 ? Response.ok(r.getEntity(), MediaType.TEXT_HTML + ";charset=utf-8").build() : r;
        }

        /**
         * The report as an A4 PDF (charts as vectors, page numbers), made by the platform from the module's XHTML.
         * The same readers as the report: the cluster's members once completed, its managers, the assessors.
         */
        @GET
        @Path("benchmarkings/{key}/report.pdf")
        @Produces("application/pdf")
        public Response pdf(@PathParam("key") String key, @QueryParam("lang") String lang,
                            @HeaderParam("Accept-Language") String accept) {
            Locale locale = locale(lang, accept);
            byte[][] pdf = new byte[1][];
            Report[] report = new Report[1];
            Response r = answer(200, () -> {
                report[0] = reports.report(key, locale);
                try {
                    pdf[0] = context.documents().pdf(ReportPdf.xhtml(report[0], locale, (k, args) -> context.message(locale, k, args)));
                } catch (UnsupportedOperationException e) {
                    throw new BenchmarkingException(501, "benchmarking.noPdf",
                            "This platform makes no PDF documents: use the printable report", null, null);
                }
                return Map.of();
            });
            if (r.getStatus() != 200) {
                return r;
            }
            String file = "benchmarking-" + report[0].clusterSlug().replaceAll("[^A-Za-z0-9-]", "") + "-"
                    + key.replaceAll("[^A-Za-z0-9-]", "") + "-" + locale.getLanguage() + ".pdf";
            return Response.ok(pdf[0], "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                    .header("Cache-Control", "private, no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }

        /** The report's charts as SVG: {@code areas} (radar) or {@code indicators} (bars). */
        @GET
        @Path("benchmarkings/{key}/charts/{chart}.svg")
        @Produces("image/svg+xml")
        public Response chart(@PathParam("key") String key, @PathParam("chart") String chart,
                              @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
            Response r = answer(200, () -> {
                var report = reports.report(key, locale(lang, accept));
                return switch (chart) {
                    case "areas" -> new Raw(Charts.radar(report, locale(lang, accept)));
                    case "indicators" -> new Raw(Charts.bars(report, locale(lang, accept)));
                    default -> throw BenchmarkingException.notFound("Chart '" + chart + "'");
                };
            });
            return r.getStatus() == 200 ? Response.ok(r.getEntity(), "image/svg+xml").build() : r;
        }
    }

    // --- request and answer helpers --------------------------------------------------------------

    /** Text already in JSON (or SVG) form, sent as it is. */
    record Raw(String text) {
    }

    static Response answer(int status, Supplier<Object> work) {
        try {
            Object result = work.get();
            String body = result instanceof Raw raw ? raw.text() : Json.write(result);
            return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON).build();
        } catch (BenchmarkingException e) {
            return problem(e.status(), e.code(), e.getMessage(), e.errors(), e.currentVersion());
        } catch (StaleDocumentException e) {
            return problem(409, "benchmarking.staleVersion", e.getMessage(), List.of(), e.currentVersion());
        } catch (RefusedFileException e) {
            BenchmarkingException refused = Benchmarkings.refused(e);
            return problem(refused.status(), refused.code(), refused.getMessage(), refused.errors(), null);
        } catch (InvalidDocumentException e) {
            return problem(400, "benchmarking.invalid", e.getMessage(), List.of(), null);
        }
    }

    static Response problem(int status, String code, String detail, List<FieldProblem> errors, Long currentVersion) {
        ObjectNode p = Json.MAPPER.createObjectNode();
        p.put("type", "about:blank");
        p.put("title", Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase());
        p.put("status", status);
        p.put("detail", detail);
        p.put("code", code);
        if (!errors.isEmpty()) {
            ArrayNode list = p.putArray("errors");
            errors.forEach(e -> list.addObject().put("field", e.field()).put("code", e.code()).put("message", e.message()));
        }
        if (currentVersion != null) {
            p.put("currentVersion", currentVersion);
        }
        return Response.status(status).entity(Json.write(p)).type(PROBLEM).build();
    }

    static JsonNode object(String body) {
        JsonNode json = Json.tree(body);
        if (json == null || !json.isObject()) {
            throw BenchmarkingException.invalid("body", "benchmarking.malformed", "The body must be a JSON object");
        }
        return json;
    }

    static long version(JsonNode json) {
        JsonNode v = json.get("version");
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw BenchmarkingException.invalid("version", "benchmarking.versionRequired",
                    "Send the version you read (\"version\": n) with every change");
        }
        return v.asLong();
    }

    /** The version sent as a query parameter (for calls whose body is a file, or that have none). */
    static long version(String query) {
        if (query == null || !query.strip().matches("\\d{1,18}")) {
            throw BenchmarkingException.invalid("version", "benchmarking.versionRequired",
                    "Send the version you read (?version=n) with every change");
        }
        return Long.parseLong(query.strip());
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

    static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw BenchmarkingException.invalid(field, "benchmarking.required", field + " is required");
        }
        return v.asText();
    }

    /** {"1.1": {"value": 3, "comment": "...", "evidence": [...], "assessorNote": "..."}, ...} */
    static List<AnswerChange> changes(JsonNode answers) {
        if (answers == null || !answers.isObject()) {
            throw BenchmarkingException.invalid("answers", "benchmarking.answers",
                    "answers must be an object of indicator ids to answers");
        }
        List<AnswerChange> changes = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = answers.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String field = "answers." + f.getKey();
            JsonNode a = f.getValue();
            if (!a.isObject()) {
                problems.add(new FieldProblem(field, "benchmarking.answers", "An answer is an object with a value"));
                continue;
            }
            boolean setsValue = a.has("value");
            Double value = null;
            JsonNode v = a.get("value");
            if (setsValue && !v.isNull()) {
                if (v.isBoolean()) {
                    value = v.asBoolean() ? 1.0 : 0.0;
                } else if (v.isNumber()) {
                    value = v.asDouble();
                } else {
                    problems.add(new FieldProblem(field + ".value", "benchmarking.notANumber", "The value must be a number"));
                    continue;
                }
            }
            List<String> evidence = null;
            if (a.has("evidence")) {
                if (!a.get("evidence").isArray()) {
                    problems.add(new FieldProblem(field + ".evidence", "benchmarking.evidence", "Evidence is a list of texts"));
                    continue;
                }
                evidence = new ArrayList<>();
                for (JsonNode e : a.get("evidence")) {
                    evidence.add(e.asText());
                }
            }
            changes.add(new AnswerChange(f.getKey(), setsValue, value,
                    a.has("comment") ? a.get("comment").asText("") : null, evidence,
                    a.has("assessorNote") ? a.get("assessorNote").asText("") : null));
        }
        if (!problems.isEmpty()) {
            throw BenchmarkingException.invalid(problems.get(0).message(), problems);
        }
        return changes;
    }

    /** The charset a content type names, UTF-8 when it names none or one this JVM does not know. */
    static java.nio.charset.Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    try {
                        return java.nio.charset.Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                }
            }
        }
        return java.nio.charset.StandardCharsets.UTF_8;
    }

    static Locale locale(String lang, String acceptLanguage) {
        String l = lang != null ? lang : acceptLanguage;
        return l != null && l.trim().toLowerCase(Locale.ROOT).startsWith("it") ? Locale.ITALIAN : Locale.ENGLISH;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
