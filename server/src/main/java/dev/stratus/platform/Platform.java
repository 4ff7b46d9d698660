package dev.stratus.platform;

import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.util.function.Supplier;

/**
 * What every service module is built with: the store, the one clock, the durable timers, the job
 * engine for everything owed later, the ports of the modules built before it, the identity step
 * (where a module registers its resource policies and checks calls it makes for a caller), the account and
 * default region Stratus serves, and where Stratus answers (known once it listens; for functions
 * and the URLs services hand out).
 */
public record Platform(Store store, Clock clock, Timers timers, Jobs jobs, Ports ports, AccessControl access, String region, String account,
                       Supplier<String> endpoint) {
}
