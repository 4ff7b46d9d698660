package dev.stratus.iam;

import dev.stratus.iam.api.IamDispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.Identities;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;

/**
 * AWS Identity and Access Management: global (one set of users, groups, roles and policies per
 * account, whatever the region), standing on no other service. It keeps its access keys in the
 * platform's credential table and offers the identity step its users and roles ({@link Identities}).
 */
public final class IamModule implements ServiceModule {
    private final IamService iam;

    public IamModule(Platform platform) {
        this.iam = new IamService(platform.store(), platform.clock(), platform.account(), platform.access().credentials());
        platform.ports().offer(Identities.class, iam.identities());
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("iam");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new IamDispatcher(iam);
    }

    @Override
    public Actions actions() {
        return iam.actions();
    }

    /** IAM answers a refusal with the query code AccessDenied. */
    @Override
    public Refusal refusal() {
        return Refusal.ACCESS_DENIED;
    }
}
