package eu.clus3.core.forum;

import java.util.List;

/** A change of a topic's heading, from {@code version}; the title's old text goes into the opening post's history. */
public record TopicEdit(Long version, String title, List<String> tags, Boolean question, Long clusterId,
                        String indicatorRef, String language, String reason) {
}
