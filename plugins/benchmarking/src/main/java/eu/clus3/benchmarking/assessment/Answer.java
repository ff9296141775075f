package eu.clus3.benchmarking.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to one indicator.
 *
 * @param value        the value on the indicator's scale, or {@code null} while unanswered
 * @param comment      the manager's comment
 * @param evidence     what backs the answer besides attached files: document names or addresses
 * @param assessorNote the assessor's note from the interview
 * @param managerValue the manager's own value when the assessor corrected it, else {@code null}
 * @param files        evidence files attached to the answer, oldest first (absent in benchmarkings stored before
 *                     files existed: read as none)
 */
public record Answer(Double value, String comment, List<String> evidence, String assessorNote, Double managerValue,
                     List<EvidenceFile> files) {

    public Answer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        files = files == null ? List.of() : List.copyOf(files);
    }

    static Answer empty() {
        return new Answer(null, null, List.of(), null, null, List.of());
    }

    public boolean corrected() {
        return managerValue != null && value != null && !managerValue.equals(value);
    }

    Answer withFile(EvidenceFile file) {
        List<EvidenceFile> more = new ArrayList<>(files);
        more.add(file);
        return new Answer(value, comment, evidence, assessorNote, managerValue, more);
    }

    Answer withoutFile(String fileId) {
        return new Answer(value, comment, evidence, assessorNote, managerValue,
                files.stream().filter(f -> !f.id().equals(fileId)).toList());
    }
}
