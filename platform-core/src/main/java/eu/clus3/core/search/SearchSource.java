package eu.clus3.core.search;

import eu.clus3.search.SearchDocument;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A feature's searchable content, as the indexer sees it: the current document of one subject (after an
 * outbox row named it) and every document (for a rebuild). Implemented by each feature package (clusters,
 * people, forums) and by the module host for modules' entries; found by the indexer as CDI beans.
 *
 * <p>Both methods are called inside {@code Database.inTransaction}, read only, by the indexer thread.
 * Visibility is part of the document: use {@link SearchPrincipals} names, never user input.
 */
public interface SearchSource {

    /** The outbox kinds this source answers, e.g. {@code "cluster"}; a kind never contains '/'. */
    Set<String> kinds();

    /** Whether this source answers an outbox kind; sources with kinds made at runtime (modules) override it. */
    default boolean answers(String kind) {
        return kinds().contains(kind);
    }

    /** The subject's document now, or empty when it is gone or must not be found (a draft, a deleted post). */
    Optional<SearchDocument> document(String kind, String subjectId);

    /** Every document this source has, for a full rebuild; streamed, so a million posts fit in memory. */
    Stream<SearchDocument> all();

    /** How many documents {@link #all()} will give (for the rebuild's progress bar); an estimate is fine. */
    long count();

    /**
     * This source's subjects whose documents show something of the {@code changed} ones (e.g. module entries show
     * their cluster's slug, region and sector): the indexer re-reads them with the change, so a document follows
     * what it shows without the changing service knowing about it. Called once per batch of changes.
     */
    default Set<Subject> dependents(Set<Subject> changed) {
        return Set.of();
    }

    /**
     * What users call one of this source's document types, in their language, for a type made at runtime (a
     * module's); empty for any other type. The core's own types are named in the core's bundle.
     */
    default Optional<String> typeName(String type, Locale locale) {
        return Optional.empty();
    }

    /** The index document id of a subject ({@code kind/subjectId}): one rule, so deletes find what upserts wrote. */
    static String documentId(String kind, String subjectId) {
        return kind + "/" + subjectId;
    }

    /** What an outbox row names: a subject of one kind. */
    record Subject(String kind, String id) {
    }

    /** A numeric subject id, or empty for anything else (an outbox row is never trusted to be well-formed). */
    static Optional<Long> numericId(String subjectId) {
        try {
            return Optional.of(Long.parseLong(subjectId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
