/** The Vaadin user interface of the platform: shell, core views, and the mount point of module views. */
package eu.clus3.ui;
