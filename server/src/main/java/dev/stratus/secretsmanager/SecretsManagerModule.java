package dev.stratus.secretsmanager;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.port.Functions;
import dev.stratus.platform.port.Keys;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.secretsmanager.api.SecretsManagerDispatcher;

/**
 * AWS Secrets Manager: values encrypted through KMS's {@link Keys}, rotation functions run through
 * Lambda's {@link Functions}; each secret's resource policy is the identity step's for its ARN.
 */
public final class SecretsManagerModule implements ServiceModule {
    private final SecretsManagerService secrets;

    public SecretsManagerModule(Platform platform) {
        this.secrets = new SecretsManagerService(platform.store(), platform.clock(), platform.timers(), platform.jobs(),
                new SecretValues(platform.ports().get(Keys.class)), platform.ports().get(Functions.class));
        platform.access().resourcePolicies("secretsmanager", secrets::policyOf);
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("secretsmanager");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new SecretsManagerDispatcher(secrets);
    }

    @Override
    public Actions actions() {
        return new SecretsActions(secrets);
    }
}
