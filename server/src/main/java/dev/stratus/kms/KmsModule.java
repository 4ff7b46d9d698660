package dev.stratus.kms;

import dev.stratus.kms.api.KmsDispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.port.Keys;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import java.util.Optional;

/**
 * AWS Key Management Service, standing on no other service; it offers the {@link Keys} port that
 * Lambda, Parameter Store and Secrets Manager encrypt with, so it is built before them. Key
 * material is sealed under {@code masterKey}, which the server keeps outside the store.
 */
public final class KmsModule implements ServiceModule {
    private final KmsService kms;

    public KmsModule(Platform platform, MasterKey masterKey) {
        this.kms = new KmsService(platform.store(), platform.clock(), platform.timers(), masterKey);
        platform.ports().offer(Keys.class, kms.port());
    }

    /** The key policy of a key by its ARN, for the policy engine's resource policies of {@code kms}. */
    public Optional<PolicyDocument> keyPolicy(String keyArn) {
        return kms.keyPolicy(keyArn);
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("kms");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new KmsDispatcher(kms);
    }
}
