/** The audit trail: who changed what and when, for profiles, memberships and roles. */
package eu.clus3.core.audit;
