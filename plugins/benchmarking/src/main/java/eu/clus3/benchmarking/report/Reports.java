package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.assessment.Access;
import eu.clus3.benchmarking.assessment.Answer;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.edition.Area;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.Indicator;
import eu.clus3.benchmarking.edition.ScaleKind;
import eu.clus3.benchmarking.scoring.ClusterResult;
import eu.clus3.benchmarking.scoring.PeerComparison;
import eu.clus3.benchmarking.scoring.PeerFigures;
import eu.clus3.benchmarking.scoring.PeerGroup;
import eu.clus3.benchmarking.scoring.Scores;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.ModuleUser;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reports, history and the regional overview, built from the stored benchmarkings. */
public final class Reports {

    private final ModuleContext context;
    private final Benchmarkings benchmarkings;

    public Reports(ModuleContext context, Benchmarkings benchmarkings) {
        this.context = context;
        this.benchmarkings = benchmarkings;
    }

    /** The report of a benchmarking the current user may read; peers only from completed benchmarkings. */
    public Report report(String key, Locale locale) {
        Benchmarking b = benchmarkings.get(key);
        Edition edition = benchmarkings.editions().get(b.editionId());
        ClusterResult self = Benchmarkings.result(edition, b);
        Map<PeerGroup, PeerFigures> peers = PeerComparison.compare(self, benchmarkings.population(edition));
        List<Report.Group> groups = peers.values().stream()
                .map(p -> new Report.Group(p.group(), p.peers(), p.enoughPeers())).toList();
        List<Report.AreaLine> areas = new ArrayList<>();
        for (Area area : edition.areas()) {
            List<Report.IndicatorLine> lines = new ArrayList<>();
            for (Indicator i : area.indicators()) {
                Answer a = b.answer(i.id());
                Map<PeerGroup, Double> peerScores = new EnumMap<>(PeerGroup.class);
                peers.forEach((g, f) -> {
                    if (f.indicatorScores().containsKey(i.id())) {
                        peerScores.put(g, f.indicatorScores().get(i.id()));
                    }
                });
                lines.add(new Report.IndicatorLine(i.id(), i.name().in(locale),
                        i.scale().unit() == null ? null : i.scale().unit().in(locale), a.value(),
                        a.value() == null ? null : shown(i, a.value(), locale),
                        self.scores().indicators().get(i.id()), a.corrected() ? a.managerValue() : null, a.comment(),
                        a.evidence(), a.assessorNote(), i.mandatory(), peerScores, a.files()));
            }
            Map<PeerGroup, Double> peerAreas = new EnumMap<>(PeerGroup.class);
            peers.forEach((g, f) -> {
                if (f.areaScores().containsKey(area.id())) {
                    peerAreas.put(g, f.areaScores().get(area.id()));
                }
            });
            areas.add(new Report.AreaLine(area.id(), area.name().in(locale), self.scores().areas().get(area.id()),
                    peerAreas, lines));
        }
        return new Report(b.key(), b.clusterId(), b.clusterSlug(), b.clusterName(), edition.id(),
                edition.title().in(locale), b.state(), b.completedAt(), b.assessor(), self.scores().overall(), groups,
                areas, b.stories(), b.recommendations(), b.startedAt(), b.submittedAt());
    }

    /** One of the report's charts as SVG: {@code areas} (the radar) or {@code indicators} (the bars). */
    public String chart(String key, String chart, Locale locale) {
        return switch (chart) {
            case "areas" -> Charts.radar(report(key, locale), locale);
            case "indicators" -> Charts.bars(report(key, locale), locale);
            default -> throw ModuleProblem.notFound("Chart '" + chart + "'");
        };
    }

