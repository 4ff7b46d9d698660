package dev.stratus.autoscaling;

import dev.stratus.autoscaling.api.Activity;
import dev.stratus.platform.port.Instances;
import dev.stratus.protocol.AwsException;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user does to a group's instances: terminate one (with or without lowering the desired
 * capacity), detach or attach instances, move them to and from Standby, protect them from scale
 * in, and report their health. Each move is a scaling activity; capacity the move leaves missing
 * is launched again at once.
 */
final class GroupInstances {
    private final Instances instances;
    private final Scaler scaler;
    private final Activities activities;
    private final Groups groups;

    GroupInstances(Instances instances, Scaler scaler, Activities activities, Groups groups) {
        this.instances = instances;
        this.scaler = scaler;
        this.activities = activities;
        this.groups = groups;
    }

    /** TerminateInstanceInAutoScalingGroup. */
    Activity terminate(Tx tx, String instanceId, boolean decrement) throws SQLException {
        Member m = scaler.member(tx, instanceId);
        if (m == null) {
            throw new AwsException("ValidationError", "Instance Id not found - No managed instance found for instance ID: " + instanceId);
        }
        Group g = scaler.group(tx, m);
        if (m.leaving()) {
            return activities.get(tx, m.activityId).toApi();
        }
        int from = scaler.counted(tx, g).size();
        String cause;
        if (decrement) {
            if (g.desiredCapacity <= g.minSize) {
                throw new AwsException("ValidationError", "Currently, desiredCapacity (" + g.desiredCapacity + ") is equal to minSize (" + g.minSize
                        + "). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.");
            }
            g.desiredCapacity--;
            groups.save(tx, g);
            cause = activities.at() + " instance " + instanceId + " was taken out of service in response to a user request, shrinking the capacity from "
                    + from + " to " + g.desiredCapacity + ".";
        } else {
            cause = activities.at() + " instance " + instanceId + " was taken out of service in response to a user request.";
        }
        ActivityRecord a = scaler.terminate(tx, g, m, cause);
        scaler.settle(tx, g, null);
        return activities.get(tx, a.activityId).toApi();
    }

    /** DetachInstances: the instances leave the group but keep running. */
    List<Activity> detach(Tx tx, Group g, List<String> ids, boolean decrement) throws SQLException {
        List<Member> detached = own(tx, g, ids);
        int from = scaler.counted(tx, g).size();
        if (decrement) {
            if (g.desiredCapacity - detached.size() < g.minSize) {
                throw new AwsException("ValidationError", "Detaching " + detached.size() + " instance(s) with ShouldDecrementDesiredCapacity would set the desired capacity of "
                        + g.name + " below its minimum size of " + g.minSize + ".");
            }
            g.desiredCapacity -= detached.size();
            groups.save(tx, g);
        }
        List<Activity> out = new ArrayList<>();
        for (Member m : detached) {
            String cause = activities.at() + " instance " + m.instanceId + " was detached in response to a user request"
                    + (decrement ? ", shrinking the capacity from " + from + " to " + g.desiredCapacity + "." : ".");
            out.add(answered(tx, g, "Detaching EC2 instance: " + m.instanceId, cause, m, ActivityRecord.IN_PROGRESS, 50));
            scaler.leave(tx, g, m);
        }
        scaler.settle(tx, g, null);
        return out;
    }

    /** AttachInstances: running instances in the group's zones join it, raising its desired capacity. */
    void attach(Tx tx, Group g, List<String> ids) throws SQLException {
        List<Instances.Instance> found = instances.find(tx, g.account, g.region, ids);
        for (String id : ids) {
            Instances.Instance i = found.stream().filter(x -> x.instanceId().equals(id)).findFirst()
                    .orElseThrow(() -> new AwsException("ValidationError", "Instance " + id + " is not in a valid state for attaching to an Auto Scaling group."));
            if (!i.state().equals("running")) {
                throw new AwsException("ValidationError", "Instance " + id + " is not in correct state. Only instances in running state can be attached.");
            }
            if (scaler.member(tx, id) != null) {
                throw new AwsException("ValidationError", "The instance " + id + " is already part of an Auto Scaling group.");
            }
            if (!g.zones.contains(i.availabilityZone())) {
                throw new AwsException("ValidationError", "Instance " + id + " is in availability zone " + i.availabilityZone()
                        + ", which is not one of the zones of AutoScalingGroup " + g.name + ".");
            }
        }
        int desired = g.desiredCapacity + found.size();
        if (desired > g.maxSize) {
            throw new AwsException("ValidationError", "Desired capacity:" + desired + " must be between the specified min size:" + g.minSize + " and max size:"
                    + g.maxSize);
        }
        g.desiredCapacity = desired;
        groups.save(tx, g);
        for (Instances.Instance i : found) {
            Member m = scaler.join(tx, g, i);
            answered(tx, g, "Attaching an existing EC2 instance: " + m.instanceId, activities.at()
                    + " an instance was added in response to user request. Keeping the capacity at the new " + desired + ".", m, ActivityRecord.IN_PROGRESS, 50);
        }
    }

