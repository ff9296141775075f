/**
 * The application shell: main layout and navigation, sign-in and sign-out, access control on views,
 * translations, and the one way errors reach the user.
 */
package eu.clus3.ui.shell;
