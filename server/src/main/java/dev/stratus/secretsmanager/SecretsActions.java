package dev.stratus.secretsmanager;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for Secrets Manager's operations, as the service authorization reference lists
 * them: each action on the ARN of the secret the request names (resolved from a name or partial
 * ARN; a secret not there yet by its name), with {@code secretsmanager:SecretId},
 * {@code secretsmanager:ResourceTag/…} from its tags, and the keys the request brings
 * ({@code aws:RequestTag/…}, {@code aws:TagKeys}, {@code secretsmanager:Name}, {@code Description},
 * {@code KmsKeyId}, {@code VersionId}, {@code VersionStage}, {@code RotationLambdaARN},
 * {@code BlockPublicPolicy}). GetRandomPassword, ListSecrets and BatchGetSecretValue name no secret.
 */
final class SecretsActions implements Actions {
    private final SecretsManagerService service;

    SecretsActions(SecretsManagerService service) {
        this.service = service;
    }

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = "secretsmanager:" + ctx.operation();
        if (List.of("GetRandomPassword", "ListSecrets", "BatchGetSecretValue").contains(ctx.operation())
                || ctx.operation().equals("ValidateResourcePolicy") && !input.has("SecretId")) {
            return List.of(Check.of(action, "*"));
        }
        Map<String, List<String>> context = new LinkedHashMap<>();
        String arn;
        if (ctx.operation().equals("CreateSecret")) {
            String name = input.path("Name").asText();
            arn = Arn.of("secretsmanager", ctx.region(), ctx.accountId(), "secret:" + name).toString();
            context.put("secretsmanager:Name", List.of(name));
        } else {
            String id = input.path("SecretId").asText();
            String found = service.arnOf(ctx.accountId(), ctx.region(), id);
            arn = found != null ? found : id.startsWith("arn:") ? id : Arn.of("secretsmanager", ctx.region(), ctx.accountId(), "secret:" + id).toString();
            context.put("secretsmanager:SecretId", List.of(arn));
            if (found != null) {
                service.tagsOf(found).forEach((k, v) -> context.put("secretsmanager:ResourceTag/" + k, List.of(v)));
            }
        }
        text(input, "Description", "secretsmanager:Description", context);
        text(input, "KmsKeyId", "secretsmanager:KmsKeyId", context);
        text(input, "VersionId", "secretsmanager:VersionId", context);
        text(input, "VersionStage", "secretsmanager:VersionStage", context);
        text(input, "RotationLambdaARN", "secretsmanager:RotationLambdaARN", context);
        if (input.has("BlockPublicPolicy")) {
            context.put("secretsmanager:BlockPublicPolicy", List.of(input.path("BlockPublicPolicy").asText()));
        }
        List<String> keys = new ArrayList<>();
        input.path("Tags").forEach(t -> {
            keys.add(t.path("Key").asText());
            context.put("aws:RequestTag/" + t.path("Key").asText(), List.of(t.path("Value").asText()));
        });
        input.path("TagKeys").forEach(k -> keys.add(k.asText()));
        if (!keys.isEmpty()) {
            context.put("aws:TagKeys", keys);
        }
        return List.of(new Check(action, arn, context));
    }

    private static void text(JsonNode input, String member, String key, Map<String, List<String>> context) {
        if (input.hasNonNull(member)) {
            context.put(key, List.of(input.path(member).asText()));
        }
    }
}
