package dev.stratus.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.iam.PolicyRepository.StoredVersion;
import dev.stratus.protocol.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS managed policies Stratus knows (resources/iam/aws-managed-policies.json): their names,
 * paths, default versions and documents as AWS publishes them in its managed policy reference,
 * a few (marked {@code reduced}) cut to the services Stratus has. They exist in every account,
 * under {@code arn:PARTITION:iam::aws:policy/PATH/NAME}; they can be attached and read, not changed.
 */
final class AwsManagedPolicies {
    static final String ACCOUNT = "aws";
    private static final String RESOURCE = "/iam/aws-managed-policies.json";

    /** One AWS managed policy: as a stored policy of the account {@code aws} (in the aws partition), and its default version. */
    record AwsPolicy(StoredPolicy policy, StoredVersion version) {
    }

    /** By the part of the ARN after {@code iam::aws:}: {@code policy/service-role/AWSLambdaBasicExecutionRole}. */
    private final Map<String, AwsPolicy> byResource = new LinkedHashMap<>();

    AwsManagedPolicies() {
        JsonNode all;
        try (InputStream in = AwsManagedPolicies.class.getResourceAsStream(RESOURCE)) {
            all = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("AWS managed policies are part of the server's resources", e);
        }
        for (JsonNode p : all) {
            String resource = "policy" + p.get("path").asText() + p.get("name").asText();
            String arn = "arn:aws:iam::" + ACCOUNT + ":" + resource;
            long created = Instant.parse(p.get("created").asText()).toEpochMilli();
            long updated = Instant.parse(p.get("updated").asText()).toEpochMilli();
            String version = p.get("version").asText();
            byResource.put(resource, new AwsPolicy(
                    new StoredPolicy(ACCOUNT, p.get("name").asText(), p.get("path").asText(), p.get("id").asText(), arn,
                            p.get("description").asText(), version, 0, created, updated),
                    new StoredVersion(arn, version, Json.string(p.get("document")), updated)));
        }
    }

    /** The AWS managed policy with this ARN, in any partition. */
    Optional<AwsPolicy> find(String arn) {
        String prefix = ":iam::" + ACCOUNT + ":";
        int at = arn == null || !arn.startsWith("arn:") ? -1 : arn.indexOf(prefix);
        return at < 0 ? Optional.empty() : Optional.ofNullable(byResource.get(arn.substring(at + prefix.length())));
    }

    List<AwsPolicy> all() {
        return new ArrayList<>(byResource.values());
    }
}
