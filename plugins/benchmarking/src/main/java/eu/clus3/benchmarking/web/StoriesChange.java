package eu.clus3.benchmarking.web;

import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.plugin.api.ModuleProblem;

import java.util.List;

/**
 * {@code PUT benchmarkings/{key}/stories}: {@code {"version": 3, "stories": [{"title": "…", "text": "…"}]}}, the
 * success stories as they are to be (at most three; empty ones are left out).
 */
public record StoriesChange(long version, List<SuccessStory> stories) {

    public StoriesChange {
        Versions.require(version);
        if (stories == null) {
            throw ModuleProblem.invalid("stories", "benchmarking.stories", "stories must be a list");
        }
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i) == null) {
                throw ModuleProblem.invalid("stories[" + i + "]", "benchmarking.stories", "A story is an object with a title and a text");
            }
        }
        stories = List.copyOf(stories);
    }
}
