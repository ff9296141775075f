/**
 * The forum's views: the forum home, a category's topics, a topic with live replies, the composer, the
 * moderators' review queue, and the notifications list with the bell in the header.
 */
package eu.clus3.ui.forum;
