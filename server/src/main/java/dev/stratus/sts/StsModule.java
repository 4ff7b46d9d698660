package dev.stratus.sts;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.Identities;
import dev.stratus.platform.port.RoleSessions;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.sts.api.StsDispatcher;
import java.time.Instant;
import java.util.List;

/**
 * AWS Security Token Service, global as IAM is; stands on IAM's {@link Identities} and offers
 * {@link RoleSessions} to the services that act as roles (Lambda). Expired sessions are swept
 * every hour, half a day after they expire: until then they answer {@code ExpiredToken}.
 */
public final class StsModule implements ServiceModule {
    static final String SWEEP_TIMER = "sts.expired";
    static final long SWEEP_INTERVAL_MS = 3_600_000L;
    static final long KEEP_EXPIRED_MS = 12 * 3_600_000L;

    private final StsService sts;

    public StsModule(Platform platform) {
        Identities identities = platform.ports().get(Identities.class);
        Sessions sessions = new Sessions(platform.store(), platform.clock(), platform.access().credentials(), identities);
        this.sts = new StsService(sessions, platform.access(), identities);
        platform.ports().offer(RoleSessions.class, sessions);
        platform.timers().on(SWEEP_TIMER, (tx, payload) -> {
            long now = platform.clock().millis();
            platform.access().credentials().deleteExpired(tx, Instant.ofEpochMilli(now - KEEP_EXPIRED_MS));
            platform.timers().schedule(tx, SWEEP_TIMER, now + SWEEP_INTERVAL_MS, "");
        });
        platform.timers().ensure(SWEEP_TIMER, platform.clock().millis() + SWEEP_INTERVAL_MS, "");
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("sts");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new StsDispatcher(sts);
    }

    /**
     * As the service authorization reference lists STS. GetCallerIdentity needs no permission.
     * AssumeRole (sts:AssumeRole on the role, with TagSession and SetSourceIdentity when the request
     * sets them) is decided by STS itself, with the role's trust policy as the resource policy: a
     * caller the trust policy names needs no identity-based policy of its own.
     */
    @Override
    public Actions actions() {
        return (ctx, input) -> switch (ctx.operation()) {
            case "GetCallerIdentity", "AssumeRole" -> List.of();
            default -> List.of(Actions.Check.of("sts:" + ctx.operation(), "*"));
        };
    }

    /** STS answers a refusal with the query code AccessDenied. */
    @Override
    public Refusal refusal() {
        return Refusal.ACCESS_DENIED;
    }
}
