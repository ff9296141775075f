/** Views of cluster organisations: the directory, a profile with its people and audit trail, the profile form. */
package eu.clus3.ui.cluster;
