package dev.stratus.iam;

import dev.stratus.iam.api.IamDispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.port.Identities;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;

/** AWS Identity and Access Management: global (one set of roles per account, whatever the region), standing on no other service. */
public final class IamModule implements ServiceModule {
    private final IamService iam;

    public IamModule(Platform platform) {
        this.iam = new IamService(platform.store(), platform.clock(), platform.account());
        platform.ports().offer(Identities.class, new InterimIdentities(platform.store(), platform.account()));
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("iam");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new IamDispatcher(iam);
    }
}
