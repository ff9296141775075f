/**
 * Who is who: user accounts, platform roles and permissions, password hashing, API tokens, and the
 * authentication mechanism that turns a session or a bearer token into an {@link eu.clus3.core.identity.Actor}.
 */
package eu.clus3.core.identity;
