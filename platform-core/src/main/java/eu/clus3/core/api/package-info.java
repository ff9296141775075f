/**
 * The REST edge shared by all feature resources: the JAX-RS application under {@code /api}, the one
 * mapping of errors to {@code application/problem+json}, request limits and security headers.
 */
package eu.clus3.core.api;
