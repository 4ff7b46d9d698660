package dev.stratus.logs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Filter patterns compiled once and kept, as every ingested batch applies a group's filters again. */
final class PatternCache {
    private static final int MAX = 1024;
    private final Map<String, FilterPattern> compiled = new ConcurrentHashMap<>();

    FilterPattern get(String pattern) {
        String key = pattern == null ? "" : pattern;
        FilterPattern p = compiled.get(key);
        if (p == null) {
            p = FilterPattern.parse(key);
            if (compiled.size() >= MAX) {
                compiled.clear();
            }
            compiled.put(key, p);
        }
        return p;
    }
}
