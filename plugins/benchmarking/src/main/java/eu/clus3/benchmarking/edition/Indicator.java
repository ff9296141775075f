package eu.clus3.benchmarking.edition;

/**
 * One indicator of an edition.
 *
 * @param id        stable within the edition, e.g. {@code 2.3}
 * @param name      its name
 * @param measures  what is measured, as the questionnaire asks it
 * @param scale     how it is answered
 * @param scoring   how an answer becomes a score
 * @param mandatory whether a benchmarking can be submitted without it
 * @param guidance  what the assessor checks in the interview
 * @param evidence  the documents that back an answer
 */
public record Indicator(String id, Text name, Text measures, Scale scale, Scoring scoring, boolean mandatory,
                        Text guidance, Text evidence) {
}
