package dev.stratus.lambda;

/** Lambda's list markers for lists kept whole in memory: the index of the next item. */
final class Paging {
    private Paging() {
    }

    static int index(String marker) {
        try {
            return Math.max(0, Integer.parseInt(marker));
        } catch (NumberFormatException e) {
            throw FunctionRules.invalid("Invalid marker: " + marker);
        }
    }
}
