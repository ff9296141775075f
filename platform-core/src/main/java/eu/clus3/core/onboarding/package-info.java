/**
 * How people get an account: invitations by administrators and cluster managers (with a role in a
 * cluster), optional self-registration approved by an administrator, and password-reset links.
 */
package eu.clus3.core.onboarding;
