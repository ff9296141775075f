/**
 * In-app notifications: what features tell a person (a reply, a mention, an accepted answer, a post to
 * review), each delivered at most once, listed newest first, marked read.
 */
package eu.clus3.core.notification;
