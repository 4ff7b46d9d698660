package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.stratus.server.Config;
import dev.stratus.server.StratusServer;
import dev.stratus.time.Clock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Parameters (their versions, labels and SecureStrings) and secrets (their versions, labels and a
 * scheduled deletion) survive a restart of Stratus on the same data directory, and still decrypt:
 * KMS's master key is kept there too.
 */
class ParametersAndSecretsRestartIT {

    @Test
    void parametersAndSecretsSurviveARestart() throws Exception {
        Path dir = Files.createTempDirectory("stratus-ssm-restart");
        String secretArn;
        Instant deletion;
        try (StratusServer first = new StratusServer(Config.embedded(dir, null), Clock.SYSTEM).start();
             SsmClient ssm = Clients.ssm(URI.create(first.endpoint()));
             SecretsManagerClient sm = Clients.secretsManager(URI.create(first.endpoint()))) {
            ssm.putParameter(b -> b.name("/kept/plain").value("one").type(ParameterType.STRING));
            ssm.putParameter(b -> b.name("/kept/plain").value("two").overwrite(true));
            ssm.labelParameterVersion(b -> b.name("/kept/plain").parameterVersion(1L).labels("first"));
            ssm.putParameter(b -> b.name("/kept/secure").value("s3cret").type(ParameterType.SECURE_STRING));
            secretArn = sm.createSecret(b -> b.name("kept/secret").secretString("v1")).arn();
            sm.putSecretValue(b -> b.secretId("kept/secret").secretString("v2"));
            sm.createSecret(b -> b.name("kept/doomed").secretString("x"));
            deletion = sm.deleteSecret(b -> b.secretId("kept/doomed").recoveryWindowInDays(7L)).deletionDate();
        }
        try (StratusServer second = new StratusServer(Config.embedded(dir, null), Clock.SYSTEM).start();
             SsmClient ssm = Clients.ssm(URI.create(second.endpoint()));
             SecretsManagerClient sm = Clients.secretsManager(URI.create(second.endpoint()))) {
            assertEquals("two", ssm.getParameter(b -> b.name("/kept/plain")).parameter().value());
            assertEquals("one", ssm.getParameter(b -> b.name("/kept/plain:first")).parameter().value());
            assertEquals("s3cret", ssm.getParameter(b -> b.name("/kept/secure").withDecryption(true)).parameter().value());
            assertEquals("v2", sm.getSecretValue(b -> b.secretId(secretArn)).secretString());
            assertEquals("v1", sm.getSecretValue(b -> b.secretId("kept/secret").versionStage("AWSPREVIOUS")).secretString());
            assertEquals(List.of("AWSCURRENT"), sm.getSecretValue(b -> b.secretId("kept/secret")).versionStages());
            Instant kept = sm.describeSecret(b -> b.secretId("kept/doomed")).deletedDate();
            assertNotNull(kept);
            assertEquals(deletion.toEpochMilli() / 1000, kept.toEpochMilli() / 1000, "the recovery window runs on");
            sm.restoreSecret(b -> b.secretId("kept/doomed"));
            assertEquals("x", sm.getSecretValue(b -> b.secretId("kept/doomed")).secretString());
        }
    }
}
