package org.brieflens.files;

import java.util.List;

/**
 * An input file that cannot be used, with every problem found in it. The message is one line:
 * the first problem, and how many more there are.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    public static InputException ofFile(String file, String message) {
        return new InputException(InputProblem.ofFile(file, message));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    public InputProblem first() {
        return problems.get(0);
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        String first = problems.get(0).describe();
        int more = problems.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")";
    }
}
