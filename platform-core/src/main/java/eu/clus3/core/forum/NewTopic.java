package eu.clus3.core.forum;

import java.util.List;

/**
 * A topic to open.
 *
 * @param language     "en" or "it"; the author's language when left out
 * @param question     a question accepts answers
 * @param clusterId    the cluster it is about, if any
 * @param indicatorRef a benchmarking indicator it is about, if any (letters, digits, {@code . _ : -})
 */
public record NewTopic(Long categoryId, String title, String body, List<String> tags, Boolean question,
                       Long clusterId, String indicatorRef, String language) {
}