    /** EnterStandby: in-service instances step out of the count; replaced unless the desired capacity is lowered with them. */
    List<Activity> enterStandby(Tx tx, Group g, List<String> ids, boolean decrement) throws SQLException {
        List<Member> moved = own(tx, g, ids);
        for (Member m : moved) {
            if (!m.state.equals(Member.IN_SERVICE)) {
                throw new AwsException("ValidationError", "The instance " + m.instanceId + " is not in InService.");
            }
        }
        int from = scaler.counted(tx, g).size();
        if (decrement) {
            if (g.desiredCapacity - moved.size() < g.minSize) {
                throw new AwsException("ValidationError", "AutoScalingGroup " + g.name + " has min-size=" + g.minSize + ", max-size=" + g.maxSize
                        + ", and desired-size=" + g.desiredCapacity + ". To place into standby " + moved.size()
                        + " instances, please update the AutoScalingGroup sizes appropriately.");
            }
            g.desiredCapacity -= moved.size();
            groups.save(tx, g);
        }
        List<Activity> out = new ArrayList<>();
        for (Member m : moved) {
            out.add(answered(tx, g, "Moving EC2 instance to Standby: " + m.instanceId, activities.at() + " instance " + m.instanceId
                    + " was moved to standby in response to a user request" + (decrement ? ", shrinking the capacity from " + from + " to " + g.desiredCapacity + "." : "."),
                    m, ActivityRecord.IN_PROGRESS, 50));
            m.state = Member.STANDBY;
            scaler.save(tx, m);
        }
        scaler.settle(tx, g, null);
        return out;
    }

    /** ExitStandby: the instances are in service again, raising the desired capacity. */
    List<Activity> exitStandby(Tx tx, Group g, List<String> ids) throws SQLException {
        List<Member> moved = own(tx, g, ids);
        for (Member m : moved) {
            if (!m.state.equals(Member.STANDBY)) {
                throw new AwsException("ValidationError", "The instance " + m.instanceId + " is not in Standby.");
            }
        }
        int from = scaler.counted(tx, g).size();
        int desired = g.desiredCapacity + moved.size();
        if (desired > g.maxSize) {
            throw new AwsException("ValidationError", "AutoScalingGroup " + g.name + " has min-size=" + g.minSize + ", max-size=" + g.maxSize
                    + ", and desired-size=" + g.desiredCapacity + ". To exit standby " + moved.size() + " instances, please update the AutoScalingGroup sizes appropriately.");
        }
        g.desiredCapacity = desired;
        groups.save(tx, g);
        List<Activity> out = new ArrayList<>();
        for (Member m : moved) {
            out.add(answered(tx, g, "Moving EC2 instance out of Standby: " + m.instanceId, activities.at() + " instance " + m.instanceId
                    + " was moved out of standby in response to a user request, increasing the capacity from " + from + " to " + desired + ".", m, "PreInService", 30));
            m.state = Member.IN_SERVICE;
            scaler.save(tx, m);
        }
        return out;
    }

    /** SetInstanceProtection. */
    void protect(Tx tx, Group g, List<String> ids, boolean protect) throws SQLException {
        for (Member m : own(tx, g, ids)) {
            m.protectedFromScaleIn = protect;
            scaler.save(tx, m);
        }
    }

    /** SetInstanceHealth: an Unhealthy instance is replaced. */
    void health(Tx tx, String instanceId, String status) throws SQLException {
        if (!status.equals("Healthy") && !status.equals("Unhealthy")) {
            throw new AwsException("ValidationError", "Valid values for HealthStatus are Healthy and Unhealthy.");
        }
        Member m = scaler.member(tx, instanceId);
        if (m == null) {
            throw new AwsException("ValidationError", "Instance Id not found - No managed instance found for instance ID: " + instanceId);
        }
        if (status.equals("Healthy")) {
            m.health = "Healthy";
            scaler.save(tx, m);
            return;
        }
        scaler.unhealthy(tx, m, activities.at() + " an instance was taken out of service in response to a user health-check.");
    }

    /**
     * An activity that is over as soon as it starts (the instance is already running), answered as
     * AWS answers it while it is under way ({@code statusCode} at {@code progress}) and recorded Successful.
     */
    private Activity answered(Tx tx, Group g, String description, String cause, Member m, String statusCode, int progress) throws SQLException {
        ActivityRecord a = activities.start(tx, g, description, cause, m);
        a.statusCode = statusCode;
        a.progress = progress;
        Activity shown = a.toApi();
        activities.finish(tx, a, ActivityRecord.SUCCESSFUL, null);
        return shown;
    }

    /** The group's instances named, in the order named; any other id is AWS's ValidationError. */
    private List<Member> own(Tx tx, Group g, List<String> ids) throws SQLException {
        List<Member> out = new ArrayList<>();
        for (String id : ids) {
            Member m = scaler.member(tx, id);
            if (m == null || !m.group.equals(g.name) || !m.account.equals(g.account) || !m.region.equals(g.region)) {
                throw new AwsException("ValidationError", "The instance " + id + " is not part of Auto Scaling group " + g.name + ".");
            }
            out.add(m);
        }
        return out;
    }
}
