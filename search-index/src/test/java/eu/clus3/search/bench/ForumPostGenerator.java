package eu.clus3.search.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic forum-like posts in English and Italian, for benchmarks. Post {@code n} depends only on
 * the seed and {@code n}, so any subset can be regenerated anywhere (a PostgreSQL comparison, another
 * machine) without storing the corpus, and {@link #exportTsv} writes the same data in PostgreSQL's
 * COPY text format. Knows nothing of Lucene.
 *
 * <p>Shape: 60% English, 40% Italian; word frequencies follow a Zipf law over a forum vocabulary with
 * real stop words; bodies of 15 to 600 words (median about 90) in sentences of 6 to 22 words; 0 to 3
 * tags of 60; 200 clusters in 20 regions, 15 sectors, 12 categories; 2,000 authors; dates over three
 * years. Visibility: 70% public, 18% a cluster's members, 10% a private category's group, 2% drafts
 * visible to their author only.
 */
public final class ForumPostGenerator {

    /** One generated post; {@code visibility} holds principal strings. */
    public record Post(String id, String type, String title, String body, String language, List<String> tags,
                       String author, Instant date, String cluster, String region, String sector, String category,
                       List<String> visibility) { }

    public static final long DEFAULT_SEED = 20_251_124L;
    static final Instant EPOCH = Instant.parse("2025-11-01T00:00:00Z");

    private static final String[] EN_STOP = ("the of and to a in is that for it on with as are be this was have "
            + "we by at or from an not but our can all will they their which has more if about there been one so "
            + "would what also who when how do")
            .split(" ");
    private static final String[] EN_WORDS = ("cluster members innovation project companies network funding "
            + "research partners meeting management strategy regional development support digital energy "
            + "maritime shipyard technology market export training workshop event report governance board "
            + "benchmark label excellence assessment indicators performance services startup university "
            + "collaboration transfer knowledge skills sustainability green transition circular economy "
            + "manufacturing supply chain value internationalisation policy european commission programme call "
            + "proposal consortium budget deadline results impact survey data analysis platform community "
            + "forum discussion question answer experience practice example case study lessons learned "
            + "challenge opportunity growth investment venture capital incubator accelerator mentoring "
            + "ecosystem stakeholders government agency chamber commerce industry sector small medium enterprise "
            + "productivity competitiveness quality certification standard audit review feedback plan roadmap "
            + "milestone objective target outcome evaluation monitoring activity member fee membership "
            + "newsletter communication website social media campaign visibility brand partnership agreement "
            + "memorandum cooperation cross border interregional mission trade fair delegation visit "
            + "matchmaking brokerage open call voucher grant loan finance procurement tender innovation "
            + "hydrogen battery solar wind offshore port logistics automation robotics artificial intelligence "
            + "software cloud cybersecurity sensor internet things manufacturing additive materials composite "
            + "biotech health food agriculture tourism creative textile fashion furniture design mobility "
            + "automotive aerospace railway construction water waste recycling emission carbon climate")
            .split(" ");
    private static final String[] IT_STOP = ("di e il la che in a per un una del della le i non con si da al "
            + "sono come anche più nel alla dei delle gli è ma se questo questa ci lo ha hanno essere sul tra "
            + "nella degli o").split(" ");
    private static final String[] IT_WORDS = ("distretto cluster imprese innovazione progetto rete "
            + "finanziamento ricerca partner riunione gestione strategia sviluppo regionale supporto digitale "
            + "energia marittimo cantiere navale tecnologia mercato esportazione formazione laboratorio evento "
            + "rapporto governance consiglio valutazione eccellenza indicatori prestazioni servizi università "
            + "collaborazione trasferimento conoscenza competenze sostenibilità transizione verde economia "
            + "circolare manifattura filiera catena valore internazionalizzazione politica europea commissione "
            + "programma bando proposta consorzio budget scadenza risultati impatto indagine dati analisi "
            + "piattaforma comunità discussione domanda risposta esperienza pratica esempio caso studio lezioni "
            + "sfida opportunità crescita investimento capitale incubatore acceleratore tutoraggio ecosistema "
            + "portatori interesse governo agenzia camera commercio industria settore piccole medie aziende "
            + "produttività competitività qualità certificazione norma verifica revisione piano obiettivo "
            + "traguardo monitoraggio attività socio quota associazione comunicazione sito social campagna "
            + "visibilità marchio accordo protocollo cooperazione transfrontaliera missione fiera delegazione "
            + "visita incontri voucher contributo prestito finanza appalto gara idrogeno batterie solare eolico "
            + "porto logistica automazione robotica intelligenza artificiale software cloud sicurezza sensori "
            + "materiali compositi salute alimentare agricoltura turismo creativo tessile moda arredo design "
            + "mobilità automotive aerospazio ferroviario costruzioni acqua rifiuti riciclo emissioni carbonio "
            + "clima territorio lavoro giovani donne imprenditoria bilancio assemblea soci statuto regolamento")
            .split(" ");
    private static final String[] TAGS = ("governance funding events training benchmarking labelling "
            + "internationalisation digital green energy maritime health food mobility aerospace textile "
            + "manufacturing logistics tourism creative startups research policy horizon-europe interreg "
            + "erasmus cosme single-market smart-specialisation s3 csr esg hydrogen circular-economy "
            + "ai cybersecurity data cloud robotics industry-4-0 skills mentoring procurement tenders "
            + "partnership newsletter survey strategy roadmap kpi best-practice case-study webinar "
            + "conference fair matchmaking mission delegation b2b vouchers grants loans").split(" ");
    private static final String[] TYPES = {"post", "post", "post", "post", "post", "post", "topic", "topic", "event", "report"};

    private final long seed;
    private final double[] enCumulative;
    private final double[] itCumulative;
    private final String[] enVocabulary;
    private final String[] itVocabulary;

    public ForumPostGenerator(long seed) {
        this.seed = seed;
        this.enVocabulary = vocabulary(EN_STOP, EN_WORDS);
        this.itVocabulary = vocabulary(IT_STOP, IT_WORDS);
        this.enCumulative = zipf(enVocabulary.length);
        this.itCumulative = zipf(itVocabulary.length);
    }

    public ForumPostGenerator() {
        this(DEFAULT_SEED);
    }

    /** Post number {@code n} (from 0); the same for the same seed and n, wherever it is generated. */
    public Post post(long n) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        boolean italian = random.nextInt(100) < 40;
        String[] vocabulary = italian ? itVocabulary : enVocabulary;
        double[] cumulative = italian ? itCumulative : enCumulative;
        int titleWords = 3 + random.nextInt(7);
        String title = capitalise(words(random, vocabulary, cumulative, titleWords, true));
        int bodyWords = (int) Math.min(600, Math.max(15, Math.exp(4.5 + 0.7 * random.nextGaussian())));
        StringBuilder body = new StringBuilder();
        while (bodyWords > 0) {
            int sentence = Math.min(bodyWords, 6 + random.nextInt(17));
            body.append(capitalise(words(random, vocabulary, cumulative, sentence, false))).append(". ");
            bodyWords -= sentence;
        }
        Set<String> tags = new LinkedHashSet<>();
        int tagCount = random.nextInt(4);
        for (int i = 0; i < tagCount; i++) {
            tags.add(TAGS[(int) Math.min(TAGS.length - 1, Math.abs(random.nextGaussian()) * TAGS.length / 2.5)]);
        }
        int cluster = skewed(random, 200);
        String author = "user" + skewed(random, 2000);
        int visibility = random.nextInt(100);
        List<String> principals = visibility < 70 ? List.of("public")
                : visibility < 88 ? List.of("cluster:c" + cluster + ":members")
                : visibility < 98 ? List.of("group:category-" + random.nextInt(12))
                : List.of("user:" + author);
        Instant date = EPOCH.minus(Duration.ofMinutes(random.nextLong(3L * 365 * 24 * 60)));
        return new Post("post-" + n, TYPES[random.nextInt(TYPES.length)], title, body.toString().strip(),
                italian ? "it" : "en", List.copyOf(tags), author, date, "c" + cluster, "region-" + (cluster % 20),
                "sector-" + (cluster % 15), "category-" + random.nextInt(12), principals);
    }

    /** Content words of one language, most frequent first: for building queries of realistic selectivity. */
    public List<String> contentWords(String language) {
        return Arrays.asList("it".equals(language) ? IT_WORDS : EN_WORDS);
    }

    /**
     * Writes posts 0..count-1 as tab-separated text in PostgreSQL COPY format (columns as in
     * {@link Post}; tags and visibility as {@code {a,b}} arrays; date as ISO-8601).
     */
    public void exportTsv(long count, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long n = 0; n < count; n++) {
                Post p = post(n);
                out.write(String.join("\t", p.id(), p.type(), escape(p.title()), escape(p.body()), p.language(),
                        array(p.tags()), p.author(), p.date().toString(), p.cluster(), p.region(), p.sector(),
                        p.category(), array(p.visibility())));
                out.write('\n');
            }
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private static String words(SplittableRandom random, String[] vocabulary, double[] cumulative, int count,
                                boolean contentOnly) {
        List<String> words = new ArrayList<>(count);
        while (words.size() < count) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            String word = vocabulary[i < 0 ? -i - 1 : i];
            if (!contentOnly || word.length() > 3) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static int skewed(SplittableRandom random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(random.nextDouble(), 2) * n));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String[] vocabulary(String[] stop, String[] content) {
        String[] all = new String[stop.length + content.length];
        System.arraycopy(stop, 0, all, 0, stop.length);
        System.arraycopy(content, 0, all, stop.length, content.length);
        return all;
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.0);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        cumulative[n - 1] = 1.0;
        return cumulative;
    }
}
