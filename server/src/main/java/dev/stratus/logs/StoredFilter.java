package dev.stratus.logs;

/**
 * A metric or subscription filter of a log group as stored: its pattern, and its kind's settings as
 * JSON ({@link MetricFilters.Settings} or {@link SubscriptionFilters.Settings}).
 */
record StoredFilter(long groupId, String groupName, String kind, String name, String pattern, String settings, long createdAt) {
    static final String METRIC = "metric";
    static final String SUBSCRIPTION = "subscription";
}
