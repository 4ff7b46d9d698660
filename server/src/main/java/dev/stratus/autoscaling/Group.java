package dev.stratus.autoscaling;

import dev.stratus.autoscaling.api.EnabledMetric;
import dev.stratus.autoscaling.api.LaunchTemplateSpecification;
import dev.stratus.autoscaling.api.MixedInstancesPolicy;
import dev.stratus.autoscaling.api.SuspendedProcess;
import dev.stratus.autoscaling.api.TagDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * An Auto Scaling group as it is stored: its settings as the last Create or Update left them, where
 * it launches ({@link #zones} in order, and {@link #subnets} when it has a VPCZoneIdentifier), the
 * processes suspended, its tags, and when its cooldown ends. A mutable document, read, changed and
 * written back inside one transaction.
 */
final class Group {
    public String account;
    public String region;
    public String name;
    public String arn;
    public long createdMillis;
    public String launchConfigurationName;
    public LaunchTemplateSpecification launchTemplate;
    public MixedInstancesPolicy mixedInstancesPolicy;
    public int minSize;
    public int maxSize;
    public int desiredCapacity;
    public int defaultCooldown = 300;
    public List<String> zones = new ArrayList<>();
    public String vpcZoneIdentifier;
    public List<Placement.Subnet> subnets = new ArrayList<>();
    public String healthCheckType = "EC2";
    public int healthCheckGracePeriod;
    public List<String> terminationPolicies = new ArrayList<>(List.of("Default"));
    public boolean newInstancesProtectedFromScaleIn;
    public Boolean capacityRebalance;
    public Integer maxInstanceLifetime;
    public Integer defaultInstanceWarmup;
    public String context;
    public String desiredCapacityType;
    public String serviceLinkedRoleArn;
    public String placementGroup;
    public String deletionProtection;
    public List<TagDescription> tags = new ArrayList<>();
    public List<SuspendedProcess> suspendedProcesses = new ArrayList<>();
    public List<EnabledMetric> enabledMetrics = new ArrayList<>();
    /** "Delete in progress" while a forced delete waits for its instances to terminate; null otherwise. */
    public String status;
    public long cooldownUntilMillis;
    /** Launches EC2 refused in a row; a retry is scheduled while there are any. */
    public int launchFailures;

    boolean suspended(String process) {
        return suspendedProcesses.stream().anyMatch(p -> p.processName().equals(process));
    }

    boolean deleting() {
        return status != null;
    }
}
