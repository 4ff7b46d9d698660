package dev.stratus.logs;

import dev.stratus.logs.api.LogsDispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.port.LogSink;
import dev.stratus.platform.port.Metrics;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * Amazon CloudWatch Logs: offers other services the {@link LogSink} port; takes CloudWatch's
 * {@link Metrics} for its metric filters and delivers subscriptions as jobs to Lambda's destination.
 */
public final class LogsModule implements ServiceModule {
    private final LogsService logs;

    public LogsModule(Platform platform) {
        this.logs = new LogsService(platform.store(), platform.clock(), platform.timers(), platform.ports().get(Metrics.class), platform.jobs(),
                (caller, function, source, account) -> platform.access().check(caller, "lambda:InvokeFunction", function,
                        Map.of("aws:SourceArn", List.of(source), "aws:SourceAccount", List.of(account))));
        platform.ports().offer(LogSink.class, logs);
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("logs");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new LogsDispatcher(logs);
    }

    @Override
    public Actions actions() {
        return LogsActions.table();
    }
}
