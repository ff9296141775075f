package eu.clus3.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link UserQuery} into Lucene queries: a scoring part (words and phrases, searched in every
 * language's fields so that each language's stemming gets its chance), a filter part (field filters), the
 * visibility filter, and the highlighting part (the same words in the fields snippets are taken from).
 */
final class QueryTranslator {

    private static final float TITLE_BOOST = 3f;
    private static final float TAG_BOOST = 2f;
    private static final float ALTERNATIVE_BOOST = 0.7f;
    private static final String[] LANGUAGE_FIELDS = {Schema.TITLE_EN, Schema.TITLE_IT, Schema.BODY_EN, Schema.BODY_IT};
    private static final String[] TITLE_FIELDS = {Schema.TITLE_EN, Schema.TITLE_IT};
    private static final String[] TEXT_FIELDS = {Schema.TEXT_EN, Schema.TEXT_IT};

    private final QueryBuilder builder;

    QueryTranslator(Analyzer perFieldAnalyzer) {
        this.builder = new QueryBuilder(perFieldAnalyzer);
    }

    /** Only documents visible to at least one of the principals; none at all for no principals. */
    static Query visibility(Set<String> principals) {
        if (principals.isEmpty()) {
            return new MatchNoDocsQuery("no principals");
        }
        List<BytesRef> terms = principals.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(Schema.VISIBLE_TO, terms);
    }

    /**
     * The words and phrases. {@code alternatives} maps a term's index to similar words that may match in
     * its place (typo tolerance). Null when the query has no positive term: then every document matches.
     *
     * <p>The plain words are matched together, language by language: every word in {@code text_en}, or
     * every word in {@code text_it}. A document has one language, so this finds exactly the documents
     * having each word in either language, but as a union of two conjunctions of postings lists, which
     * Lucene leapfrogs far faster than a conjunction of per-word unions (the 1M benchmark's slowest
     * queries took half the time). Titles and tags add to the score afterwards ({@link #bonus}).
     */
    Query scoring(UserQuery query, Map<Integer, List<String>> alternatives) {
        return terms(query, alternatives, this::word, true);
    }

    /**
     * The same words and phrases in the title and body fields, whose postings hold offsets: what snippets
     * mark (the matching fields {@code text_*} have none). Null where {@link #scoring} is.
     */
    Query highlighting(UserQuery query, Map<Integer, List<String>> alternatives) {
        return terms(query, alternatives, this::wordInTitleAndBody, false);
    }

