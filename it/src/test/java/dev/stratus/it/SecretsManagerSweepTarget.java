package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.call;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.secretsmanager.SecretsManagerService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of Secrets Manager (json 1.1), aimed at the secret {@code sweep/secret} (restored
 * after DeleteSecret schedules it, made again after a forced deletion), with policies it takes and
 * ones it refuses; replication answers 501.
 */
final class SecretsManagerSweepTarget {
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:root\"},\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}";

    private SecretsManagerSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("secretsmanager");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=SecretId", List.of("sweep/secret", "sweep/secret", "sweep/secret", "arn:aws:secretsmanager:us-east-1:000000000000:secret:sweep/secret"));
        known.put("=SecretIdList", List.of("sweep/secret", "sweep/none"));
        known.put("=Name", List.of("sweep/secret", "sweep/other"));
        known.put("=ResourcePolicy", List.of(POLICY, POLICY, "{not json"));
        known.put("=KmsKeyId", Arrays.asList(null, null, null, "alias/aws/secretsmanager"));
        known.put("=VersionStage", List.of("AWSCURRENT", "AWSPREVIOUS", "custom"));
        known.put("=VersionStages", List.of("AWSCURRENT", "custom"));
        known.put("=RecoveryWindowInDays", Arrays.asList(null, null, "7", "30"));
        known.put("=ForceDeleteWithoutRecovery", Arrays.asList(null, null, null, "true"));
        known.put("=RotationLambdaARN", List.of("arn:aws:lambda:us-east-1:000000000000:function:sweep-none"));
        known.put("=ScheduleExpression", Arrays.asList(null, "rate(10 days)", "cron(0 12 * * ? *)"));
        known.put("=AddReplicaRegions", Arrays.asList((String) null));
        Target[] t = new Target[1];
        t[0] = new Target(model, CONTENT_TYPE, SecretsManagerService.class,
                Set.of("ValidationException", "SerializationException", "AccessDeniedException"), known,
                Set.of("DeleteSecret"), REQUESTS_PER_OPERATION,
                () -> {
                    // Restored when scheduled for deletion, made again when gone: either answer will do.
                    call(t[0], "RestoreSecret", "{\"SecretId\":\"sweep/secret\"}");
                    var r = call(t[0], "CreateSecret", "{\"Name\":\"sweep/secret\",\"SecretString\":\"v\"}");
                    assertTrue(r.statusCode() == 200 || r.body().contains("ResourceExistsException"), r.body());
                });
        return t[0];
    }
}
