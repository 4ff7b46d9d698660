package dev.stratus.iam;

import dev.stratus.iam.api.Tag;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/** What every IAM operation shares: IAM's errors in its words, its ids and dates, its tags, its paging and its policy checks. */
final class IamRules {
    static final int DEFAULT_MAX_ITEMS = 100;
    /** IAM's quota on a trust policy (ACLSizePerRole): its characters, whitespace not counted. */
    static final int TRUST_POLICY_QUOTA = 2048;
    /** IAM answers tags that break the common rules InvalidInput, and a 51st tag LimitExceeded; its model checks the characters. */
    static final TagRules TAG_RULES = new TagRules(r -> invalidInput(r.reason()),
            () -> limitExceeded("Cannot exceed quota for TagsPerRole: " + Tags.MAX_PER_RESOURCE + "."), null);
    /** The characters of IAM's unique ids after their prefix, as AWS's look (base32: letters and 2–7). */
    private static final String ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private IamRules() {
    }

    // Errors

    static AwsException noSuchEntity(String message) {
        return new AwsException("NoSuchEntityException", message);
    }

    static AwsException alreadyExists(String message) {
        return new AwsException("EntityAlreadyExistsException", message);
    }

    static AwsException deleteConflict(String message) {
        return new AwsException("DeleteConflictException", message);
    }

    static AwsException limitExceeded(String message) {
        return new AwsException("LimitExceededException", message);
    }

    static AwsException invalidInput(String message) {
        return new AwsException("InvalidInputException", message);
    }

    static AwsException malformed(String message) {
        return new AwsException("MalformedPolicyDocumentException", message);
    }

    static AwsException invalidMarker(String marker) {
        return new AwsException("ValidationError", "Invalid Marker.");
    }

    // Policies

    /** A trust policy in IAM's grammar and within its quota, else IAM's error. */
    static void checkTrustPolicy(String document) {
        try {
            PolicyDocument.parseTrust(document);
        } catch (PolicyDocument.Malformed e) {
            throw malformed(e.getMessage());
        }
        if (size(document) > TRUST_POLICY_QUOTA) {
            throw limitExceeded("Cannot exceed quota for ACLSizePerRole: " + TRUST_POLICY_QUOTA);
        }
    }

    /** An identity-based policy (inline, managed, a boundary) in IAM's grammar, else IAM's MalformedPolicyDocument in its words. */
    static PolicyDocument checkIdentityPolicy(String document) {
        try {
            return PolicyDocument.parseIdentity(document);
        } catch (PolicyDocument.Malformed e) {
            throw malformed(e.getMessage());
        }
    }

    /** A policy's size as IAM's quotas count it: its characters, whitespace not counted. */
    static long size(String document) {
        return document.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    /** A permissions boundary names a managed policy: {@code arn:aws:iam::ACCOUNT:policy/…}, or AWS's own ({@code arn:aws:iam::aws:policy/…}). */
    static String checkPolicyArn(String arn) {
        if (arn == null) {
            return null;
        }
        boolean policy = Arn.parse(arn).filter(a -> a.service().equals("iam") && a.region().isEmpty()
                && (a.account().equals("aws") || a.account().matches("\\d{12}")) && a.resource().startsWith("policy/")).isPresent();
        if (!policy) {
            throw invalidInput("ARN " + arn + " is not valid.");
        }
        return arn;
    }

    /**
     * A policy document as IAM answers it: URL-encoded (boto3 and the AWS CLI decode it, the Java SDK
     * hands it over as it came). Spaces as %20, which every decoder reads.
     */
    static String encoded(String document) {
        return document == null ? null : URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // Tags: keys are unique regardless of case, as IAM's are

    /** Tags as given, by key; a key given twice, in any case, is refused, as IAM refuses it. */
    static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Tag t : tags) {
            if (!seen.add(t.key().toLowerCase(Locale.ROOT))) {
                throw invalidInput("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
            out.put(t.key(), t.value());
        }
        Tags.check(out, TAG_RULES);
        return out;
    }

    /** The keys among {@code have} that equal one of {@code given} regardless of case. */
    static List<String> keysLike(Collection<String> have, Collection<String> given) {
        Set<String> wanted = new HashSet<>();
        given.forEach(k -> wanted.add(k.toLowerCase(Locale.ROOT)));
        return have.stream().filter(k -> wanted.contains(k.toLowerCase(Locale.ROOT))).toList();
    }

    static List<Tag> tagList(Map<String, String> tags) {
        List<Tag> out = new ArrayList<>();
        tags.forEach((k, v) -> out.add(new Tag(k, v)));
        return out;
    }

    /** Tags as IAM answers them on an entity: left out when there are none. */
    static List<Tag> tagsOrNull(Map<String, String> tags) {
        return tags.isEmpty() ? null : tagList(tags);
    }

    // Paging

    /**
     * One page of {@code items} in the order of {@code key} (lower-case names, as IAM lists them),
     * after {@code marker}: at most MaxItems (100 when not given). The marker is good only for the
     * listing {@code scope} names (the operation and what it lists).
     */
    static <T> Paging.Page<T> page(List<T> items, Function<T, String> key, String marker, Integer maxItems, Object... scope) {
        List<T> sorted = items.stream().sorted(Comparator.comparing(key)).toList();
        return Paging.Listing.of(IamRules::invalidMarker, scope).after(sorted, key, marker, maxItems == null ? DEFAULT_MAX_ITEMS : maxItems);
    }

    // Ids and dates

    /** A new unique id: its type's prefix (AIDA user, AGPA group, AROA role, ANPA policy, AIPA instance profile) and 17 characters. */
    static String newId(String prefix) {
        return prefix + random(21 - prefix.length());
    }

    /** {@code n} characters of IAM's id alphabet. */
    static String random(int n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder s = new StringBuilder(n);
        while (s.length() < n) {
            s.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        }
        return s.toString();
    }

    /** IAM's dates are whole seconds. */
    static long wholeSeconds(long millis) {
        return millis - Math.floorMod(millis, 1000L);
    }
}
