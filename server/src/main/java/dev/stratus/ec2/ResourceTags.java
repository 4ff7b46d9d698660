package dev.stratus.ec2;

import dev.stratus.ec2.api.Tag;
import dev.stratus.ec2.api.TagDescription;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags on EC2's resources, kept in the platform's tag table under each resource's tag ARN
 * ({@link ResourceType#tagArn}): CreateTags and DeleteTags on any kind of resource by id,
 * TagSpecifications on the operations that create resources, and every resource's tags read in
 * one query for the Describe operations' {@code tag:} filters. Each kind of resource registers
 * how to tell whether one exists, so tagging an unknown id answers that kind's NotFound error.
 */
final class ResourceTags {
    static final TagRules RULES = new TagRules(
            refusal -> new AwsException("InvalidParameterValue", refusal.rule() == TagRules.Rule.RESERVED_KEY
                    ? "Tag keys starting with 'aws:' are reserved for internal use"
                    : "Value (" + refusal.key() + ") for parameter key is invalid. " + refusal.reason()),
            () -> new AwsException("TagLimitExceeded", "The maximum number of Tags for a resource has been reached."),
            null);

    /** Whether a resource of one kind exists in an account and region. */
    interface Exists {
        boolean exists(Tx tx, String account, String region, String id) throws SQLException;
    }

    private final Map<ResourceType, Exists> kinds = new EnumMap<>(ResourceType.class);

    /** Makes a kind of resource taggable by CreateTags and DeleteTags. */
    void register(ResourceType type, Exists exists) {
        kinds.put(type, exists);
    }

    /** Whether the resource {@code id} names exists, as its kind registered how to tell (false for a kind none registered). */
    boolean exists(Tx tx, String account, String region, String id) throws SQLException {
        ResourceType type = ResourceType.ofId(id).orElse(null);
        Exists exists = type == null ? null : kinds.get(type);
        return exists != null && exists.exists(tx, account, region, id);
    }

    /** CreateTags: adds or replaces the tags on every resource named, all or none. */
    void create(Tx tx, String account, String region, List<String> ids, List<Tag> tags) throws SQLException {
        Map<String, String> given = map(tags);
        Tags.check(given, RULES);
        for (String id : existing(tx, account, region, ids)) {
            Tags.put(tx, ResourceType.ofId(id).orElseThrow().tagArn(region, account, id), given, RULES);
        }
    }

    /**
     * DeleteTags: a tag given with a value is deleted only where the resource has that value (an
     * empty value included); one given by key alone whatever its value; no tags at all deletes
     * every tag of the resources but AWS's own.
     */
    void delete(Tx tx, String account, String region, List<String> ids, List<Tag> tags) throws SQLException {
        if (tags != null) {
            for (Tag t : tags) {
                if (t.key() != null && t.key().regionMatches(true, 0, "aws:", 0, 4)) {
                    throw RULES.invalid().apply(new TagRules.Refusal(TagRules.Rule.RESERVED_KEY, t.key(), t.value()));
                }
            }
        }
        for (String id : existing(tx, account, region, ids)) {
            String arn = ResourceType.ofId(id).orElseThrow().tagArn(region, account, id);
            Map<String, String> held = Tags.list(tx, arn);
            List<String> gone = new ArrayList<>();
            if (tags == null || tags.isEmpty()) {
                held.keySet().stream().filter(k -> !k.startsWith("aws:")).forEach(gone::add);
            } else {
                for (Tag t : tags) {
                    if (held.containsKey(t.key()) && (t.value() == null || t.value().equals(held.get(t.key())))) {
                        gone.add(t.key());
                    }
                }
            }
            Tags.remove(tx, arn, gone);
        }
    }

    /** The tags of one resource, by key. */
    Map<String, String> of(Tx tx, String account, String region, String id) throws SQLException {
        return Tags.list(tx, ResourceType.ofId(id).orElseThrow(() -> ResourceType.invalidId(id)).tagArn(region, account, id));
    }

    /** The tags of every resource of a kind that has any, by id: what a Describe operation filters on. */
    Map<String, Map<String, String>> ofKind(Tx tx, String account, String region, ResourceType type) throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        String prefix = type.tagArn(region, account, "");
        for (TagDescription d : rows(tx, prefix)) {
            out.computeIfAbsent(d.resourceId(), k -> new LinkedHashMap<>()).put(d.key(), d.value());
        }
        return out;
    }

    /** The values of the tags named {@code keys} that instances of any account carry, by instance id and key. */
    Map<String, Map<String, String>> ofInstances(Tx tx, List<String> keys) throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String key : keys) {
            PreparedStatement ps = tx.sql("SELECT arn, tag_value FROM resource_tag WHERE tag_key = ?");
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String arn = rs.getString(1);
                    int at = arn.indexOf(":instance/");
                    if (arn.startsWith("arn:") && at > 0 && arn.split(":", 4)[2].equals("ec2")) {
                        out.computeIfAbsent(arn.substring(at + ":instance/".length()), k -> new HashMap<>()).put(key, rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    /** Every tag in the account and region, as DescribeTags lists them (by resource id, then key). */
    List<TagDescription> all(Tx tx, String account, String region) throws SQLException {
        List<TagDescription> out = rows(tx, ResourceType.tagArnPrefix(region, account));
        out.sort((a, b) -> a.resourceId().equals(b.resourceId()) ? a.key().compareTo(b.key()) : a.resourceId().compareTo(b.resourceId()));
        return out;
    }

    /**
     * Refuses, before anything is made, TagSpecifications that name a kind the operation does not
     * create or name one kind twice, or whose tags break the rules.
     */
    static void check(List<TagSpecification> specs, Set<ResourceType> taggable) {
        if (specs == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (TagSpecification s : specs) {
            String name = s.resourceType() == null ? "" : s.resourceType();
            if (ResourceType.named(name).filter(taggable::contains).isEmpty()) {
                throw new AwsException("InvalidParameterValue", "'" + name + "' is not a valid taggable resource type for this operation.");
            }
            if (!seen.add(name)) {
                throw new AwsException("InvalidParameterValue", "The same resource type may not be specified more than once in tag specifications");
            }
            Tags.check(map(s.tags()), RULES);
        }
    }

    /** Tags a resource just made with the TagSpecifications given for its kind; returns them. */
    Map<String, String> specified(Tx tx, String account, String region, ResourceType type, String id, List<TagSpecification> specs)
            throws SQLException {
        Map<String, String> tags = new LinkedHashMap<>();
        if (specs != null) {
            specs.stream().filter(s -> type.typeName().equals(s.resourceType())).forEach(s -> tags.putAll(map(s.tags())));
        }
        Tags.put(tx, type.tagArn(region, account, id), tags, RULES);
        return tags;
    }

    /** Forgets a deleted resource's tags. */
    void forget(Tx tx, String account, String region, String id) throws SQLException {
        Tags.deleteAll(tx, ResourceType.ofId(id).orElseThrow().tagArn(region, account, id));
    }

    /** Tags as EC2's Describe outputs list them ({@code tagSet}), or null when there are none, as EC2 leaves the element out. */
    static List<Tag> tagSet(Map<String, String> tags) {
        if (tags == null || tags.isEmpty()) {
            return null;
        }
        return tags.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList();
    }

    static Map<String, String> map(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> out.put(t.key(), t.value() == null ? "" : t.value()));
        }
        return out;
    }

    /** The ids named, each checked to be a resource of a taggable kind that exists. */
    private List<String> existing(Tx tx, String account, String region, List<String> ids) throws SQLException {
        if (ids == null || ids.isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain the parameter resourceIdSet");
        }
        for (String id : ids) {
            ResourceType type = ResourceType.ofId(id).orElseThrow(() -> ResourceType.invalidId(id));
            Exists exists = kinds.get(type);
            if (exists == null || !exists.exists(tx, account, region, id)) {
                throw type.notFound(id);
            }
        }
        return ids;
    }

    /** The tag rows whose ARN starts with {@code prefix}, as a range an index serves. */
    private static List<TagDescription> rows(Tx tx, String prefix) throws SQLException {
        String end = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        PreparedStatement ps = tx.sql("SELECT arn, tag_key, tag_value FROM resource_tag WHERE arn >= ? AND arn < ?");
        ps.setString(1, prefix);
        ps.setString(2, end);
        List<TagDescription> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String resource = rs.getString(1).substring(rs.getString(1).lastIndexOf(':') + 1);
                int slash = resource.indexOf('/');
                out.add(new TagDescription(rs.getString(2), resource.substring(slash + 1), resource.substring(0, slash), rs.getString(3)));
            }
        }
        return out;
    }
}
