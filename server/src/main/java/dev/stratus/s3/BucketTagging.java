package dev.stratus.s3;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.s3.api.GetBucketTaggingOutput;
import dev.stratus.s3.api.PutBucketTaggingRequest;
import dev.stratus.s3.api.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A bucket's tags (PutBucketTagging replaces them all), with S3's limits: 50 tags, keys of 1-128 characters, values of at most 256. */
final class BucketTagging {
    static final String MEMBER = "Tagging";
    private static final int MAX_TAGS = 50;
    private final BucketSettings settings;

    BucketTagging(BucketSettings settings) {
        this.settings = settings;
    }

    void put(PutBucketTaggingRequest in) {
        settings.bucket(in.bucket());
        if (in.tagging() == null || in.tagging().tagSet() == null) {
            throw BucketSettings.malformedXml();
        }
        check(in.tagging().tagSet());
        settings.put(in.bucket(), MEMBER, in.tagging());
    }

    GetBucketTaggingOutput get(String bucket) {
        return Json.MAPPER.convertValue(settings.get(bucket, MEMBER, () -> BucketSettings.notFound("NoSuchTagSet", "The TagSet does not exist",
                bucket)), GetBucketTaggingOutput.class);
    }

    void delete(String bucket) {
        settings.delete(bucket, MEMBER);
    }

    /** S3's checks of a tag set, in the order S3 makes them. */
    static void check(List<Tag> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new AwsException("InvalidTag", "Bucket tag count cannot be greater than " + MAX_TAGS);
        }
        Set<String> keys = new HashSet<>();
        for (Tag t : tags) {
            String key = t.key() == null ? "" : t.key();
            if (key.isEmpty() || key.length() > 128 || key.regionMatches(true, 0, "aws:", 0, 4)) {
                throw new AwsException("InvalidTag", "The TagKey you have provided is invalid").with("TagKey", key);
            }
            if (t.value() != null && t.value().length() > 256) {
                throw new AwsException("InvalidTag", "The TagValue you have provided is invalid").with("TagKey", key).with("TagValue", t.value());
            }
            if (!keys.add(key)) {
                throw new AwsException("InvalidTag", "Cannot provide multiple Tags with the same key").with("TagKey", key);
            }
        }
    }
}
