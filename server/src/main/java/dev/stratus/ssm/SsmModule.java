package dev.stratus.ssm;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.port.Keys;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.ssm.api.SsmDispatcher;

/** AWS Systems Manager, its Parameter Store only: SecureStrings are encrypted through KMS's {@link Keys} port. */
public final class SsmModule implements ServiceModule {
    private final SsmService ssm;

    public SsmModule(Platform platform) {
        this.ssm = new SsmService(platform.store(), platform.clock(), platform.timers(),
                new SecureStrings(platform.ports().get(Keys.class)));
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("ssm");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new SsmDispatcher(ssm);
    }

    @Override
    public Actions actions() {
        return new SsmActions();
    }
}
