package eu.clus3.benchmarking.assessment;

import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.Editions;
import eu.clus3.benchmarking.edition.Indicator;
import eu.clus3.benchmarking.results.BenchmarkResults;
import eu.clus3.benchmarking.results.ClusterBenchmark;
import eu.clus3.benchmarking.scoring.ClusterResult;
import eu.clus3.benchmarking.scoring.Scores;
import eu.clus3.plugin.api.ClusterFacts;
import eu.clus3.plugin.api.DocumentCollection;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.DocumentRevision;
import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleFiles;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.StaleDocumentException;
import eu.clus3.plugin.api.StoredDocument;
import eu.clus3.plugin.api.StoredFile;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmarking lifecycle: start, fill (save as you go), submit, review, correct, complete, reopen.
 * Every rule is checked here, never only in a view; a refused change throws a {@link ModuleProblem} (the platform
 * answers it over REST and shows it in views) and leaves the stored benchmarking as it was.
 */
public final class Benchmarkings {

    public static final String COLLECTION = "benchmarkings";
    public static final String COMPLETED_TOPIC = "benchmarking.completed";
    static final int MAX_STORIES = 3;
    static final int MAX_TEXT = 4000;
    static final int MAX_LONG_TEXT = 20000;
    static final int MAX_EVIDENCE = 20;
    static final int MAX_FILES_PER_INDICATOR = 10;

    private final ModuleContext context;
    private final Editions editions;
    private final Clock clock;

    public Benchmarkings(ModuleContext context, Editions editions, Clock clock) {
        this.context = context;
        this.editions = editions;
        this.clock = clock;
    }

    public Benchmarkings(ModuleContext context, Editions editions) {
        this(context, editions, Clock.systemUTC());
    }

    private DocumentCollection store() {
        return context.store().collection(COLLECTION);
    }

    public Editions editions() {
        return editions;
    }

    // --- reading ------------------------------------------------------------------------------

    /** The benchmarking, when the current user may read it. */
    public Benchmarking get(String key) {
        Benchmarking b = load(key).orElseThrow(() -> ModuleProblem.notFound("Benchmarking '" + key + "'"));
        ModuleUser user = Access.user(context);
        if (!Access.reads(user, b)) {
            throw ModuleProblem.forbidden("benchmarking.otherCluster", user.belongsTo(b.clusterId())
                    ? "This benchmarking is not completed yet; its report opens when the assessor completes it"
                    : "Benchmarkings are only open to their cluster and the regional staff");
        }
        return b;
    }

    /**
     * The benchmarking if the current user may read it, else empty: for a page that shows a refusal in place of
     * itself (see {@link #refusal(String)} for why).
     */
    public Optional<Benchmarking> readable(String key) {
        ModuleUser user = context.currentUser().orElse(null);
        return load(key).filter(b -> user != null && Access.reads(user, b));
    }

    /** Why the current user may not read the benchmarking: a message key of the module's. */
    public String refusal(String key) {
        ModuleUser user = context.currentUser().orElse(null);
        Optional<Benchmarking> b = load(key);
        if (b.isEmpty()) {
            return "benchmarking.unknown";
        }
        return user != null && user.belongsTo(b.get().clusterId()) ? "benchmarking.notCompleted" : "benchmarking.otherCluster";
    }

    /** The benchmarking, without a permission check (search, panels of the module itself). */
    public Optional<Benchmarking> find(String key) {
        return load(key);
    }

    Optional<Benchmarking> load(String key) {
        return key == null ? Optional.empty() : store().get(key).map(this::read);
    }

    private Benchmarking read(StoredDocument d) {
        return context.json().read(d.json(), Benchmarking.class).withVersion(d.version());
    }

    /** Stores a new benchmarking as it is (the demo data set's completed ones). */
    Benchmarking created(Benchmarking b) {
        return read(store().create(b.key(), b.clusterId(), context.json().write(b)));
    }

