package dev.stratus.autoscaling;

import dev.stratus.autoscaling.api.LaunchTemplateSpecification;
import java.util.Set;

/**
 * An instance of a group, as Auto Scaling keeps it: its lifecycle state (Pending → [Pending:Wait →
 * Pending:Proceed →] InService ⇄ Standby; InService → [Terminating:Wait → Terminating:Proceed →]
 * Terminating → gone when EC2 reports it terminated), its health, where it runs, what launched it,
 * and the activity of the launch or termination under way.
 */
final class Member {
    static final String PENDING = "Pending";
    static final String PENDING_WAIT = "Pending:Wait";
    static final String PENDING_PROCEED = "Pending:Proceed";
    static final String IN_SERVICE = "InService";
    static final String STANDBY = "Standby";
    static final String TERMINATING = "Terminating";
    static final String TERMINATING_WAIT = "Terminating:Wait";
    static final String TERMINATING_PROCEED = "Terminating:Proceed";
    /** The states whose instances count toward the group's capacity. */
    static final Set<String> COUNTED = Set.of(PENDING, PENDING_WAIT, PENDING_PROCEED, IN_SERVICE);

    public String instanceId;
    public String account;
    public String region;
    public String group;
    public String zone;
    public String subnetId;
    public String state;
    public String health = "Healthy";
    public String launchConfigurationName;
    public LaunchTemplateSpecification launchTemplate;
    public String instanceType;
    public String imageId;
    public boolean protectedFromScaleIn;
    public long launchedMillis;
    /** The launch or termination activity under way, or null. */
    public String activityId;

    boolean counted() {
        return COUNTED.contains(state);
    }

    boolean leaving() {
        return state.startsWith(TERMINATING);
    }
}
