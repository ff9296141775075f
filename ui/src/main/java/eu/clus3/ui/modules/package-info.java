/**
 * Modules in the UI: their views mounted as routes while they run (created outside CDI, unmounted without
 * leaking their class loaders), their navigation entries and labels, the friendly pages for modules that
 * fail or are gone, and the administrators' "Modules" page.
 */
package eu.clus3.ui.modules;