    /**
     * What a title or tag adds to a match's score: the positive words (and their alternatives) in either
     * title field or as an exact tag. Applied to the best matches only, after the search; null without
     * positive words.
     */
    Query bonus(UserQuery query, Map<Integer, List<String>> alternatives) {
        BooleanQuery.Builder bonus = new BooleanQuery.Builder();
        boolean any = false;
        List<UserQuery.Term> terms = query.terms();
        for (int i = 0; i < terms.size(); i++) {
            UserQuery.Term term = terms.get(i);
            if (term.phrase() || term.excluded()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            words.add(term.text());
            words.addAll(alternatives.getOrDefault(i, List.of()));
            for (String word : words) {
                for (String field : TITLE_FIELDS) {
                    Query q = builder.createBooleanQuery(field, word, Occur.MUST);
                    if (q != null) {
                        bonus.add(new BoostQuery(q, TITLE_BOOST), Occur.SHOULD);
                        any = true;
                    }
                }
                String tag = Analysis.foldKeyword(word);
                if (!tag.isEmpty()) {
                    bonus.add(new BoostQuery(new TermQuery(new Term(Schema.TAG, tag)), TAG_BOOST), Occur.SHOULD);
                    any = true;
                }
            }
        }
        return any ? bonus.build() : null;
    }

    private Query terms(UserQuery query, Map<Integer, List<String>> alternatives,
                        java.util.function.Function<String, Query> word, boolean plainWordsPerLanguage) {
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        List<String> stopWords = new ArrayList<>();
        List<String> plainWords = new ArrayList<>();
        List<UserQuery.Term> terms = query.terms();
        for (int i = 0; i < terms.size(); i++) {
            UserQuery.Term term = terms.get(i);
            Query clause = term.phrase() ? phrase(term.text()) : word.apply(term.text());
            if (clause == null) {
                // "the", "in", "che": noise among other words; searched as written only if nothing else is
                if (!term.phrase() && !term.excluded()) {
                    stopWords.add(term.text());
                }
                continue;
            }
            List<String> similar = alternatives.getOrDefault(i, List.of());
            if (plainWordsPerLanguage && !term.phrase() && !term.excluded() && similar.isEmpty()) {
                plainWords.add(term.text());
                positive = true;
                any = true;
                continue;
            }
            if (!similar.isEmpty() && !term.excluded()) {
                List<Query> options = new ArrayList<>();
                options.add(clause);
                for (String alternative : similar) {
                    Query q = word.apply(alternative);
                    if (q != null) {
                        options.add(new BoostQuery(q, ALTERNATIVE_BOOST));
                    }
                }
                clause = new DisjunctionMaxQuery(options, 0f);
            }
            scoring.add(clause, term.excluded() ? Occur.MUST_NOT : Occur.MUST);
            positive |= !term.excluded();
            any = true;
        }
        if (!plainWords.isEmpty()) {
            scoring.add(inEitherLanguage(plainWords), Occur.MUST);
        }
        if (!positive) {
            for (String stopWord : stopWords) {
                Query plain = builder.createBooleanQuery(Schema.WORDS, stopWord, Occur.MUST);
                if (plain != null) {
                    scoring.add(plain, Occur.MUST);
                    positive = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        if (!positive) {
            scoring.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return scoring.build();
    }

    /** Every word in the English matching field, or every word in the Italian one. */
    private Query inEitherLanguage(List<String> words) {
        BooleanQuery.Builder languages = new BooleanQuery.Builder();
        for (String field : TEXT_FIELDS) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String word : words) {
                all.add(builder.createBooleanQuery(field, word, Occur.MUST), Occur.MUST);
            }
            languages.add(all.build(), Occur.SHOULD);
        }
        return languages.build();
    }

    /** The field filters and date range as non-scoring clauses; null when there are none. */
    Query filters(UserQuery query) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        boolean any = false;
        Map<String, List<Query>> widening = new LinkedHashMap<>();
        for (UserQuery.Filter filter : query.filters()) {
            Query match = switch (filter.kind()) {
                case TYPE -> new TermQuery(new Term(Schema.TYPE, Analysis.foldKeyword(filter.value())));
                case TAG -> new TermQuery(new Term(Schema.TAG, Analysis.foldKeyword(filter.value())));
                case AUTHOR -> new TermQuery(new Term(Schema.AUTHOR, Analysis.foldKeyword(filter.value())));
                case LANGUAGE -> new TermQuery(new Term(Schema.LANGUAGE, languageCode(filter.value())));
                case FACET -> new TermQuery(new Term(Schema.FACET_FILTER_PREFIX + filter.dimension(),
                        Analysis.foldKeyword(filter.value())));
            };
            any = true;
            if (filter.excluded()) {
                filters.add(match, Occur.MUST_NOT);
            } else if (filter.kind() == UserQuery.Filter.Kind.TAG) {
                filters.add(match, Occur.FILTER);
            } else {
                widening.computeIfAbsent(filter.kind() + ":" + filter.dimension(), k -> new ArrayList<>()).add(match);
            }
        }
        for (List<Query> alternatives : widening.values()) {
            if (alternatives.size() == 1) {
                filters.add(alternatives.get(0), Occur.FILTER);
            } else {
                BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
                alternatives.forEach(q -> anyOf.add(q, Occur.SHOULD));
                filters.add(anyOf.build(), Occur.FILTER);
            }
        }
        if (query.before().isPresent() || query.after().isPresent()) {
            long from = query.after().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            long to = query.before().map(b -> b.toEpochMilli() - 1).orElse(Long.MAX_VALUE);
            filters.add(LongPoint.newRangeQuery(Schema.DATE, from, to), Occur.FILTER);
            any = true;
        }
        if (!any) {
            return null;
        }
        BooleanQuery built = filters.build();
        if (built.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
            filters.add(new MatchAllDocsQuery(), Occur.FILTER);
            built = filters.build();
        }
        return built;
    }

    /** The whole query: scoring part (or all documents), filters, visibility. */
    static Query combine(Query scoring, Query filters, Query visibility) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(scoring == null ? new MatchAllDocsQuery() : scoring, Occur.MUST);
        if (filters != null) {
            all.add(filters, Occur.FILTER);
        }
        all.add(visibility, Occur.FILTER);
        return all.build();
    }

    /**
     * A word in the matching field of either language ({@code text_en}, {@code text_it}: title, body and
     * tags), for an excluded word or one with alternatives; null for a word that one of the languages drops
     * as a stop word.
     */
    Query word(String text) {
        Query english = builder.createBooleanQuery(Schema.TEXT_EN, text, Occur.MUST);
        Query italian = builder.createBooleanQuery(Schema.TEXT_IT, text, Occur.MUST);
        if (english == null || italian == null) {
            return null; // every field of a language shares its analyzer: a stop word in one language
        }
        return new BooleanQuery.Builder().add(english, Occur.SHOULD).add(italian, Occur.SHOULD).build();
    }

    /** A word in the title and body fields or as a tag, for highlighting; null under {@link #word}'s rule. */
    private Query wordInTitleAndBody(String text) {
        List<Query> fields = new ArrayList<>(LANGUAGE_FIELDS.length);
        for (String field : LANGUAGE_FIELDS) {
            Query q = builder.createBooleanQuery(field, text, Occur.MUST);
            if (q == null) {
                return null;
            }
            fields.add(q);
        }
        // the tag keeps the highlighting query matching the documents the scoring one found
        String tag = Analysis.foldKeyword(text);
        if (!tag.isEmpty()) {
            fields.add(new TermQuery(new Term(Schema.TAG, tag)));
        }
        return new DisjunctionMaxQuery(fields, 0f);
    }

    /** A phrase in every language field; if it is all stop words, its words as written. */
    Query phrase(String text) {
        List<Query> fields = new ArrayList<>(LANGUAGE_FIELDS.length);
        for (String field : LANGUAGE_FIELDS) {
            Query q = builder.createPhraseQuery(field, text);
            if (q != null) {
                fields.add(field.startsWith("title") ? new BoostQuery(q, TITLE_BOOST) : q);
            }
        }
        if (fields.isEmpty()) {
            return builder.createBooleanQuery(Schema.WORDS, text, Occur.MUST);
        }
        return new DisjunctionMaxQuery(fields, 0.1f);
    }

    private static String languageCode(String value) {
        String v = Analysis.foldKeyword(value);
        if (v.startsWith("it")) {
            return Language.ITALIAN.code();
        }
        if (v.startsWith("en")) {
            return Language.ENGLISH.code();
        }
        return v;
    }
}
