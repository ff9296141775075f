/**
 * Search over everything: the outbox that services write with each change, the mapping of core records and
 * module entries to search documents with their visibility principals, and the indexer that feeds them in.
 */
package eu.clus3.core.search;
