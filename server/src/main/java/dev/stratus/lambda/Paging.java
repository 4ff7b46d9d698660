package dev.stratus.lambda;

import java.util.List;

/** Lambda's list markers for lists kept whole in memory: the index of the next item. */
final class Paging {
    private Paging() {
    }

    /** One page of a list: its items and the marker of the next page, null at the end. */
    record Page<T>(List<T> items, String next) {
    }

    static <T> Page<T> of(List<T> all, String marker, Integer maxItems, int defaultMax) {
        int start = marker == null ? 0 : index(marker);
        int max = maxItems == null ? defaultMax : maxItems;
        return new Page<>(all.subList(Math.min(start, all.size()), Math.min(all.size(), start + max)),
                start + max < all.size() ? Integer.toString(start + max) : null);
    }

    private static int index(String marker) {
        try {
            return Math.max(0, Integer.parseInt(marker));
        } catch (NumberFormatException e) {
            throw FunctionRules.invalid("Invalid marker: " + marker);
        }
    }
}
