package eu.clus3.benchmarking.assessment;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.Editions;
import eu.clus3.benchmarking.edition.Indicator;
import eu.clus3.benchmarking.edition.ScaleKind;
import eu.clus3.benchmarking.report.History;
import eu.clus3.benchmarking.report.Report;
import eu.clus3.benchmarking.report.RegionOverview;
import eu.clus3.benchmarking.report.Reports;
import eu.clus3.benchmarking.results.BenchmarkResults;
import eu.clus3.benchmarking.results.ClusterBenchmark;
import eu.clus3.benchmarking.scoring.PeerGroup;
import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.testkit.ModuleDatabase;
import eu.clus3.plugin.testkit.OnEveryDatabase;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static eu.clus3.plugin.testkit.TestModuleContext.assessor;
import static eu.clus3.plugin.testkit.TestModuleContext.administrator;
import static eu.clus3.plugin.testkit.TestModuleContext.manager;
import static eu.clus3.plugin.testkit.TestModuleContext.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The lifecycle, permissions, reports and editions on the platform's own store, on H2 and on PostgreSQL. */
@OnEveryDatabase
class BenchmarkingsTest {

    private static final long CLUSTER = 7;
    private final TestModuleContext context;
    private final Editions editions;
    private final Benchmarkings benchmarkings;
    private final Reports reports;
    private final Edition edition;
    private final ModuleUser manager = manager(1, CLUSTER);
    private final ModuleUser staff = assessor(2);

    BenchmarkingsTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "benchmarking", BenchmarkingPlugin.class)
                .cluster(CLUSTER, "MARITIME_TECHNOLOGIES", "IT");
        BenchmarkingPlugin module = new BenchmarkingPlugin(context);
        editions = module.editions();
        benchmarkings = module.benchmarkings();
        reports = module.reports();
        edition = editions.shipped();
    }

    private static ModuleProblem refused(Runnable work) {
        return catchThrowableOfType(ModuleProblem.class, work::run);
    }

    private Benchmarking completed(long cluster, ModuleUser clusterManager, int level) {
        context.actAs(clusterManager);
        Benchmarking b = benchmarkings.start(cluster);
        b = benchmarkings.saveAnswers(b.key(), b.version(), TestAnswers.atLevel(edition, level, false));
        b = benchmarkings.submit(b.key(), b.version());
        context.actAs(staff);
        b = benchmarkings.startReview(b.key(), b.version());
        return benchmarkings.complete(b.key(), b.version(), "Keep going");
    }

    @Test
    void aManagerFillsAndSubmitsAndAnAssessorCorrectsAndCompletes() {
        context.actAs(manager);
        Benchmarking b = benchmarkings.start(CLUSTER);
        assertThat(b.state()).isEqualTo(BenchmarkingState.DRAFT);
        assertThat(b.editionId()).isEqualTo("clus3-2026");
        assertThat(b.portfolio()).isEqualTo("MARITIME_TECHNOLOGIES");

        b = benchmarkings.saveAnswers(b.key(), b.version(), List.of(new AnswerChange("1.1", true, 42.0,
                "members with a signed agreement", List.of("register-2026.pdf"), null)));
        Benchmarking started = b;
        Benchmarking b2 = benchmarkings.saveStories(started.key(), started.version(), List.of(new SuccessStory("Joint hull project", "Three members..."),
                new SuccessStory("", "")));
        assertThat(b2.stories()).containsExactly(new SuccessStory("Joint hull project", "Three members..."));

        ModuleProblem missing = refused(() -> benchmarkings.submit(b2.key(), b2.version()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errors()).extracting(FieldProblem::field).contains("answers.1.2", "answers.6.5")
                .doesNotContain("answers.1.1", "answers.1.6");
        assertThat(benchmarkings.get(b2.key()).state()).as("nothing changed").isEqualTo(BenchmarkingState.DRAFT);

        Benchmarking filled = benchmarkings.saveAnswers(b2.key(), b2.version(), TestAnswers.atLevel(edition, 2, true).stream()
                .filter(c -> !c.indicatorId().equals("1.1")).toList());
        Benchmarking submitted = benchmarkings.submit(filled.key(), filled.version());
        assertThat(submitted.state()).isEqualTo(BenchmarkingState.SUBMITTED);
        assertThat(refused(() -> benchmarkings.saveAnswers(submitted.key(), submitted.version(),
                List.of(AnswerChange.value("1.1", 50)))).code()).isEqualTo("benchmarking.notEditable");
        assertThat(refused(() -> benchmarkings.startReview(submitted.key(), submitted.version())).status())
                .as("managers do not review").isEqualTo(403);

        context.actAs(staff);
        Benchmarking review = benchmarkings.startReview(submitted.key(), submitted.version());
        review = benchmarkings.saveAnswers(review.key(), review.version(), List.of(
                new AnswerChange("1.1", true, 35.0, null, null, "Seven members have not signed yet")));
        assertThat(review.answer("1.1").managerValue()).isEqualTo(42.0);
        assertThat(review.answer("1.1").value()).isEqualTo(35.0);
        assertThat(review.answer("1.1").comment()).isEqualTo("members with a signed agreement");
        Benchmarking done = benchmarkings.complete(review.key(), review.version(), "Write down the strategy process.");

        assertThat(done.state()).isEqualTo(BenchmarkingState.COMPLETED);
        assertThat(done.assessor()).isEqualTo("staff2");
        assertThat(done.changes()).extracting(StateChange::to).containsExactly(BenchmarkingState.DRAFT,
                BenchmarkingState.SUBMITTED, BenchmarkingState.UNDER_REVIEW, BenchmarkingState.COMPLETED);
        assertThat(context.events).singleElement().satisfies(e -> {
            assertThat(e.topic()).isEqualTo("benchmarking.completed");
            assertThat(e.data()).containsEntry("clusterId", "7").containsEntry("edition", "clus3-2026")
                    .containsEntry("key", done.key());
        });
        assertThat(context.searchChanges).containsExactly(done.key());
        assertThat(benchmarkings.revisions(done.key())).hasSize((int) done.version());

        context.actAs(manager);
        ModuleProblem locked = refused(() -> benchmarkings.saveAnswers(done.key(), done.version(),
                List.of(AnswerChange.value("1.1", 50))));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.getMessage()).contains("completed");
    }

    @Test
    void valuesOutOfRangeAreAllNamedAndNothingIsSaved() {
        context.actAs(manager);
        Benchmarking b = benchmarkings.start(CLUSTER);

        ModuleProblem e = refused(() -> benchmarkings.saveAnswers(b.key(), b.version(), List.of(
                AnswerChange.value("1.3", 140), AnswerChange.value("2.3", 7), AnswerChange.value("1.1", 20),
                AnswerChange.value("9.9", 1), new AnswerChange("1.2", false, null, null, null, "not mine"))));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("answers.1.3.value", "benchmarking.outOfRange"),
                org.assertj.core.groups.Tuple.tuple("answers.2.3.value", "benchmarking.outOfRange"),
                org.assertj.core.groups.Tuple.tuple("answers.9.9", "benchmarking.unknownIndicator"),
                org.assertj.core.groups.Tuple.tuple("answers.1.2.assessorNote", "benchmarking.assessorOnly"));
        assertThat(e.errors()).extracting(FieldProblem::message).contains("Indicator 1.3: must lie between 0 and 100");
        Benchmarking unchanged = benchmarkings.get(b.key());
        assertThat(unchanged.version()).isEqualTo(b.version());
        assertThat(unchanged.answers()).isEmpty();
    }

    @Test
    void answersWithinEveryLimitButTooLargeTogetherForTheStoreAreRefusedAndNothingIsSaved() {
        context.actAs(manager);
        Benchmarking b = benchmarkings.start(CLUSTER);
        // each comment and each evidence list within its own limit; 36 of them exceed the store's 256 KiB
        List<String> evidence = java.util.stream.IntStream.range(0, 20).mapToObj(n -> n + "-" + "e".repeat(400)).toList();
        List<AnswerChange> full = edition.indicators().stream()
                .map(i -> new AnswerChange(i.id(), false, null, "c".repeat(4000), evidence, null)).toList();

        ModuleProblem e = refused(() -> benchmarkings.saveAnswers(b.key(), b.version(), full));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("benchmarking.tooLarge");
        assertThat(e.errors()).extracting(FieldProblem::field).containsExactly("answers");
        assertThat(context.message(Locale.ITALIAN, e.code())).as("the platform shows it translated")
                .startsWith("Questo benchmarking sarebbe troppo grande");
        assertThat(benchmarkings.get(b.key()).version()).as("nothing saved").isEqualTo(b.version());
        assertThat(benchmarkings.saveAnswers(b.key(), b.version(), full.subList(0, 10)).answers()).hasSize(10);
    }

    @Test
    void aStaleVersionIsAConflictNamingTheCurrentOne() {
        context.actAs(manager);
        Benchmarking b = benchmarkings.start(CLUSTER);
        benchmarkings.saveAnswers(b.key(), b.version(), List.of(AnswerChange.value("1.1", 20)));

        ModuleProblem e = refused(() -> benchmarkings.saveAnswers(b.key(), b.version(),
                List.of(AnswerChange.value("1.1", 30))));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).as("the platform's code").isEqualTo("error.staleVersion");
        assertThat(e.currentVersion()).isEqualTo(b.version() + 1);
        assertThat(benchmarkings.get(b.key()).answer("1.1").value()).isEqualTo(20.0);
    }

    @Test
    void onlyOneBenchmarkingOfAClusterRunsAtATime() {
        context.actAs(manager);
        benchmarkings.start(CLUSTER);

        assertThat(refused(() -> benchmarkings.start(CLUSTER)).code()).isEqualTo("benchmarking.alreadyOpen");
    }

    @Test
    void otherClustersNeverReadAReportAndMembersOnlyOnceCompleted() {
        context.cluster(8, "ICT", "IT");
        Benchmarking done = completed(CLUSTER, manager, 2);
        context.actAs(manager);
        Benchmarking draft = benchmarkings.start(CLUSTER);

        context.actAs(manager(3, 8));
        ModuleProblem other = refused(() -> benchmarkings.get(done.key()));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("benchmarking.otherCluster");
        assertThat(refused(() -> reports.report(done.key(), Locale.ENGLISH)).status()).isEqualTo(403);
        assertThat(refused(() -> benchmarkings.ofCluster(CLUSTER)).status()).isEqualTo(403);
        assertThat(refused(() -> benchmarkings.start(CLUSTER)).status()).isEqualTo(403);

        context.actAs(member(4, CLUSTER));
        assertThat(reports.report(done.key(), Locale.ENGLISH).state()).isEqualTo(BenchmarkingState.COMPLETED);
        assertThat(refused(() -> benchmarkings.get(draft.key())).status()).isEqualTo(403);
        assertThat(benchmarkings.ofCluster(CLUSTER)).extracting(Benchmarking::key).containsExactly(done.key());

        context.actAs(null);
        assertThat(refused(() -> benchmarkings.get(done.key())).status()).isEqualTo(401);
    }

    @Test
    void reopeningNeedsAReasonAndAnAssessor() {
        Benchmarking done = completed(CLUSTER, manager, 3);

        context.actAs(manager);
        assertThat(refused(() -> benchmarkings.reopen(done.key(), done.version(), "typo")).status()).isEqualTo(403);
        context.actAs(staff);
        assertThat(refused(() -> benchmarkings.reopen(done.key(), done.version(), " ")).code())
                .isEqualTo("benchmarking.reasonRequired");

        Benchmarking reopened = benchmarkings.reopen(done.key(), done.version(), "The member count was from 2024");

        assertThat(reopened.state()).isEqualTo(BenchmarkingState.UNDER_REVIEW);
        assertThat(reopened.changes().get(reopened.changes().size() - 1).reason()).isEqualTo("The member count was from 2024");
        assertThat(benchmarkings.latestCompleted(CLUSTER)).isEmpty();
        Benchmarking back = benchmarkings.reopen(reopened.key(), reopened.version(), "Needs the manager's figures");
        assertThat(back.state()).isEqualTo(BenchmarkingState.DRAFT);
    }

    @Test
    void theReportSaysNotEnoughPeersUntilFiveOtherClustersAreBenchmarked() {
        Benchmarking own = completed(CLUSTER, manager, 2);
        for (long c = 20; c < 24; c++) {
            context.cluster(c, "MARITIME_TECHNOLOGIES", c % 2 == 0 ? "IT" : "HR");
            completed(c, manager(100 + c, c), 3);
        }
        context.actAs(manager);

        Report fourPeers = reports.report(own.key(), Locale.ENGLISH);
        assertThat(fourPeers.groups()).allSatisfy(g -> assertThat(g.enoughPeers()).isFalse());
        assertThat(fourPeers.areas()).allSatisfy(a -> assertThat(a.peers()).isEmpty());

        context.cluster(24, "MARITIME_TECHNOLOGIES", "IT");
        completed(24, manager(124, 24), 4);
        context.actAs(manager);
        Report fivePeers = reports.report(own.key(), Locale.ITALIAN);

        assertThat(fivePeers.groups()).filteredOn(Report.Group::enoughPeers).extracting(Report.Group::group)
                .containsExactlyInAnyOrder(PeerGroup.PORTFOLIO, PeerGroup.ALL);
        Report.AreaLine structure = fivePeers.areas().get(0);
        assertThat(structure.name()).isEqualTo("Struttura del cluster");
        assertThat(structure.peers()).containsOnlyKeys(PeerGroup.PORTFOLIO, PeerGroup.ALL);
        assertThat(structure.peers().get(PeerGroup.ALL)).isGreaterThan(structure.score());
        assertThat(structure.indicators().get(0).shownValue()).isEqualTo("30 membri");
    }

    @Test
    void historyShowsTheChangePerIndicatorSinceThePreviousBenchmarking() {
        Benchmarking first = completed(CLUSTER, manager, 1);
        Benchmarking second = completed(CLUSTER, manager, 3);
        context.actAs(manager);

        History history = reports.history(CLUSTER, Locale.ENGLISH);

        assertThat(history.benchmarkings()).extracting(History.Entry::key).containsExactly(second.key(), first.key());
        History.Change members = history.benchmarkings().get(0).changes().get("1.1");
        assertThat(members.previousValue()).isEqualTo(15.0);
        assertThat(members.value()).isEqualTo(60.0);
        assertThat(members.scoreChange()).isEqualTo(50.0);
        assertThat(history.benchmarkings().get(1).changes()).isEmpty();
    }

    @Test
    void theExportedApiGivesTheLatestCompletedResultsPerIndicator() {
        completed(CLUSTER, manager, 1);
        Benchmarking latest = completed(CLUSTER, manager, 4);
        BenchmarkResults.serve(benchmarkings);
        try {
            ClusterBenchmark results = BenchmarkResults.latestCompleted(CLUSTER).orElseThrow();

            assertThat(results.key()).isEqualTo(latest.key());
            assertThat(results.indicators()).hasSize(36);
            assertThat(results.indicators().get("2.3").score()).isEqualTo(100.0);
            assertThat(results.indicators().get("2.3").areaId()).isEqualTo("2");
            assertThat(BenchmarkResults.latestCompleted(99)).isEmpty();
        } finally {
            BenchmarkResults.serve(null);
        }
        assertThat(BenchmarkResults.latestCompleted(CLUSTER)).isEmpty();
    }

    @Test
    void theRegionalOverviewIsForStaffAndNamesTheWeakestIndicators() {
        for (long c = 30; c < 36; c++) {
            context.cluster(c, "ICT", "IT");
            completed(c, manager(200 + c, c), (int) (c % 3) + 1);
        }
        context.actAs(manager(230, 30));
        assertThat(refused(() -> reports.region(Locale.ENGLISH)).status()).isEqualTo(403);

        context.actAs(staff);
        RegionOverview region = reports.region(Locale.ENGLISH);

        assertThat(region.clustersBenchmarked()).isEqualTo(6);
        assertThat(region.enoughClusters()).isTrue();
        assertThat(region.areas()).hasSize(6);
        assertThat(region.weakest()).hasSize(5);
        assertThat(region.weakest().get(0).meanScore()).isLessThanOrEqualTo(region.weakest().get(4).meanScore());
    }

    @Test
    void editionsAreImportedByAdministratorsAndUsedByNewBenchmarkings() {
        String small = """
                {"id": "official-2026", "title": {"en": "Official", "it": "Ufficiale"}, "areas": [
                  {"id": "1", "name": "Structure", "indicators": [
                    {"id": "1.1", "name": "Members", "measures": "How many?", "scale": {"kind": "number", "min": 0},
                     "scoring": {"rule": "at_least", "thresholds": [10, 20]}}]}]}
                """;
        context.actAs(staff);
        assertThat(refused(() -> editions.importEdition(small)).status()).isEqualTo(403);

        context.actAs(administrator(9));
        ModuleProblem broken = refused(() -> editions.importEdition(small.replace("\"1.1\"", "\"1.1\"}, {\"id\": \"1.1\"")));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.errors()).extracting(FieldProblem::message).anyMatch(m -> m.contains("duplicate indicator id '1.1'"));
        assertThat(editions.all()).hasSize(1);

        editions.importEdition(small);
        editions.importEdition(small);
        assertThat(refused(() -> editions.importEdition(small.replace("How many?", "How many now?"))).code())
                .isEqualTo("edition.exists");
        editions.makeCurrent("official-2026");

        context.actAs(manager);
        Benchmarking b = benchmarkings.start(CLUSTER);
        assertThat(b.editionId()).isEqualTo("official-2026");
        b = benchmarkings.saveAnswers(b.key(), b.version(), List.of(AnswerChange.value("1.1", 12)));
        assertThat(benchmarkings.submit(b.key(), b.version()).state()).isEqualTo(BenchmarkingState.SUBMITTED);
        assertThat(ScaleKind.NUMBER).isEqualTo(editions.get("official-2026").indicators().get(0).scale().kind());
    }
}
