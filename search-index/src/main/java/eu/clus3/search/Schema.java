package eu.clus3.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * How a {@link SearchDocument} is laid out in Lucene. Title and body go to a field per language
 * ({@code body_en}, {@code body_it}), analysed by that language's chain, stored with offsets in the
 * postings so that snippets and phrases need no re-analysis. Title, body and tags also go, together, to
 * one matching field per language ({@code text_en}, {@code text_it}): a word then has to meet two
 * postings lists instead of five. {@link #VERSION} changes whenever this layout does; an index written
 * with another version asks for a rebuild.
 */
final class Schema {

    static final int VERSION = 3;

    static final String ID = "id";
    static final String TYPE = "type";
    static final String LANGUAGE = "lang";
    static final String TITLE_EN = "title_en";
    static final String TITLE_IT = "title_it";
    static final String BODY_EN = "body_en";
    static final String BODY_IT = "body_it";
    /** Title, body and tags in the document's language, frequencies only: what a word is matched and scored on. */
    static final String TEXT_EN = "text_en";
    static final String TEXT_IT = "text_it";
    /** Every word of title, body and tags, unstemmed: spelling suggestions and typo tolerance. */
    static final String WORDS = "words";
    /** Edge n-grams of the title and tags: search-as-you-type. */
    static final String SUGGEST = "suggest";
    static final String TAG = "tag";
    static final String AUTHOR = "author";
    static final String AUTHOR_STORED = "author_name";
    static final String LINK = "link";
    static final String DATE = "date";
    static final String VISIBLE_TO = "visible_to";
    /** Prefix of the exact-match filter field of a facet dimension ("f.cluster"). */
    static final String FACET_FILTER_PREFIX = "f.";

    /** Built-in facet dimensions, next to the caller's own. */
    static final String DIM_TYPE = "type";
    static final String DIM_LANGUAGE = "language";
    static final String DIM_TAG = "tag";
    static final String DIM_AUTHOR = "author";
    static final String DIM_DATE = "date";
    static final Set<String> BUILT_IN_DIMENSIONS = Set.of(DIM_TYPE, DIM_LANGUAGE, DIM_TAG, DIM_AUTHOR);

    static final String COMMIT_SEQUENCE = "clus3.sequence";
    static final String COMMIT_SCHEMA = "clus3.schema";

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();
    private static final FieldType TEXT_MATCHING = new FieldType();
    private static final FieldType WORDS_ONLY = new FieldType();
    private static final FieldType SUGGEST_GRAMS = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();

        TEXT_MATCHING.setTokenized(true);
        TEXT_MATCHING.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT_MATCHING.freeze();

        WORDS_ONLY.setTokenized(true);
        WORDS_ONLY.setOmitNorms(true);
        WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
        WORDS_ONLY.freeze();

        SUGGEST_GRAMS.setTokenized(true);
        SUGGEST_GRAMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        SUGGEST_GRAMS.freeze();
    }

    private Schema() {
    }

    static String titleField(Language language) {
        return language == Language.ITALIAN ? TITLE_IT : TITLE_EN;
    }

    static String bodyField(Language language) {
        return language == Language.ITALIAN ? BODY_IT : BODY_EN;
    }

    static String textField(Language language) {
        return language == Language.ITALIAN ? TEXT_IT : TEXT_EN;
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /**
     * Every facet dimension may hold several values per document, and has a doc-values field of its own
     * ({@code $facet.cluster}...): counting three dimensions of a search then reads those three, not every
     * value of every dimension of each match (version 2 of the layout).
     */
    static FacetsConfig facetsConfig() {
        return new FacetsConfig() {
            @Override
            public DimConfig getDimConfig(String dimension) {
                DimConfig config = new DimConfig();
                config.multiValued = true;
                config.indexFieldName = facetField(dimension);
                return config;
            }
        };
    }

    /** The doc-values field holding a facet dimension's values. */
    static String facetField(String dimension) {
        return FACET_FIELD_PREFIX + dimension;
    }

    static final String FACET_FIELD_PREFIX = "$facet.";

    static Document toLucene(SearchDocument source, FacetsConfig facets) {
        Document doc = new Document();
        doc.add(new StringField(ID, source.id(), Field.Store.YES));
        if (source.link() != null) {
            doc.add(new StoredField(LINK, source.link()));
        }
        String type = Analysis.foldKeyword(source.type());
        doc.add(new StringField(TYPE, type, Field.Store.YES));
        doc.add(new StringField(LANGUAGE, source.language().code(), Field.Store.YES));
        doc.add(new Field(titleField(source.language()), source.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(bodyField(source.language()), source.body(), TEXT_WITH_OFFSETS));
        String text = textField(source.language());
        doc.add(new Field(text, source.title(), TEXT_MATCHING));
        doc.add(new Field(text, source.body(), TEXT_MATCHING));
        doc.add(new Field(WORDS, source.title(), WORDS_ONLY));
        doc.add(new Field(WORDS, source.body(), WORDS_ONLY));
        doc.add(new Field(SUGGEST, source.title(), SUGGEST_GRAMS));
        if (!type.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(DIM_TYPE, type));
        }
        doc.add(new SortedSetDocValuesFacetField(DIM_LANGUAGE, source.language().code()));
        for (String tag : source.tags()) {
            String folded = Analysis.foldKeyword(tag);
            if (!folded.isEmpty()) {
                doc.add(new StringField(TAG, folded, Field.Store.NO));
                doc.add(new Field(WORDS, tag, WORDS_ONLY));
                doc.add(new Field(text, tag, TEXT_MATCHING));
                doc.add(new SortedSetDocValuesFacetField(DIM_TAG, folded));
            }
        }
        if (source.author() != null && !source.author().isBlank()) {
            String author = Analysis.foldKeyword(source.author());
            doc.add(new StringField(AUTHOR, author, Field.Store.NO));
            doc.add(new StoredField(AUTHOR_STORED, source.author()));
            doc.add(new SortedSetDocValuesFacetField(DIM_AUTHOR, author));
        }
        long millis = source.date() == null ? 0L : source.date().toEpochMilli();
        doc.add(new LongPoint(DATE, millis));
        doc.add(new NumericDocValuesField(DATE, millis));
        doc.add(new StoredField(DATE, millis));
        source.facets().forEach((dimension, values) -> {
            if (BUILT_IN_DIMENSIONS.contains(dimension) || dimension.isBlank()) {
                return;
            }
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    doc.add(new StringField(FACET_FILTER_PREFIX + dimension, Analysis.foldKeyword(value), Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField(dimension, value));
                }
            }
        });
        for (String principal : source.visibility()) {
            doc.add(new StringField(VISIBLE_TO, principal, Field.Store.NO));
        }
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