    /** A cluster's benchmarkings the current user may read, newest first. */
    public List<Benchmarking> ofCluster(long clusterId) {
        ModuleUser user = Access.user(context);
        if (!Access.seesCluster(user, clusterId)) {
            throw ModuleProblem.forbidden("benchmarking.otherCluster",
                    "Benchmarkings are only open to their cluster and the regional staff");
        }
        return allOfCluster(clusterId).stream().filter(b -> Access.reads(user, b)).toList();
    }

    List<Benchmarking> allOfCluster(long clusterId) {
        List<Benchmarking> all = new ArrayList<>(store().find(DocumentQuery.all().ofCluster(clusterId)
                .limit(DocumentQuery.MAX_LIMIT)).stream().map(this::read).toList());
        all.sort(Comparator.comparing(Benchmarking::startedAt).reversed());
        return all;
    }

    /** Every benchmarking, whoever asks (for the module's own aggregates, search and exported API). */
    public List<Benchmarking> everything() {
        List<Benchmarking> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<StoredDocument> page = store().find(DocumentQuery.all().offset(offset).limit(DocumentQuery.MAX_LIMIT));
            page.forEach(d -> all.add(read(d)));
            if (page.size() < DocumentQuery.MAX_LIMIT) {
                return all;
            }
            offset += page.size();
        }
    }

    /** The cluster's latest completed results per indicator, for its people and the regional staff. */
    public ClusterBenchmark latestResults(long clusterId) {
        ModuleUser user = Access.user(context);
        if (!Access.seesCluster(user, clusterId)) {
            throw ModuleProblem.forbidden("benchmarking.otherCluster",
                    "Benchmarkings are only open to their cluster and the regional staff");
        }
        return latestCompleted(clusterId).map(b -> BenchmarkResults.of(editions.get(b.editionId()), b))
                .orElseThrow(() -> ModuleProblem.notFound("A completed benchmarking of cluster " + clusterId));
    }

    /** The latest completed benchmarking of a cluster, without a permission check (exported API, panels). */
    public Optional<Benchmarking> latestCompleted(long clusterId) {
        return allOfCluster(clusterId).stream().filter(b -> b.state() == BenchmarkingState.COMPLETED)
                .max(Comparator.comparing(Benchmarking::completedAt));
    }

    /** The latest completed result of every cluster benchmarked with the edition: the peer population. */
    public List<ClusterResult> population(Edition edition) {
        Map<Long, Benchmarking> latest = new HashMap<>();
        for (Benchmarking b : everything()) {
            if (b.state() == BenchmarkingState.COMPLETED && b.editionId().equals(edition.id())) {
                latest.merge(b.clusterId(), b, (x, y) -> x.completedAt().compareTo(y.completedAt()) >= 0 ? x : y);
            }
        }
        return latest.values().stream().map(b -> result(edition, b)).toList();
    }

    public static ClusterResult result(Edition edition, Benchmarking b) {
        return new ClusterResult(b.clusterId(), b.portfolio(), b.country(), b.values(), Scores.of(edition, b.values()));
    }

    /** Every saved state of the benchmarking, oldest first (for the people who may read it while it runs). */
    public List<DocumentRevision> revisions(String key) {
        Benchmarking b = get(key);
        if (!Access.runs(Access.user(context), b.clusterId())) {
            throw ModuleProblem.forbidden("benchmarking.managersOnly", "Only the cluster's managers and assessors see the revisions");
        }
        return store().history(key);
    }

    // --- the lifecycle ----------------------------------------------------------------------

    /** Starts a benchmarking of the cluster with the current edition (its manager or an assessor). */
    public Benchmarking start(long clusterId) {
        ModuleUser user = Access.user(context);
        if (!Access.runs(user, clusterId)) {
            throw ModuleProblem.forbidden("benchmarking.managersOnly",
                    "Only the cluster's managers and assessors start a benchmarking");
        }
        ClusterFacts facts = context.clusterFacts(clusterId)
                .orElseThrow(() -> ModuleProblem.notFound("Cluster " + clusterId));
        List<Benchmarking> existing = allOfCluster(clusterId);
        Optional<Benchmarking> open = existing.stream().filter(b -> b.state() != BenchmarkingState.COMPLETED).findFirst();
        if (open.isPresent()) {
            throw conflict("benchmarking.alreadyOpen", "The cluster already has a benchmarking in progress ("
                    + open.get().key() + "); finish it first", open.get().version());
        }
        Edition edition = editions.current();
        String key = "c" + clusterId + "-" + (existing.size() + 1);
        String now = now();
        Benchmarking b = new Benchmarking(key, clusterId, facts.cluster().slug(), facts.cluster().name(),
                facts.portfolio(), facts.country(), edition.id(), BenchmarkingState.DRAFT, Map.of(), List.of(), null,
                null, user.user().username(), now, null, null,
                List.of(new StateChange(null, BenchmarkingState.DRAFT, user.user().username(), now, null)), 0);
        try {
            return read(store().create(key, clusterId, context.json().write(b)));
        } catch (StaleDocumentException e) {
            throw ModuleProblem.conflict("benchmarking.alreadyOpen", "Someone else just started a benchmarking of this cluster");
        }
    }

    /** Saves answers: the manager while it is a draft, the assessor (corrections and notes) while under review. */
    public Benchmarking saveAnswers(String key, long version, List<AnswerChange> changes) {
        ModuleUser user = Access.user(context);
        Benchmarking b = editable(key, version, user);
        boolean assessing = b.state() == BenchmarkingState.UNDER_REVIEW;
        Edition edition = editions.get(b.editionId());
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>(b.answers());
        for (AnswerChange c : changes) {
            String field = "answers." + c.indicatorId();
            Optional<Indicator> indicator = edition.indicator(c.indicatorId());
            if (indicator.isEmpty()) {
                problems.add(new FieldProblem(field, "benchmarking.unknownIndicator",
                        "Edition " + edition.id() + " has no indicator '" + c.indicatorId() + "'"));
                continue;
            }
            if (c.setsValue() && c.value() != null) {
                Scores.problemWith(indicator.get(), c.value()).ifPresent(p -> problems.add(new FieldProblem(
                        field + ".value", "benchmarking.outOfRange", "Indicator " + c.indicatorId() + ": " + p)));
            }
            if (c.comment() != null && c.comment().length() > MAX_TEXT) {
                problems.add(new FieldProblem(field + ".comment", "benchmarking.tooLong",
                        "A comment has at most " + MAX_TEXT + " characters"));
            }
            if (c.evidence() != null && (c.evidence().size() > MAX_EVIDENCE
                    || c.evidence().stream().anyMatch(e -> e == null || e.isBlank() || e.length() > 500))) {
                problems.add(new FieldProblem(field + ".evidence", "benchmarking.evidence",
                        "Evidence is a list of at most " + MAX_EVIDENCE + " document names or addresses of up to 500 characters"));
            }
            if (c.assessorNote() != null && !assessing) {
                problems.add(new FieldProblem(field + ".assessorNote", "benchmarking.assessorOnly",
                        "Assessor notes are written during the review"));
            } else if (c.assessorNote() != null && c.assessorNote().length() > MAX_TEXT) {
                problems.add(new FieldProblem(field + ".assessorNote", "benchmarking.tooLong",
                        "A note has at most " + MAX_TEXT + " characters"));
            }
            Answer old = b.answer(c.indicatorId());
            Double value = c.setsValue() ? c.value() : old.value();
            Double managerValue = old.managerValue();
            if (assessing && c.setsValue() && managerValue == null && !java.util.Objects.equals(old.value(), value)) {
                // keep what the manager said: the report shows corrections
                managerValue = old.value();
            }
            answers.put(c.indicatorId(), new Answer(value,
                    c.comment() != null ? blankToNull(c.comment()) : old.comment(),
                    c.evidence() != null ? c.evidence() : old.evidence(),
                    c.assessorNote() != null ? blankToNull(c.assessorNote()) : old.assessorNote(),
                    managerValue, old.files()));
        }
        if (!problems.isEmpty()) {
            throw refusedFields(problems);
        }
        return save(b.with(b.state(), answers, b.stories(), b.recommendations(), b.assessor(), b.submittedAt(),
                b.completedAt(), b.changes()));
    }

    /** Replaces the success stories (at most three). */
    public Benchmarking saveStories(String key, long version, List<SuccessStory> stories) {
        ModuleUser user = Access.user(context);
        Benchmarking b = editable(key, version, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (stories.size() > MAX_STORIES) {
            problems.add(new FieldProblem("stories", "benchmarking.tooManyStories", "At most three success stories"));
        }
        List<SuccessStory> kept = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            SuccessStory s = stories.get(i);
            String title = s.title() == null ? "" : s.title().strip();
            String text = s.text() == null ? "" : s.text().strip();
            if (title.isEmpty() && text.isEmpty()) {
                continue;
            }
            if (title.isEmpty() || title.length() > 200) {
                problems.add(new FieldProblem("stories[" + i + "].title", "benchmarking.storyTitle",
                        "A success story needs a title of up to 200 characters"));
            }
            if (text.length() > MAX_LONG_TEXT) {
                problems.add(new FieldProblem("stories[" + i + "].text", "benchmarking.tooLong",
                        "A success story has at most " + MAX_LONG_TEXT + " characters"));
            }
            kept.add(new SuccessStory(title, text));
        }
        if (!problems.isEmpty()) {
            throw refusedFields(problems);
        }
        return save(b.with(b.state(), b.answers(), kept, b.recommendations(), b.assessor(), b.submittedAt(),
                b.completedAt(), b.changes()));
    }

    /** The manager hands the questionnaire to the assessors; every mandatory indicator must be answered. */
    public Benchmarking submit(String key, long version) {
        ModuleUser user = Access.user(context);
        Benchmarking b = current(key, version, user);
        if (!Access.runs(user, b.clusterId())) {
            throw ModuleProblem.forbidden("benchmarking.managersOnly", "Only the cluster's managers submit its benchmarking");
        }
        requireState(b, EnumSet.of(BenchmarkingState.DRAFT), "submitted");
        requireMandatoryAnswers(b);
        String now = now();
        return save(b.with(BenchmarkingState.SUBMITTED, b.answers(), b.stories(), b.recommendations(), b.assessor(),
                now, null, append(b, BenchmarkingState.SUBMITTED, user, now, null)));
    }

    /** An assessor takes a submitted benchmarking into review (the interview). */
    public Benchmarking startReview(String key, long version) {
        ModuleUser user = Access.user(context);
        Access.requireAssessor(user);
        Benchmarking b = current(key, version, user);
        requireState(b, EnumSet.of(BenchmarkingState.SUBMITTED), "taken into review");
        String now = now();
        return save(b.with(BenchmarkingState.UNDER_REVIEW, b.answers(), b.stories(), b.recommendations(),
                user.user().username(), b.submittedAt(), null, append(b, BenchmarkingState.UNDER_REVIEW, user, now, null)));
    }

    /** The assessor completes the review with recommendations; the report opens to the cluster. */
    public Benchmarking complete(String key, long version, String recommendations) {
        ModuleUser user = Access.user(context);
        Access.requireAssessor(user);
        Benchmarking b = current(key, version, user);
        requireState(b, EnumSet.of(BenchmarkingState.UNDER_REVIEW), "completed");
        if (recommendations != null && recommendations.length() > MAX_LONG_TEXT) {
            throw ModuleProblem.invalid("recommendations", "benchmarking.tooLong",
                    "Recommendations have at most " + MAX_LONG_TEXT + " characters");
        }
        requireMandatoryAnswers(b);
        String now = now();
        Benchmarking done = save(b.with(BenchmarkingState.COMPLETED, b.answers(), b.stories(),
                recommendations == null ? b.recommendations() : blankToNull(recommendations), user.user().username(),
                b.submittedAt(), now, append(b, BenchmarkingState.COMPLETED, user, now, null)));
        context.search().changed(done.key());
        context.events().publish(COMPLETED_TOPIC, Map.of("key", done.key(), "clusterId", Long.toString(done.clusterId()),
                "clusterSlug", done.clusterSlug(), "edition", done.editionId(), "completedAt", done.completedAt()));
        return done;
    }

    /**
     * An assessor reopens with a reason: a completed benchmarking goes back under review; a submitted or
     * reviewed one goes back to the manager as a draft.
     */
    public Benchmarking reopen(String key, long version, String reason) {
        ModuleUser user = Access.user(context);
        Access.requireAssessor(user);
        Benchmarking b = current(key, version, user);
        if (reason == null || reason.isBlank() || reason.length() > MAX_TEXT) {
            throw ModuleProblem.invalid("reason", "benchmarking.reasonRequired",
                    "Reopening needs a reason (up to " + MAX_TEXT + " characters)");
        }
        requireState(b, EnumSet.of(BenchmarkingState.SUBMITTED, BenchmarkingState.UNDER_REVIEW, BenchmarkingState.COMPLETED),
                "reopened");
        BenchmarkingState to = b.state() == BenchmarkingState.COMPLETED ? BenchmarkingState.UNDER_REVIEW : BenchmarkingState.DRAFT;
        String now = now();
        Benchmarking reopened = save(b.with(to, b.answers(), b.stories(), b.recommendations(), b.assessor(),
                to == BenchmarkingState.DRAFT ? null : b.submittedAt(), null, append(b, to, user, now, reason.strip())));
        if (b.state() == BenchmarkingState.COMPLETED) {
            context.search().changed(reopened.key());
        }
        return reopened;
    }

    // --- evidence files ---------------------------------------------------------------------

    /** A file attached as evidence, and the benchmarking saved with it. */
    public record Attachment(Benchmarking benchmarking, EvidenceFile file) {
    }

    /**
     * Attaches a file to an indicator's answer, under the same rules as changing the answer (the manager while it
     * is a draft, the assessor while under review). The platform checks the file (type by content, size, the
     * benchmarking's quota); the file is stored only if the benchmarking is saved with it, so a refusal or a
     * conflict leaves nothing behind.
     *
     * @param declaredType the type the sender gave (recorded, not trusted; a multipart form is refused: send the file)
     * @param declaredSize the size the sender announced, or -1: a file announced too large is refused unread
     */
    public Attachment attachEvidence(String key, long version, String indicatorId, String fileName, String declaredType,
                                     long declaredSize, InputStream content) {
        if (declaredType != null && declaredType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            String message = "Send the file itself as the body (its name in X-File-Name), not a multipart form";
            throw new ModuleProblem(415, "benchmarking.fileRaw", message,
                    List.of(new FieldProblem("file", "benchmarking.fileRaw", message)), null);
        }
        if (declaredSize > maxFileBytes()) {
            throw tooLarge(maxFileBytes());
        }
        ModuleUser user = Access.user(context);
        Benchmarking b = editable(key, version, user);
        String field = "answers." + indicatorId + ".files";
        if (editions.get(b.editionId()).indicator(indicatorId).isEmpty()) {
            throw ModuleProblem.invalid("answers." + indicatorId, "benchmarking.unknownIndicator",
                    "Edition " + b.editionId() + " has no indicator '" + indicatorId + "'");
        }
        Answer old = b.answer(indicatorId);
        if (old.files().size() >= MAX_FILES_PER_INDICATOR) {
            throw ModuleProblem.invalid(field, "benchmarking.tooManyFiles",
                    "An indicator has at most " + MAX_FILES_PER_INDICATOR + " evidence files: remove one first");
        }
        StoredFile stored;
        try {
            stored = files().put(key, fileName, declaredType, content);
        } catch (RefusedFileException e) {
            throw refused(e);
        }
        EvidenceFile file = new EvidenceFile(stored.id(), stored.fileName(), stored.size(), stored.contentType(),
                user.user().username(), now());
        Map<String, Answer> answers = new LinkedHashMap<>(b.answers());
        answers.put(indicatorId, old.withFile(file));
        try {
            return new Attachment(save(b.with(b.state(), answers, b.stories(), b.recommendations(), b.assessor(),
                    b.submittedAt(), b.completedAt(), b.changes())), file);
        } catch (RuntimeException e) {
            files().delete(stored.id());
            throw e;
        }
    }

    /** Removes an evidence file from an indicator's answer (same rules as attaching), then the file itself. */
    public Benchmarking removeEvidence(String key, long version, String indicatorId, String fileId) {
        ModuleUser user = Access.user(context);
        Benchmarking b = editable(key, version, user);
        Answer old = b.answer(indicatorId);
        if (old.files().stream().noneMatch(f -> f.id().equals(fileId))) {
            throw ModuleProblem.notFound("Evidence file '" + fileId + "' of indicator " + indicatorId);
        }
        Map<String, Answer> answers = new LinkedHashMap<>(b.answers());
        answers.put(indicatorId, old.withoutFile(fileId));
        Benchmarking saved = save(b.with(b.state(), answers, b.stories(), b.recommendations(), b.assessor(),
                b.submittedAt(), b.completedAt(), b.changes()));
        files().delete(fileId);
        return saved;
    }

    /** An evidence file with its bytes, for whoever may read the benchmarking; only files the indicator lists. */
    public ModuleFiles.FileContent evidence(String key, String indicatorId, String fileId) {
        Benchmarking b = get(key);
        EvidenceFile listed = b.answer(indicatorId).files().stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(() -> ModuleProblem.notFound("Evidence file '" + fileId + "' of indicator " + indicatorId));
        return files().read(listed.id())
                .orElseThrow(() -> ModuleProblem.notFound("Evidence file '" + fileId + "'"));
    }

    /** The largest evidence file the platform accepts, in bytes. */
    public long maxFileBytes() {
        return files().maxBytes();
    }

    private ModuleFiles files() {
        return context.store().files();
    }

    /** A file announced larger than the platform accepts, refused before it is read. */
    static ModuleProblem tooLarge(long maxBytes) {
        return refused(new RefusedFileException(RefusedFileException.Reason.TOO_LARGE, "A file may have at most "
                + (maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MiB" : maxBytes / 1024 + " KiB")));
    }

    /** The platform's refusal of a file, as this module's error on the field {@code file} (413, 415 or 400). */
    static ModuleProblem refused(RefusedFileException e) {
        String code = switch (e.reason()) {
            case TOO_LARGE -> "benchmarking.fileTooLarge";
            case QUOTA_EXCEEDED -> "benchmarking.fileQuota";
            case TYPE_NOT_ACCEPTED -> "benchmarking.fileType";
            case EMPTY -> "benchmarking.fileEmpty";
            case INVALID_NAME -> "benchmarking.fileName";
        };
        return new ModuleProblem(e.status(), code, e.getMessage(), List.of(new FieldProblem("file", code, e.getMessage())), null);
    }

    // --- helpers ---------------------------------------------------------------------------

    /** The benchmarking at the version the caller read, or a conflict naming the current version. */
    private Benchmarking current(String key, long version, ModuleUser user) {
        Benchmarking b = load(key).orElseThrow(() -> ModuleProblem.notFound("Benchmarking '" + key + "'"));
        if (!Access.reads(user, b)) {
            throw ModuleProblem.forbidden("benchmarking.otherCluster",
                    "Benchmarkings are only open to their cluster and the regional staff");
        }
        if (b.version() != version) {
            throw ModuleProblem.staleVersion("Benchmarking " + key, b.version());
        }
        return b;
    }

    /** Who may edit in which state: the manager a draft, the assessor one under review; nobody a submitted or completed one. */
    private Benchmarking editable(String key, long version, ModuleUser user) {
        Benchmarking b = current(key, version, user);
        switch (b.state()) {
            case DRAFT -> {
                if (!Access.runs(user, b.clusterId())) {
                    throw ModuleProblem.forbidden("benchmarking.managersOnly", "Only the cluster's managers fill its questionnaire");
                }
            }
            case UNDER_REVIEW -> Access.requireAssessor(user);
            case SUBMITTED -> throw conflict("benchmarking.notEditable",
                    "This benchmarking is submitted: an assessor takes it into review (or reopens it) before it changes", b.version());
            case COMPLETED -> throw conflict("benchmarking.notEditable",
                    "This benchmarking is completed and cannot change; an assessor may reopen it with a reason", b.version());
        }
        return b;
    }

    private static void requireState(Benchmarking b, EnumSet<BenchmarkingState> allowed, String what) {
        if (!allowed.contains(b.state())) {
            throw conflict("benchmarking.wrongState", "A benchmarking that is "
                    + b.state().name().toLowerCase().replace('_', ' ') + " cannot be " + what, b.version());
        }
    }

    private void requireMandatoryAnswers(Benchmarking b) {
        Edition edition = editions.get(b.editionId());
        List<FieldProblem> missing = edition.indicators().stream()
                .filter(i -> i.mandatory() && b.answer(i.id()).value() == null)
                .map(i -> new FieldProblem("answers." + i.id(), "benchmarking.missing",
                        "Indicator " + i.id() + " (" + i.name().en() + ") needs an answer"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ModuleProblem(400, "benchmarking.missing", missing.size() + " mandatory indicator"
                    + (missing.size() == 1 ? "" : "s") + " still need an answer", missing, null);
        }
    }

    private Benchmarking save(Benchmarking b) {
        try {
            return read(store().update(b.key(), b.version(), context.json().write(b)));
        } catch (StaleDocumentException e) {
            throw ModuleProblem.staleVersion("Benchmarking " + b.key(), e.currentVersion());
        } catch (InvalidDocumentException e) {
            // Every text keeps its own limit, but all of them together can exceed what the store keeps in one
            // document (256 KiB): the questionnaire shows this like any other refused answer.
            throw ModuleProblem.invalid("answers", "benchmarking.tooLarge",
                    "This benchmarking would be too large to save (" + e.getMessage()
                            + "); shorten some comments, evidence lists or stories");
        }
    }

    /** 400 naming every refused field, under the field's own code when there is one, else the platform's. */
    static ModuleProblem refusedFields(List<FieldProblem> problems) {
        if (problems.size() == 1) {
            FieldProblem p = problems.get(0);
            return new ModuleProblem(400, p.code(), p.message(), problems, null);
        }
        return ModuleProblem.invalid(problems);
    }

    /** 409 for a benchmarking that cannot change now, with the version it has (the client reloads that one). */
    private static ModuleProblem conflict(String code, String message, long currentVersion) {
        return new ModuleProblem(409, code, message, null, currentVersion);
    }

    private static List<StateChange> append(Benchmarking b, BenchmarkingState to, ModuleUser user, String at, String reason) {
        List<StateChange> changes = new ArrayList<>(b.changes());
        changes.add(new StateChange(b.state(), to, user.user().username(), at, reason));
        return changes;
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
