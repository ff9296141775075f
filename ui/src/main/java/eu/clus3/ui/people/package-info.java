/** People's profile pages, as found through search and the directory. */
package eu.clus3.ui.people;
