/**
 * What every feature package shares: configuration, the one error hierarchy (mapped once to HTTP and
 * once to the UI), field validation and paging.
 */
package eu.clus3.core.shared;
