package dev.stratus.platform.port;

import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch's alarms as other services reach them: alarms a service keeps on its own behalf
 * (Auto Scaling's target tracking alarms), and what an alarm tells the services its actions name
 * when they act themselves (an Auto Scaling policy, an EC2 action), as the payload of the delivery.
 */
public interface Alarms {

    /** Creates or replaces a metric alarm inside {@code tx}; it is evaluated at once and then as any other. Answers its ARN. */
    String put(Tx tx, MetricAlarm alarm) throws SQLException;

    /** Deletes these alarms of {@code account} in {@code region} inside {@code tx}; names it does not know are no error. */
    void delete(Tx tx, String account, String region, List<String> names) throws SQLException;

    /**
     * A metric alarm as a service defines it: on {@code namespace}/{@code metricName} with
     * {@code dimensions}, its {@code statistic} over {@code period} seconds compared with
     * {@code threshold} by {@code comparisonOperator} (CloudWatch's names), in ALARM when
     * {@code datapointsToAlarm} of the last {@code evaluationPeriods} periods breach.
     */
    record MetricAlarm(String account, String region, String name, String description, String namespace, String metricName,
                       Map<String, String> dimensions, String statistic, String unit, int period, int evaluationPeriods,
                       int datapointsToAlarm, double threshold, String comparisonOperator, List<String> alarmActions,
                       List<String> okActions) {
    }

    /**
     * An alarm's action for a service that acts itself, as JSON in the delivery's payload: the alarm,
     * the state it entered (and left), the latest value it evaluated ({@code metricValue}, null when
     * it had none), its threshold and its metric's dimensions (an EC2 action's InstanceId).
     */
    record Fired(String alarmName, String alarmArn, String account, String region, String state, String previousState, Double metricValue,
                 Double threshold, Map<String, String> dimensions, long timestampMillis) {
    }
}
