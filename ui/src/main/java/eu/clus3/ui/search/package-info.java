/** The search page, the search box in the header, and the administration of the search index. */
package eu.clus3.ui.search;
