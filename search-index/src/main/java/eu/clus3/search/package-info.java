/**
 * A Lucene search index with no knowledge of the Clus3 domain: generic documents with typed fields, a
 * language and visibility principals in; ranked, faceted, highlighted, permission-filtered hits out.
 */
package eu.clus3.search;
