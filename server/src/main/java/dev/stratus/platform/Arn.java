package dev.stratus.platform;

import java.util.Objects;
import java.util.Optional;

/**
 * An Amazon Resource Name: {@code arn:partition:service:region:account:resource}. Every ARN Stratus
 * hands out is made by {@link #of}, {@link #global} or {@link #accountRoot}, so its partition follows its region as in
 * AWS; every ARN a request names is read by {@link #parse}, each service answering a malformed one
 * with its own AWS error. Region and account may be empty (IAM's and S3's ARNs leave them out); the
 * resource keeps any colons and slashes of its own ({@code function:name:qualifier}, {@code log-group:name:*}).
 */
public record Arn(String partition, String service, String region, String account, String resource) {
    private static final String PREFIX = "arn:";

    public Arn {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(resource, "resource");
    }

    /** A resource's ARN in the partition its region belongs to. */
    public static Arn of(String service, String region, String account, String resource) {
        return new Arn(partitionOf(region), service, region, account, resource);
    }

    /**
     * A resource of a global service (IAM's roles and users: {@code arn:aws:iam::123456789012:role/r}),
     * in the partition of the region it is named in: the ARN itself has no region.
     */
    public static Arn global(String service, String region, String account, String resource) {
        return new Arn(partitionOf(region), service, "", account, resource);
    }

    /** An account as a policy principal ({@code arn:aws:iam::123456789012:root}): IAM's, so {@link #global}. */
    public static Arn accountRoot(String region, String account) {
        return global("iam", region, account, "root");
    }

    /**
     * The partition a region belongs to, by the region-name patterns of AWS's SDKs (partitions.json):
     * every name not of another partition is in {@code aws}, as the SDKs resolve unknown regions.
     */
    public static String partitionOf(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-iso-")) {
            return "aws-iso";
        }
        if (region.startsWith("us-isob-")) {
            return "aws-iso-b";
        }
        if (region.startsWith("eu-isoe-")) {
            return "aws-iso-e";
        }
        if (region.startsWith("us-isof-")) {
            return "aws-iso-f";
        }
        if (region.startsWith("eusc-")) {
            return "aws-eusc";
        }
        return "aws";
    }

    /**
     * The ARN {@code text} spells, or empty when it is none: it must start {@code arn:}, have six
     * parts, and name a partition, a service and a resource.
     */
    public static Optional<Arn> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        // Each part's start, after the colon that ends the one before (0: no such colon), found by hand: every authorized request parses an ARN.
        int partition = PREFIX.length();
        int service = text.indexOf(':', partition) + 1;
        int region = service == 0 ? 0 : text.indexOf(':', service) + 1;
        int account = region == 0 ? 0 : text.indexOf(':', region) + 1;
        int resource = account == 0 ? 0 : text.indexOf(':', account) + 1;
        if (resource == 0 || service - 1 == partition || region - 1 == service || resource == text.length()) {
            return Optional.empty();
        }
        return Optional.of(new Arn(text.substring(partition, service - 1), text.substring(service, region - 1), text.substring(region, account - 1),
                text.substring(account, resource - 1), text.substring(resource)));
    }

    /** Whether {@code text} is an ARN of {@code service}, in any partition. */
    public static boolean isOf(String text, String service) {
        return parse(text).filter(a -> a.service.equals(service)).isPresent();
    }

    /**
     * What follows the resource type and its separator, given together ({@code "function:"},
     * {@code "event-bus/"}): {@code function:f:1} gives {@code f:1}. Empty when the resource is of
     * another type; an empty string when nothing follows.
     */
    public Optional<String> resourceAfter(String typeAndSeparator) {
        return resource.startsWith(typeAndSeparator) ? Optional.of(resource.substring(typeAndSeparator.length())) : Optional.empty();
    }

    @Override
    public String toString() {
        return PREFIX + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
