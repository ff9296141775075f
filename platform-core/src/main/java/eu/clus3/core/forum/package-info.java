/**
 * Forums for reciprocal learning: categories with visibility and moderators, topics and numbered posts in
 * sanitised Markdown, tags, questions with accepted answers, likes, read state, watch levels, moderation.
 */
package eu.clus3.core.forum;