    /** How an answer reads: a level's description, yes/no, or the number with its unit. */
    public static String shown(Indicator i, double value, Locale locale) {
        if (i.scale().kind() == ScaleKind.LEVELS) {
            int level = (int) value;
            return level + " – " + i.scale().levels().get(level).in(locale);
        }
        if (i.scale().kind() == ScaleKind.YES_NO) {
            boolean it = locale != null && "it".equals(locale.getLanguage());
            return value >= 1 ? (it ? "sì" : "yes") : "no";
        }
        String number = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(
                locale == null ? Locale.ENGLISH : locale)).format(value);
        String unit = i.scale().unit() == null ? "" : i.scale().unit().in(locale);
        return "%".equals(unit) ? number + " %" : (number + " " + unit).strip();
    }

    /** A cluster's benchmarkings, newest first, with the change per indicator since the previous completed one. */
    public History history(long clusterId, Locale locale) {
        List<Benchmarking> readable = benchmarkings.ofCluster(clusterId);
        List<Benchmarking> completedOldestFirst = readable.stream()
                .filter(b -> b.state() == BenchmarkingState.COMPLETED)
                .sorted(Comparator.comparing(Benchmarking::completedAt)).toList();
        Map<String, Benchmarking> previous = new HashMap<>();
        for (int i = 1; i < completedOldestFirst.size(); i++) {
            previous.put(completedOldestFirst.get(i).key(), completedOldestFirst.get(i - 1));
        }
        List<History.Entry> entries = new ArrayList<>();
        for (Benchmarking b : readable) {
            Edition edition = benchmarkings.editions().get(b.editionId());
            Scores.Result scores = Scores.of(edition, b.values());
            Map<String, History.Change> changes = new LinkedHashMap<>();
            Benchmarking before = previous.get(b.key());
            if (before != null) {
                Edition beforeEdition = benchmarkings.editions().get(before.editionId());
                Scores.Result beforeScores = Scores.of(beforeEdition, before.values());
                // indicators are compared by id; across editions only the ids both share
                for (Indicator i : edition.indicators()) {
                    if (beforeEdition.indicator(i.id()).isEmpty()) {
                        continue;
                    }
                    Double was = beforeScores.indicators().get(i.id());
                    Double is = scores.indicators().get(i.id());
                    changes.put(i.id(), new History.Change(i.name().in(locale), before.values().get(i.id()),
                            b.values().get(i.id()), was, is, was == null || is == null ? null : is - was));
                }
            }
            entries.add(new History.Entry(b.key(), b.state(), b.editionId(), b.startedAt(), b.completedAt(),
                    b.state() == BenchmarkingState.COMPLETED ? scores.overall() : null, scores.areas(), changes));
        }
        return new History(clusterId, entries);
    }

    /** The regional overview for assessors, over the current edition. */
    public RegionOverview region(Locale locale) {
        ModuleUser user = Access.user(context);
        if (!Access.assessor(user)) {
            throw ModuleProblem.forbidden("benchmarking.assessorsOnly", "The regional overview is for regional staff");
        }
        Edition edition = benchmarkings.editions().current();
        List<Benchmarking> all = benchmarkings.everything();
        Map<String, Integer> perMonth = new TreeMap<>();
        int completed = 0;
        int inProgress = 0;
        for (Benchmarking b : all) {
            if (b.state() == BenchmarkingState.COMPLETED) {
                completed++;
                perMonth.merge(b.completedAt().substring(0, 7), 1, Integer::sum);
            } else {
                inProgress++;
            }
        }
        List<ClusterResult> population = benchmarkings.population(edition);
        boolean enough = population.size() >= PeerComparison.MIN_PEERS;
        List<RegionOverview.AreaSpread> areas = new ArrayList<>();
        List<RegionOverview.WeakIndicator> weakest = new ArrayList<>();
        if (enough) {
            for (Area area : edition.areas()) {
                double[] scores = population.stream().map(r -> r.scores().areas().get(area.id()))
                        .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
                if (scores.length >= PeerComparison.MIN_PEERS) {
                    areas.add(new RegionOverview.AreaSpread(area.id(), area.name().in(locale), scores.length,
                            quantile(scores, 0.25), quantile(scores, 0.5), quantile(scores, 0.75),
                            java.util.Arrays.stream(scores).average().orElse(0)));
                }
                for (Indicator i : area.indicators()) {
                    double[] s = population.stream().map(r -> r.scores().indicators().get(i.id()))
                            .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
                    if (s.length >= PeerComparison.MIN_PEERS) {
                        weakest.add(new RegionOverview.WeakIndicator(i.id(), i.name().in(locale), area.name().in(locale),
                                s.length, java.util.Arrays.stream(s).average().orElse(0)));
                    }
                }
            }
            weakest.sort(Comparator.comparingDouble(RegionOverview.WeakIndicator::meanScore)
                    .thenComparing(RegionOverview.WeakIndicator::id));
        }
        return new RegionOverview(edition.id(), population.size(), completed, inProgress, perMonth, enough, areas,
                weakest.subList(0, Math.min(5, weakest.size())));
    }

    /** Linear interpolation between the closest ranks. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
