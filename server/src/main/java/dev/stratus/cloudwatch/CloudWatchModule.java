package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.api.CloudWatchDispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.port.Metrics;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Amazon CloudWatch: metrics, alarms and dashboards. It is built before the services that publish
 * metrics, since it offers them the {@link Metrics} port; what it stores is flushed every few
 * seconds and on each {@link MinuteTick}.
 */
public final class CloudWatchModule implements ServiceModule {
    private static final Logger LOG = Logger.getLogger(CloudWatchModule.class.getName());
    private static final long FLUSH_SECONDS = 2;
    private final Platform platform;
    private final ServiceMetrics metrics;
    private final MinuteTick tick;
    private final CloudWatchService cloudWatch;
    private final AlarmStates alarmStates;
    private ScheduledExecutorService flusher;

    public CloudWatchModule(Platform platform) {
        this.platform = platform;
        platform.store().migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
        platform.store().migrate("cloudwatch.dashboards", Dashboards.MIGRATIONS);
        MetricStore store = new MetricStore();
        this.metrics = new ServiceMetrics(store);
        this.tick = new MinuteTick(platform.clock(), platform.timers(), metrics);
        tick.onMinuteEnded(new Retention()::minuteEnded);
        platform.store().migrate("cloudwatch.alarms", AlarmRepository.MIGRATIONS);
        MetricReader reader = new MetricReader();
        AlarmRepository alarmRepository = new AlarmRepository();
        this.alarmStates = new AlarmStates(platform.clock(), platform.timers(), platform.jobs(), platform.ports(), alarmRepository, reader,
                new MetricQueries(reader), metrics, tick);
        Alarms alarms = new Alarms(platform.store(), platform.clock(), alarmRepository, alarmStates);
        this.cloudWatch = new CloudWatchService(platform.store(), platform.clock(), store, reader, alarms);
        platform.ports().offer(Metrics.class, metrics);
        platform.ports().offer(dev.stratus.platform.port.Alarms.class, new ServiceAlarms(alarms));
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("cloudwatch");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new CloudWatchDispatcher(cloudWatch);
    }

    @Override
    public Actions actions() {
        return new CloudWatchActions();
    }

    @Override
    public void start() {
        tick.start();
        alarmStates.start();
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stratus-cloudwatch-flush");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    private void flush() {
        try {
            platform.store().write(tx -> {
                metrics.flush(tx);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Storing recorded metrics failed", e);
        }
    }

    @Override
    public void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        flush();
    }
}
