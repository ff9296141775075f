/** Public pages that let people in: accepting an invitation, registering, setting a new password. */
package eu.clus3.ui.onboarding;
