package dev.stratus.cloudwatch;

import dev.stratus.platform.port.Alarms;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;

/** The {@link Alarms} port: alarms other services keep, made and deleted as a user's are. */
final class ServiceAlarms implements Alarms {
    private final dev.stratus.cloudwatch.Alarms alarms;

    ServiceAlarms(dev.stratus.cloudwatch.Alarms alarms) {
        this.alarms = alarms;
    }

    @Override
    public String put(Tx tx, MetricAlarm alarm) throws SQLException {
        return alarms.put(tx, alarm);
    }

    @Override
    public void delete(Tx tx, String account, String region, List<String> names) throws SQLException {
        alarms.delete(tx, account, region, names);
    }
}
