package dev.stratus.platform;

import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.HttpResponse;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import java.util.Map;
import java.util.function.Function;

/**
 * One AWS service as Stratus assembles it. A module's class is the one place that says what the
 * service brings: it is built with the {@link Platform} (where its migrations run, its timer kinds
 * and delivery destinations are registered, and the ports it offers other services are put), and
 * it hands the gateway its model and dispatcher. The server answers, and {@code /_stratus/health}
 * reports, exactly the modules it assembled.
 *
 * <p>Lifecycle: built (state and ports ready; nothing runs) → started, once the HTTP port is
 * known, since functions are told where Stratus answers → stopped, before the timers and the
 * store close.
 */
public interface ServiceModule {

    /** The service's model; its id names the service in {@code /_stratus/health}. */
    ServiceModel model();

    /** What calls the service's operations with their parsed input. */
    ServiceDispatcher dispatcher();

    /** What IAM checks for each operation; by default the operation's name as the action, on no named resource. */
    default Actions actions() {
        return Actions.named(model().signingName());
    }

    /** How the service answers a request IAM refuses. */
    default Refusal refusal() {
        return Refusal.ACCESS_DENIED_EXCEPTION;
    }

    /** Starts what runs in the background (pollers). */
    default void start() {
    }

    /** Stops what {@link #start()} started and releases what the module holds. */
    default void stop() {
    }

    /** The clock jumped (a test moved it): whatever waits on it looks again now. */
    default void clockMoved() {
    }

    /** Facts the module adds to {@code /_stratus/health}, beside the services. */
    default Map<String, Object> health() {
        return Map.of();
    }

    /** Stratus's own endpoints the module answers, by path under {@code /_stratus/} (such as SNS's email outbox). */
    default Map<String, Function<HttpRequest, HttpResponse>> endpoints() {
        return Map.of();
    }
}
