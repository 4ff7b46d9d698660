package dev.stratus.sns;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.Metrics;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.HttpResponse;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.sns.api.SnsDispatcher;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Amazon SNS: topics and subscriptions, delivering through the job engine; emails land in a local outbox. */
public final class SnsModule implements ServiceModule {
    private final SnsService sns;

    public SnsModule(Platform platform) {
        this.sns = new SnsService(platform.store(), platform.clock(), platform.timers(), platform.jobs(), platform.endpoint(),
                platform.ports().get(Metrics.class));
        platform.access().resourcePolicies("sns", sns::topicPolicy);
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("sns");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new SnsDispatcher(sns);
    }

    @Override
    public Actions actions() {
        return SnsActions.table();
    }

    /** SNS refuses with AuthorizationError, and writes the service in capitals ("SNS:Publish"). */
    @Override
    public Refusal refusal() {
        return new Refusal("AuthorizationErrorException", 403, a -> "SNS" + a.substring(a.indexOf(':')));
    }

    @Override
    public Map<String, Function<HttpRequest, HttpResponse>> endpoints() {
        return Map.of("sns/emails", this::emails);
    }

    /**
     * SNS's local email outbox, as there is no mail server: GET lists the emails (oldest first),
     * DELETE empties it; {@code ?address=} narrows either to one recipient.
     */
    private HttpResponse emails(HttpRequest request) {
        List<String> address = request.query().get("address");
        String to = address == null ? null : address.getFirst();
        return switch (request.method()) {
            case "GET" -> HttpResponse.of(200, "application/json", Json.bytes(Map.of("Emails", sns.emails(to))));
            case "DELETE" -> HttpResponse.of(200, "application/json", Json.bytes(Map.of("Deleted", sns.clearEmails(to))));
            default -> HttpResponse.text(405, "application/json", "{\"message\":\"Use GET or DELETE on /_stratus/sns/emails\"}");
        };
    }
}
