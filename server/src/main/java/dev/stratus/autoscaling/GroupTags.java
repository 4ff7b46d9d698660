package dev.stratus.autoscaling;

import dev.stratus.autoscaling.api.Filter;
import dev.stratus.autoscaling.api.Tag;
import dev.stratus.autoscaling.api.TagDescription;
import dev.stratus.protocol.AwsException;
import java.util.ArrayList;
import java.util.List;

/**
 * A group's tags: each with PropagateAtLaunch (copied onto the instances it launches), at most 50,
 * keys not starting with {@code aws:}; and DescribeTags' filters (auto-scaling-group, key, value,
 * propagate-at-launch: values of one filter are ORed, filters ANDed).
 */
final class GroupTags {
    static final int MAX = 50;

    private GroupTags() {
    }

    /** The group's tags with {@code tags} created or replaced. */
    static List<TagDescription> put(Group g, List<Tag> tags) {
        List<TagDescription> out = new ArrayList<>(g.tags);
        for (Tag t : tags) {
            check(t);
            out.removeIf(d -> d.key().equals(t.key()));
            out.add(new TagDescription(g.name, "auto-scaling-group", t.key(), t.value() == null ? "" : t.value(), Boolean.TRUE.equals(t.propagateAtLaunch())));
        }
        if (out.size() > MAX) {
            throw new AwsException("LimitExceededFault", "The number of tags exceeds the limit of " + MAX + " for this resource.");
        }
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }

    /** The group's tags without those named (by key, and by value when one is given). */
    static List<TagDescription> delete(Group g, List<Tag> tags) {
        List<TagDescription> out = new ArrayList<>(g.tags);
        for (Tag t : tags) {
            out.removeIf(d -> d.key().equals(t.key()) && (t.value() == null || t.value().equals(d.value())));
        }
        return out;
    }

    static void check(Tag t) {
        if (t.resourceType() != null && !t.resourceType().equals("auto-scaling-group")) {
            throw new AwsException("ValidationError", "Invalid resource type: " + t.resourceType() + ". The only valid value is auto-scaling-group.");
        }
        if (t.key() == null || t.key().isEmpty()) {
            throw new AwsException("ValidationError", "Tag key must be specified.");
        }
        if (t.key().startsWith("aws:")) {
            throw new AwsException("ValidationError", "Tag keys starting with 'aws:' are reserved for internal use");
        }
    }

    /** Whether the tag passes every filter of DescribeTags. */
    static boolean matches(TagDescription t, List<Filter> filters) {
        for (Filter f : filters) {
            List<String> values = f.values() == null ? List.of() : f.values();
            String actual = switch (f.name() == null ? "" : f.name()) {
                case "auto-scaling-group" -> t.resourceId();
                case "key" -> t.key();
                case "value" -> t.value();
                case "propagate-at-launch" -> String.valueOf(t.propagateAtLaunch());
                default -> throw new AwsException("ValidationError", "Filter type " + f.name() + " is not correct. Allowed Filter types are: "
                        + "auto-scaling-group key value propagate-at-launch");
            };
            if (!values.contains(actual)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the group passes every filter of DescribeAutoScalingGroups (tag-key, tag-value, tag:&lt;key&gt;). */
    static boolean groupMatches(Group g, List<Filter> filters) {
        for (Filter f : filters) {
            List<String> values = f.values() == null ? List.of() : f.values();
            String name = f.name() == null ? "" : f.name();
            boolean ok;
            if (name.equals("tag-key")) {
                ok = g.tags.stream().anyMatch(t -> values.contains(t.key()));
            } else if (name.equals("tag-value")) {
                ok = g.tags.stream().anyMatch(t -> values.contains(t.value()));
            } else if (name.startsWith("tag:")) {
                String key = name.substring(4);
                ok = g.tags.stream().anyMatch(t -> t.key().equals(key) && values.contains(t.value()));
            } else {
                throw new AwsException("ValidationError", "Filter type " + name + " is not correct. Allowed Filter types are: tag-key tag-value tag:<key>");
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
