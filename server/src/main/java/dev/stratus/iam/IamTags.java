package dev.stratus.iam;

import static dev.stratus.iam.IamRules.keysLike;
import static dev.stratus.iam.IamRules.tagList;

import dev.stratus.iam.api.Tag;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The tags of IAM's users, roles, policies and instance profiles, by ARN: keys are unique regardless of case, as IAM's are. */
final class IamTags {
    private IamTags() {
    }

    /** Adds tags (already checked with {@link IamRules#tagMap}); a key given in another case replaces the one the entity has. */
    static void tag(Tx tx, String arn, Map<String, String> given) throws SQLException {
        Tags.remove(tx, arn, keysLike(Tags.list(tx, arn).keySet(), given.keySet()));
        Tags.put(tx, arn, given, IamRules.TAG_RULES);
    }

    /** Removes the tags with these keys, in any case; keys the entity does not have are no error. */
    static void untag(Tx tx, String arn, Collection<String> keys) throws SQLException {
        Tags.remove(tx, arn, keysLike(Tags.list(tx, arn).keySet(), keys));
    }

    /** Moves an entity's tags to its new ARN (a user or group renamed or moved). */
    static void move(Tx tx, String from, String to) throws SQLException {
        if (from.equals(to)) {
            return;
        }
        Map<String, String> tags = Tags.list(tx, from);
        Tags.deleteAll(tx, from);
        Tags.put(tx, to, tags, IamRules.TAG_RULES);
    }

    /** One page of an entity's tags, by key. */
    static Paging.Page<Tag> page(Map<String, String> tags, String marker, Integer maxItems, String operation, String entity) {
        List<Tag> all = tagList(tags);
        return IamRules.page(all, Tag::key, marker, maxItems, operation, entity);
    }
}
