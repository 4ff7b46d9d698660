package dev.stratus.platform.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;

/**
 * A service's table of what IAM checks for each of its operations, as AWS's service authorization
 * reference lists them: the action ({@code sqs:SendMessage}), the resource's ARN ({@code *} where
 * the operation names none), and the condition keys the request brings (aws:RequestTag/…,
 * aws:TagKeys, service keys). Most operations ask one check; some ask several
 * (ReEncrypt: kms:ReEncryptFrom on one key, kms:ReEncryptTo on another).
 */
@FunctionalInterface
public interface Actions {

    List<Check> of(RequestContext ctx, JsonNode input);

    record Check(String action, String resource, Map<String, List<String>> context) {
        public static Check of(String action, String resource) {
            return new Check(action, resource, Map.of());
        }
    }

    /** Each operation is the action of its name on no named resource: where a service's table does not say more. */
    static Actions named(String prefix) {
        return (ctx, input) -> List.of(Check.of(prefix + ":" + ctx.operation(), "*"));
    }
}
