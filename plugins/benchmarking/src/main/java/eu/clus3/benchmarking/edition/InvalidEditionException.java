package eu.clus3.benchmarking.edition;

import java.util.List;

/** An edition file that cannot be used; {@link #problems()} lists every fault found, each with where it is. */
public class InvalidEditionException extends RuntimeException {

    private final List<String> problems;

    public InvalidEditionException(List<String> problems) {
        super("The edition file has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
