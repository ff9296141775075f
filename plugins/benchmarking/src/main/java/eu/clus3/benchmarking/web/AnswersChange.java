package eu.clus3.benchmarking.web;

import eu.clus3.benchmarking.assessment.AnswerChange;
import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.ModuleProblem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT benchmarkings/{key}/answers}: {@code {"version": 3, "answers": {"1.1": {"value": 40, "comment": "…",
 * "evidence": ["…"], "assessorNote": "…"}}}}. Refused as a whole, one error per field ({@code answers.1.1.value}),
 * when it is not of this shape; the service then checks the values against the edition.
 *
 * @param version the version of the benchmarking the client read
 * @param answers the changes by indicator id
 */
public record AnswersChange(long version, Map<String, AnswerInput> answers) {

    public AnswersChange {
        Versions.require(version);
        if (answers == null) {
            throw ModuleProblem.invalid("answers", "benchmarking.answers", "answers must be an object of indicator ids to answers");
        }
        List<FieldProblem> problems = new ArrayList<>();
        answers.forEach((id, answer) -> {
            if (answer == null) {
                problems.add(new FieldProblem("answers." + id, "benchmarking.answers", "An answer is an object with a value"));
            } else if (!answer.valueIsANumber()) {
                problems.add(new FieldProblem("answers." + id + ".value", "benchmarking.notANumber", "The value must be a number"));
            }
        });
        if (!problems.isEmpty()) {
            throw problems.size() == 1 ? ModuleProblem.invalid(problems.get(0).field(), problems.get(0).code(),
                    problems.get(0).message()) : ModuleProblem.invalid(problems);
        }
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** The changes as the service takes them. */
    List<AnswerChange> changes() {
        List<AnswerChange> changes = new ArrayList<>();
        answers.forEach((id, a) -> changes.add(new AnswerChange(id, a.setsValue(), a.number(), a.comment(), a.evidence(),
                a.assessorNote())));
        return changes;
    }
}
