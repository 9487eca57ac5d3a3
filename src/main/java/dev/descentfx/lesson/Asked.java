package dev.descentfx.lesson;

import java.util.Arrays;
import java.util.List;

/**
 * A lesson block's {@code ask} line before its {@code explain:} is read:
 * {@code ask number NEXT_W ±0.001: prompt} or {@code ask choice up|down =down: prompt}.
 */
record Asked(String prompt, Quantity answer, double tolerance, List<String> options, int choice, int line) {
    static final int MAX_OPTIONS = 6;

    static Asked parse(String rest, int line) {
        int colon = rest.indexOf(':');
        if (colon < 0 || rest.substring(colon + 1).isBlank()) {
            throw ActionLine.bad("a question ends with ': ' and its prompt, e.g. 'ask number next_w ±0.001: What is the next W?'");
        }
        String prompt = rest.substring(colon + 1).strip();
        String[] head = rest.substring(0, colon).strip().split("\\s+");
        if (head[0].equals("number")) {
            if (head.length != 3 || !(head[2].startsWith("±") || head[2].startsWith("+-"))) {
                throw ActionLine.bad("write a number question as 'ask number QUANTITY ±TOLERANCE: prompt' (its answer is the quantity)");
            }
            return new Asked(prompt, ActionLine.quantity(head[1]), ActionLine.tolerance(head[2]), List.of(), -1, line);
        }
        if (head[0].equals("choice")) {
            if (head.length != 3 || !head[2].startsWith("=")) {
                throw ActionLine.bad("write a choice as 'ask choice up|down =down: prompt' (the options, then = the right one)");
            }
            List<String> options = Arrays.stream(head[1].split("\\|")).map(String::strip).toList();
            if (options.size() < 2 || options.size() > MAX_OPTIONS || options.stream().anyMatch(String::isEmpty)) {
                throw ActionLine.bad("a choice has 2 to " + MAX_OPTIONS + " options separated by |");
            }
            int right = options.indexOf(head[2].substring(1));
            if (right < 0) {
                throw ActionLine.bad("the answer '" + head[2].substring(1) + "' is not one of the options " + options);
            }
            return new Asked(prompt, null, 0, options, right, line);
        }
        throw ActionLine.bad("a question is 'ask number ...' or 'ask choice ...', not 'ask " + head[0] + "'");
    }

    Question question(String explanation) {
        return answer != null ? new Question.Number(prompt, answer, tolerance, explanation)
                : new Question.Choice(prompt, options, choice, explanation);
    }
}
