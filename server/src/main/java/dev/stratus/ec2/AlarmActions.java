package dev.stratus.ec2;

import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Alarms;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.store.Store;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * CloudWatch alarms' EC2 actions, delivered to EC2 as jobs: {@code arn:aws:automate:<region>:ec2:stop|terminate|reboot|recover}
 * and the older {@code arn:aws:swf:<region>:<account>:action/actions/AWS_EC2.InstanceId.Stop|Terminate|Reboot/1.0},
 * acting on the instance the alarm's metric names by its InstanceId dimension. Recover, which in AWS moves
 * the instance to other hardware keeping everything it has, leaves a simulated instance as it is, like a
 * reboot. An instance that is gone or cannot take the action is logged, as AWS records a failed action.
 */
final class AlarmActions {
    private static final Logger LOG = Logger.getLogger(AlarmActions.class.getName());

    private final Store store;
    private final Ec2Instances instances;

    AlarmActions(Store store, Ec2Instances instances) {
        this.store = store;
        this.instances = instances;
    }

    void register(Jobs jobs) {
        jobs.register("automate", null, this::act);
        jobs.register("swf", null, this::act);
    }

    private List<Jobs.Owed> act(Delivery d) {
        Alarms.Fired fired = Json.parse(d.payload(), Alarms.Fired.class);
        String instance = fired.dimensions() == null ? null : fired.dimensions().get("InstanceId");
        String action = action(d.destination());
        if (instance == null || action == null) {
            LOG.info("alarm " + fired.alarmArn() + " names no instance or no EC2 action: " + d.destination());
            return List.of();
        }
        List<String> ids = List.of(instance);
        try {
            store.write(tx -> {
                switch (action) {
                    case "stop" -> instances.stop(tx, fired.account(), fired.region(), ids, false);
                    case "terminate" -> instances.terminate(tx, fired.account(), fired.region(), ids, false);
                    default -> instances.reboot(tx, fired.account(), fired.region(), ids);
                }
                return null;
            });
        } catch (AwsException e) {
            LOG.info("alarm " + fired.alarmArn() + " could not " + action + " " + instance + ": " + e.getMessage());
        }
        return List.of();
    }

    /** stop, terminate, reboot or recover, from either form of the action's ARN; null for anything else. */
    static String action(String arn) {
        String lower = arn.toLowerCase(Locale.ROOT);
        for (String a : List.of("stop", "terminate", "reboot", "recover")) {
            if (lower.endsWith(":ec2:" + a) || lower.contains("aws_ec2.instanceid." + a + "/")) {
                return a;
            }
        }
        return null;
    }
}
