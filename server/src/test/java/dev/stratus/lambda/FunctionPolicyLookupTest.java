package dev.stratus.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.Tags;
import dev.stratus.store.SqliteStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** IAM reads a function's resource policy by ARN: each qualifier has its own, kept in memory until one changes. */
class FunctionPolicyLookupTest {
    static final String FN = "arn:aws:lambda:us-east-1:000000000000:function:fn";

    @Test
    void theUnqualifiedArnNamesTheFunctionsPolicyAndAQualifiedOneItsQualifiers() {
        LambdaRepository.FunctionKey f = new LambdaRepository.FunctionKey("000000000000", "us-east-1", "fn");
        try (SqliteStore store = SqliteStore.inMemory()) {
            Tags.migrate(store);
            store.migrate("lambda", LambdaRepository.MIGRATIONS);
            LambdaRepository repo = new LambdaRepository();
            Policies policies = new Policies(store, repo);
            store.write(tx -> {
                repo.putSetting(tx, f, "policy", "", "{\"Id\":\"function\"}");
                return null;
            });
            assertEquals(Optional.of("{\"Id\":\"function\"}"), policies.ofArn(FN).map(PolicyDocument::toJson));
            assertEquals(Optional.empty(), policies.ofArn(FN + ":prod"));

            store.write(tx -> {
                repo.putSetting(tx, f, "policy", "prod", "{\"Id\":\"prod\"}");
                return null;
            });
            assertEquals(Optional.empty(), policies.ofArn(FN + ":prod"), "kept in memory until a change is announced");
            store.write(tx -> {
                policies.changed(tx);
                return null;
            });
            assertEquals(Optional.of("{\"Id\":\"prod\"}"), policies.ofArn(FN + ":prod").map(PolicyDocument::toJson));
            assertEquals(Optional.of("{\"Id\":\"function\"}"), policies.ofArn(FN).map(PolicyDocument::toJson));

            for (String odd : new String[] {"arn:aws:lambda:us-east-1:000000000000:layer:l:1", FN + ":a:b", "function:fn", "arn:aws:sqs:us-east-1:1:q"}) {
                assertEquals(Optional.empty(), policies.ofArn(odd), odd);
            }
        }
    }
}
