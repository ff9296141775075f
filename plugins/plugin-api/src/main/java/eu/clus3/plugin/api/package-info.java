/**
 * The contract between the Clus3 platform and its module plugins: extension points a module may
 * implement. A module compiles against this package only.
 */
package eu.clus3.plugin.api;
