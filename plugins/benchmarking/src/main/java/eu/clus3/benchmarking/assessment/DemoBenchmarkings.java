package eu.clus3.benchmarking.assessment;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.Editions;
import eu.clus3.benchmarking.edition.Indicator;
import eu.clus3.plugin.api.ClusterFacts;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleEvent;
import eu.clus3.plugin.api.ModuleEventListener;
import org.pf4j.Extension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The module's part of the demo data set: when the platform has just filled an empty database with its
 * demo ({@code platform.demo-data-loaded}, delivered on behalf of the administrator), every demo cluster
 * gets a completed benchmarking, and the first two by name a second one 20 months later, so reports show
 * peer groups (six Italian clusters: country and "all" have five peers each) and history shows change.
 */
@Extension
public class DemoBenchmarkings implements ModuleEventListener {

    static final String TOPIC = "platform.demo-data-loaded";
    /** The demo data set's assessor (regional staff) and what the reports say about them. */
    static final String DEMO_ASSESSOR = "giulia.bianchi";

    private final ModuleContext context;
    private final Editions editions;
    private final Benchmarkings benchmarkings;
    private final Clock clock;

    public DemoBenchmarkings(BenchmarkingPlugin module) {
        this(module, Clock.systemUTC());
    }

    DemoBenchmarkings(BenchmarkingPlugin module, Clock clock) {
        this.context = module.context();
        this.editions = module.editions();
        this.benchmarkings = module.benchmarkings();
        this.clock = clock;
    }

    @Override
    public boolean accepts(String topic) {
        return TOPIC.equals(topic);
    }

    @Override
    public void onEvent(ModuleEvent event) {
        fill();
    }

    /** Writes the demo benchmarkings, unless the module already holds benchmarkings. */
    public List<Benchmarking> fill() {
        var store = context.store().collection(Benchmarkings.COLLECTION);
        if (store.count(eu.clus3.plugin.api.DocumentQuery.all()) > 0) {
            return List.of();
        }
        Edition edition = editions.current();
        List<ClusterRef> clusters = new ArrayList<>(context.clusters());
        clusters.sort(Comparator.comparing(ClusterRef::name));
        List<Benchmarking> written = new ArrayList<>();
        Instant now = clock.instant();
        for (int c = 0; c < clusters.size(); c++) {
            ClusterFacts facts = context.clusterFacts(clusters.get(c).id()).orElse(null);
            if (facts == null) {
                continue;
            }
            double strength = 1.2 + (c * 0.45) % 2.4;
            int n = 1;
            if (c < 2) {
                written.add(write(facts, edition, n++, now.minus(Duration.ofDays(30L * 22 + c * 9)), strength - 0.8, c));
            }
            written.add(write(facts, edition, n, now.minus(Duration.ofDays(40L + c * 11)), strength, c));
        }
        written.forEach(b -> context.search().changed(b.key()));
        return written;
    }

    private Benchmarking write(ClusterFacts facts, Edition edition, int n, Instant completed, double strength, long seed) {
        Random random = new Random(facts.cluster().id() * 31 + n + seed);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Indicator i : edition.indicators()) {
            // a level from 0 to 4 around the cluster's strength, mapped onto the indicator's scale
            int level = (int) Math.max(0, Math.min(4, Math.round(strength + random.nextGaussian() * 0.9)));
            double value = switch (i.scale().kind()) {
                case LEVELS -> Math.min(level, i.scale().levels().size() - 1);
                case YES_NO -> level >= 2 ? 1 : 0;
                default -> level == 0 ? i.scale().lowest()
                        : i.scoring().thresholds().get(Math.min(level, i.scoring().thresholds().size()) - 1);
            };
            answers.put(i.id(), new Answer(value, null, List.of(), null, null, List.of()));
        }
        String key = "c" + facts.cluster().id() + "-" + n;
        String started = completed.minus(Duration.ofDays(21)).toString();
        String submitted = completed.minus(Duration.ofDays(7)).toString();
        Benchmarking b = new Benchmarking(key, facts.cluster().id(), facts.cluster().slug(), facts.cluster().name(),
                facts.portfolio(), facts.country(), edition.id(), BenchmarkingState.COMPLETED, answers,
                List.of(new SuccessStory("Joint project of three members", "Demo success story of " + facts.cluster().name()
                        + ": three members developed a product together after a cluster matchmaking event.")),
                "Document the strategy process and review it every year with the members.", DEMO_ASSESSOR, null, started,
                submitted, completed.toString(), List.of(
                new StateChange(null, BenchmarkingState.DRAFT, null, started, null),
                new StateChange(BenchmarkingState.DRAFT, BenchmarkingState.SUBMITTED, null, submitted, null),
                new StateChange(BenchmarkingState.SUBMITTED, BenchmarkingState.UNDER_REVIEW, DEMO_ASSESSOR, submitted, null),
                new StateChange(BenchmarkingState.UNDER_REVIEW, BenchmarkingState.COMPLETED, DEMO_ASSESSOR,
                        completed.toString(), null)), 0);
        return benchmarkings.created(b);
    }
}
