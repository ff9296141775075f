/** A Lucene index on disk, with no knowledge of the Clus3 domain. */
package eu.clus3.search;
