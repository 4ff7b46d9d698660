package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.*;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.port.Alarms;
import dev.stratus.platform.port.Instances;
import dev.stratus.platform.port.Metrics;
import dev.stratus.protocol.Json;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Amazon EC2 Auto Scaling's operations: groups and launch configurations, their instances, scaling
 * activities, notifications, lifecycle hooks, scaling policies and scheduled actions. Instances are
 * EC2's, reached through the {@link Instances} port; the domain lives in {@link Groups},
 * {@link Scaler}, {@link GroupInstances}, {@link LifecycleHooks}, {@link ScalingPolicies} and
 * {@link ScheduledActions}. Warm pools, instance refreshes, load balancers and traffic sources
 * answer 501.
 */
public final class AutoScalingService implements AutoScalingApi {
    static final List<String> PROCESSES = List.of("AZRebalance", "AddToLoadBalancer", "AlarmNotification", "HealthCheck", "InstanceRefresh", "Launch",
            "RemoveFromLoadBalancerLowPriority", "ReplaceUnhealthy", "ScheduledActions", "Terminate");
    static final List<String> METRICS = List.of("GroupMinSize", "GroupMaxSize", "GroupDesiredCapacity", "GroupInServiceInstances",
            "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances", "GroupInServiceCapacity",
            "GroupPendingCapacity", "GroupStandbyCapacity", "GroupTerminatingCapacity", "GroupTotalCapacity", "WarmPoolDesiredCapacity",
            "WarmPoolWarmedCapacity", "WarmPoolPendingCapacity", "WarmPoolTerminatingCapacity", "WarmPoolTotalCapacity", "GroupAndWarmPoolDesiredCapacity",
            "GroupAndWarmPoolTotalCapacity");

    private final Store store;
    private final Clock clock;
    private final AutoScalingRepository repo = new AutoScalingRepository();
    private final Activities activities;
    private final Notices notices;
    private final LaunchConfigurations launchConfigurations;
    private final Groups groups;
    private final LifecycleHooks hooks;
    private final Scaler scaler;
    private final GroupInstances groupInstances;
    private final ScalingPolicies policies;
    private final ScheduledActions scheduled;

    public AutoScalingService(Store store, Clock clock, Timers timers, Jobs jobs, Instances instances, ServiceEvents events, Alarms alarms,
                              Metrics metrics) {
        this.store = store;
        this.clock = clock;
        store.migrate("autoscaling", AutoScalingRepository.MIGRATIONS);
        this.activities = new Activities(clock, repo);
        this.notices = new Notices(clock, jobs, events, repo);
        this.launchConfigurations = new LaunchConfigurations(clock, instances, repo);
        this.groups = new Groups(clock, instances, repo, launchConfigurations);
        this.hooks = new LifecycleHooks(clock, timers, repo, notices);
        this.scaler = new Scaler(clock, timers, instances, repo, activities, notices, hooks);
        this.groupInstances = new GroupInstances(instances, scaler, activities, groups);
        this.policies = new ScalingPolicies(clock, repo, scaler, activities, groups, alarms);
        jobs.register("autoscaling", null, this::alarmFired);
        this.scheduled = new ScheduledActions(clock, timers, repo, groups, scaler, activities);
        metrics.sampleEveryMinute(new AutoScalingMetrics(repo)::sample);
    }

    // Launch configurations

    @Override
    public void createLaunchConfiguration(RequestContext ctx, CreateLaunchConfigurationType in) {
        store.write(tx -> {
            launchConfigurations.create(tx, ctx.accountId(), ctx.region(), in);
            return null;
        });
    }

    @Override
    public LaunchConfigurationsType describeLaunchConfigurations(RequestContext ctx, LaunchConfigurationNamesType in) {
        List<LaunchConfiguration> all = store.read(tx -> launchConfigurations.list(tx, ctx.accountId(), ctx.region()));
        List<String> names = in.launchConfigurationNames();
        List<LaunchConfiguration> chosen = names == null || names.isEmpty() ? all
                : all.stream().filter(lc -> names.contains(lc.launchConfigurationName())).toList();
        Paging.Page<LaunchConfiguration> page = listing(ctx, "DescribeLaunchConfigurations", names)
                .after(chosen, LaunchConfiguration::launchConfigurationName, in.nextToken(), max(in.maxRecords(), 50));
        return new LaunchConfigurationsType(page.items(), page.nextToken());
    }

    @Override
    public void deleteLaunchConfiguration(RequestContext ctx, LaunchConfigurationNameType in) {
        store.write(tx -> {
            launchConfigurations.delete(tx, ctx.accountId(), ctx.region(), in.launchConfigurationName());
            return null;
        });
    }

    /** The group the instance belongs to in the account and region: what IAM checks for operations that name only the instance. */
    Optional<String> groupOfInstance(String account, String region, String instanceId) {
        return store.read(tx -> Optional.ofNullable(scaler.member(tx, instanceId))
                .filter(m -> account.equals(m.account) && region.equals(m.region)).map(m -> m.group));
    }

    // Groups

    @Override
    public void createAutoScalingGroup(RequestContext ctx, CreateAutoScalingGroupType in) {
        store.write(tx -> {
            Group g = groups.create(tx, ctx.accountId(), ctx.region(), in);
            if (in.tags() != null) {
                g.tags = GroupTags.put(g, in.tags());
            }
            groups.save(tx, g);
            if (in.lifecycleHookSpecificationList() != null) {
                for (LifecycleHookSpecification h : in.lifecycleHookSpecificationList()) {
                    hooks.put(tx, g, h.lifecycleHookName(), h.lifecycleTransition(), h.roleARN(), h.notificationTargetARN(), h.notificationMetadata(),
                            h.heartbeatTimeout(), h.defaultResult());
                }
            }
            scaler.settle(tx, g, g.desiredCapacity == 0 ? null : activities.at() + " a user request created an AutoScalingGroup changing the desired capacity from 0 to "
                    + g.desiredCapacity + ".");
            return null;
        });
    }

    @Override
    public void updateAutoScalingGroup(RequestContext ctx, UpdateAutoScalingGroupType in) {
        store.write(tx -> {
            Group g = live(tx, ctx, in.autoScalingGroupName());
            int from = g.desiredCapacity;
            groups.update(tx, g, in);
            groups.save(tx, g);
            scaler.settle(tx, g, from == g.desiredCapacity ? null : activities.at() + " a user request update of AutoScalingGroup constraints to min: "
                    + g.minSize + ", max: " + g.maxSize + ", desired: " + g.desiredCapacity + " changing the desired capacity from " + from + " to "
                    + g.desiredCapacity + ".");
            return null;
        });
    }

    @Override
    public void deleteAutoScalingGroup(RequestContext ctx, DeleteAutoScalingGroupType in) {
        store.write(tx -> {
            Group g = groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
            List<Member> members = scaler.members(tx, g);
            if (!Boolean.TRUE.equals(in.forceDelete())) {
                if (!members.isEmpty()) {
                    throw new AwsException("ResourceInUseFault",
                            "You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.");
                }
                if (activityList(tx, g).stream().anyMatch(a -> !a.done())) {
                    throw new AwsException("ScalingActivityInProgressFault", "You cannot delete an AutoScalingGroup while there are scaling activities in progress for that group.");
                }
            }
            policies.deleteAlarms(tx, g);
            if (members.isEmpty()) {
                Groups.remove(tx, repo, g);
                return null;
            }
            forceDelete(tx, g, members);
            return null;
        });
    }

    /** ForceDelete: outstanding lifecycle actions go, every instance is terminated, and the group goes once the last is. */
    private void forceDelete(Tx tx, Group g, List<Member> members) throws SQLException {
        repo.deleteOfGroup(tx, g.account, g.region, g.name, Kind.HOOK, Kind.LIFECYCLE_ACTION);
        int from = g.desiredCapacity;
        int counted = (int) members.stream().filter(Member::counted).count();
        g.minSize = 0;
        g.maxSize = 0;
        g.desiredCapacity = 0;
        g.status = "Delete in progress";
        groups.save(tx, g);
        String reason = activities.at() + " a user request update of AutoScalingGroup constraints to min: 0, max: 0, desired: 0 changing the desired capacity from "
                + from + " to 0.";
        for (Member m : members) {
            if (m.state.equals(Member.TERMINATING_WAIT)) {
                scaler.proceed(tx, new LifecycleHooks.Outcome(m.instanceId, "CONTINUE"));
            } else if (!m.leaving()) {
                scaler.terminate(tx, g, m, Scaler.join(reason, activities.at() + " an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from "
                        + counted + " to 0.  " + activities.at() + " instance " + m.instanceId + " was selected for termination."));
            }
        }
    }

    @Override
    public AutoScalingGroupsType describeAutoScalingGroups(RequestContext ctx, AutoScalingGroupNamesType in) {
        return store.read(tx -> {
            List<String> names = in.autoScalingGroupNames();
            List<Group> chosen = new ArrayList<>();
            for (Group g : groups.list(tx, ctx.accountId(), ctx.region())) {
                if ((names == null || names.isEmpty() || names.contains(g.name)) && GroupTags.groupMatches(g, in.filters() == null ? List.of() : in.filters())) {
                    chosen.add(g);
                }
            }
            chosen.sort(Comparator.comparing(g -> g.name));
            Paging.Page<Group> page = listing(ctx, "DescribeAutoScalingGroups", names, String.valueOf(in.filters()))
                    .after(chosen, g -> g.name, in.nextToken(), max(in.maxRecords(), 50));
            List<AutoScalingGroup> out = new ArrayList<>();
            for (Group g : page.items()) {
                out.add(Groups.toApi(g, Boolean.FALSE.equals(in.includeInstances()) ? List.of() : scaler.members(tx, g)));
            }
            return new AutoScalingGroupsType(out, page.nextToken());
        });
    }

    @Override
    public AutoScalingInstancesType describeAutoScalingInstances(RequestContext ctx, DescribeAutoScalingInstancesType in) {
        return store.read(tx -> {
            List<Member> all = new ArrayList<>(repo.list(tx, Kind.INSTANCE, ctx.accountId(), ctx.region(), null, Member.class));
            List<String> ids = in.instanceIds();
            if (ids != null && !ids.isEmpty()) {
                all.removeIf(m -> !ids.contains(m.instanceId));
            }
            all.sort(Comparator.comparing(m -> m.instanceId));
            Paging.Page<Member> page = listing(ctx, "DescribeAutoScalingInstances", ids).after(all, m -> m.instanceId, in.nextToken(), max(in.maxRecords(), 50));
            List<AutoScalingInstanceDetails> out = new ArrayList<>();
            for (Member m : page.items()) {
                out.add(new AutoScalingInstanceDetails(m.instanceId, m.instanceType, m.group, m.zone, null, m.state, m.health.toUpperCase(),
                        m.launchConfigurationName, m.launchTemplate, null, m.protectedFromScaleIn, null));
            }
            return new AutoScalingInstancesType(out, page.nextToken());
        });
    }

    @Override
    public void setDesiredCapacity(RequestContext ctx, SetDesiredCapacityType in) {
        store.write(tx -> {
            Group g = live(tx, ctx, in.autoScalingGroupName());
            int desired = in.desiredCapacity();
            boolean honor = Boolean.TRUE.equals(in.honorCooldown());
            if (honor && clock.millis() < g.cooldownUntilMillis) {
                throw new AwsException("ScalingActivityInProgressFault", "Scaling activity cannot proceed during the cooldown period.");
            }
            if (desired > g.maxSize) {
                throw new AwsException("ValidationError", "New SetDesiredCapacity value " + desired + " is above max value " + g.maxSize + " for the AutoScalingGroup.");
            }
            if (desired < g.minSize) {
                throw new AwsException("ValidationError", "New SetDesiredCapacity value " + desired + " is below min value " + g.minSize + " for the AutoScalingGroup.");
            }
            int from = g.desiredCapacity;
            g.desiredCapacity = desired;
            if (honor) {
                g.cooldownUntilMillis = clock.millis() + g.defaultCooldown * 1000L;
            }
            groups.save(tx, g);
            if (from != desired) {
                scaler.settle(tx, g, activities.at() + " a user request explicitly set group desired capacity changing the desired capacity from " + from + " to "
                        + desired + ".");
            }
            return null;
        });
    }

    // Tags

    @Override
    public void createOrUpdateTags(RequestContext ctx, CreateOrUpdateTagsType in) {
        store.write(tx -> {
            for (Group g : tagged(tx, ctx, in.tags())) {
                g.tags = GroupTags.put(g, in.tags().stream().filter(t -> g.name.equals(t.resourceId())).toList());
                groups.save(tx, g);
            }
            return null;
        });
    }

    @Override
    public void deleteTags(RequestContext ctx, DeleteTagsType in) {
        store.write(tx -> {
            for (Group g : tagged(tx, ctx, in.tags())) {
                g.tags = GroupTags.delete(g, in.tags().stream().filter(t -> g.name.equals(t.resourceId())).toList());
                groups.save(tx, g);
            }
            return null;
        });
    }

    @Override
    public TagsType describeTags(RequestContext ctx, DescribeTagsType in) {
        List<Filter> filters = in.filters() == null ? List.of() : in.filters();
        List<TagDescription> all = store.read(tx -> {
            List<TagDescription> out = new ArrayList<>();
            for (Group g : groups.list(tx, ctx.accountId(), ctx.region())) {
                for (TagDescription t : g.tags) {
                    if (GroupTags.matches(t, filters)) {
                        out.add(t);
                    }
                }
            }
            return out;
        });
        Paging.Page<TagDescription> page = listing(ctx, "DescribeTags", String.valueOf(filters))
                .after(all, t -> t.resourceId() + "\u0000" + t.key(), in.nextToken(), max(in.maxRecords(), 100));
        return new TagsType(page.items(), page.nextToken());
    }

    private List<Group> tagged(Tx tx, RequestContext ctx, List<Tag> tags) throws SQLException {
        List<Group> out = new ArrayList<>();
        for (Tag t : tags) {
            GroupTags.check(t);
            if (t.resourceId() == null) {
                throw new AwsException("ValidationError", "ResourceId must be specified for tag " + t.key() + ".");
            }
            if (out.stream().noneMatch(g -> g.name.equals(t.resourceId()))) {
                Group g = groups.find(tx, ctx.accountId(), ctx.region(), t.resourceId());
                if (g == null) {
                    throw new AwsException("ValidationError", "AutoScalingGroup not found - AutoScaling Group " + t.resourceId() + " not found");
                }
                out.add(g);
            }
        }
        return out;
    }

    // Instances

    @Override
    public ActivityType terminateInstanceInAutoScalingGroup(RequestContext ctx, TerminateInstanceInAutoScalingGroupType in) {
        return store.write(tx -> new ActivityType(groupInstances.terminate(tx, in.instanceId(), Boolean.TRUE.equals(in.shouldDecrementDesiredCapacity()))));
    }

    @Override
    public DetachInstancesAnswer detachInstances(RequestContext ctx, DetachInstancesQuery in) {
        return store.write(tx -> new DetachInstancesAnswer(groupInstances.detach(tx, live(tx, ctx, in.autoScalingGroupName()), list(in.instanceIds()),
                Boolean.TRUE.equals(in.shouldDecrementDesiredCapacity()))));
    }

    @Override
    public void attachInstances(RequestContext ctx, AttachInstancesQuery in) {
        store.write(tx -> {
            groupInstances.attach(tx, live(tx, ctx, in.autoScalingGroupName()), list(in.instanceIds()));
            return null;
        });
    }

    @Override
    public EnterStandbyAnswer enterStandby(RequestContext ctx, EnterStandbyQuery in) {
        return store.write(tx -> new EnterStandbyAnswer(groupInstances.enterStandby(tx, live(tx, ctx, in.autoScalingGroupName()), list(in.instanceIds()),
                Boolean.TRUE.equals(in.shouldDecrementDesiredCapacity()))));
    }

    @Override
    public ExitStandbyAnswer exitStandby(RequestContext ctx, ExitStandbyQuery in) {
        return store.write(tx -> new ExitStandbyAnswer(groupInstances.exitStandby(tx, live(tx, ctx, in.autoScalingGroupName()), list(in.instanceIds()))));
    }

    @Override
    public SetInstanceProtectionAnswer setInstanceProtection(RequestContext ctx, SetInstanceProtectionQuery in) {
        store.write(tx -> {
            groupInstances.protect(tx, live(tx, ctx, in.autoScalingGroupName()), list(in.instanceIds()), in.protectedFromScaleIn());
            return null;
        });
        return new SetInstanceProtectionAnswer();
    }

    @Override
    public void setInstanceHealth(RequestContext ctx, SetInstanceHealthQuery in) {
        store.write(tx -> {
            groupInstances.health(tx, in.instanceId(), in.healthStatus());
            return null;
        });
    }

    // Activities

    @Override
    public ActivitiesType describeScalingActivities(RequestContext ctx, DescribeScalingActivitiesType in) {
        boolean deleted = Boolean.TRUE.equals(in.includeDeletedGroups());
        List<Activity> all = store.read(tx -> {
            List<ActivityRecord> found;
            if (in.autoScalingGroupName() != null) {
                Group g = groups.find(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
                if (g == null && !deleted) {
                    throw Groups.notFound(in.autoScalingGroupName());
                }
                found = repo.list(tx, Kind.ACTIVITY, ctx.accountId(), ctx.region(), in.autoScalingGroupName(), ActivityRecord.class);
            } else {
                found = repo.list(tx, Kind.ACTIVITY, ctx.accountId(), ctx.region(), null, ActivityRecord.class);
            }
            List<String> live = groups.list(tx, ctx.accountId(), ctx.region()).stream().map(g -> g.arn).toList();
            List<String> ids = in.activityIds();
            List<Activity> out = new ArrayList<>();
            for (ActivityRecord a : found) {
                if ((deleted || live.contains(a.groupArn)) && (ids == null || ids.isEmpty() || ids.contains(a.activityId))) {
                    out.add(a.toApi());
                }
            }
            return out;
        });
        Paging.Page<Activity> page = listing(ctx, "DescribeScalingActivities", in.autoScalingGroupName(), in.activityIds(), deleted)
                .page(all, in.nextToken(), max(in.maxRecords(), 100));
        return new ActivitiesType(page.items(), page.nextToken());
    }

    private List<ActivityRecord> activityList(Tx tx, Group g) throws SQLException {
        return repo.list(tx, Kind.ACTIVITY, g.account, g.region, g.name, ActivityRecord.class).stream().filter(a -> a.groupArn.equals(g.arn)).toList();
    }

    // Notifications

    @Override
    public void putNotificationConfiguration(RequestContext ctx, PutNotificationConfigurationType in) {
        store.write(tx -> {
            Group g = live(tx, ctx, in.autoScalingGroupName());
            if (Arn.parse(in.topicARN()).filter(a -> a.service().equals("sns")).isEmpty()) {
                throw new AwsException("ValidationError", "Invalid SNS topic ARN: " + in.topicARN());
            }
            for (String type : in.notificationTypes()) {
                if (!Notices.TYPES.contains(type)) {
                    throw new AwsException("ValidationError", "Notification type " + type + " is not valid. Valid types are: " + String.join(", ", Notices.TYPES));
                }
            }
            deleteNotifications(tx, g, in.topicARN());
            for (String type : in.notificationTypes()) {
                repo.put(tx, Kind.NOTIFICATION, g.account, g.region, g.name, in.topicARN() + " " + type, 0,
                        new NotificationConfiguration(g.name, in.topicARN(), type));
            }
            notices.test(tx, g, in.topicARN());
            return null;
        });
    }

    @Override
    public DescribeNotificationConfigurationsAnswer describeNotificationConfigurations(RequestContext ctx, DescribeNotificationConfigurationsType in) {
        List<String> names = in.autoScalingGroupNames();
        List<NotificationConfiguration> all = store.read(tx -> repo.list(tx, Kind.NOTIFICATION, ctx.accountId(), ctx.region(), null,
                NotificationConfiguration.class)).stream().filter(c -> names == null || names.isEmpty() || names.contains(c.autoScalingGroupName())).toList();
        Paging.Page<NotificationConfiguration> page = listing(ctx, "DescribeNotificationConfigurations", names)
                .after(all, c -> c.autoScalingGroupName() + "\u0000" + c.topicARN() + "\u0000" + c.notificationType(), in.nextToken(), max(in.maxRecords(), 50));
        return new DescribeNotificationConfigurationsAnswer(page.items(), page.nextToken());
    }

    @Override
    public void deleteNotificationConfiguration(RequestContext ctx, DeleteNotificationConfigurationType in) {
        store.write(tx -> {
            Group g = groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
            if (deleteNotifications(tx, g, in.topicARN()) == 0) {
                throw new AwsException("ValidationError", "No notification configuration found for AutoScalingGroup " + g.name + " and topic " + in.topicARN());
            }
            return null;
        });
    }

    private int deleteNotifications(Tx tx, Group g, String topicArn) throws SQLException {
        int n = 0;
        for (NotificationConfiguration c : repo.list(tx, Kind.NOTIFICATION, g.account, g.region, g.name, NotificationConfiguration.class)) {
            if (c.topicARN().equals(topicArn)) {
                repo.delete(tx, Kind.NOTIFICATION, g.account, g.region, g.name, c.topicARN() + " " + c.notificationType());
                n++;
            }
        }
        return n;
    }

    @Override
    public DescribeAutoScalingNotificationTypesAnswer describeAutoScalingNotificationTypes(RequestContext ctx) {
        return new DescribeAutoScalingNotificationTypesAnswer(Notices.TYPES);
    }

    // Lifecycle hooks

    @Override
    public PutLifecycleHookAnswer putLifecycleHook(RequestContext ctx, PutLifecycleHookType in) {
        store.write(tx -> {
            hooks.put(tx, live(tx, ctx, in.autoScalingGroupName()), in.lifecycleHookName(), in.lifecycleTransition(), in.roleARN(), in.notificationTargetARN(),
                    in.notificationMetadata(), in.heartbeatTimeout(), in.defaultResult());
            return null;
        });
        return new PutLifecycleHookAnswer();
    }

    @Override
    public DescribeLifecycleHooksAnswer describeLifecycleHooks(RequestContext ctx, DescribeLifecycleHooksType in) {
        return store.read(tx -> {
            List<LifecycleHook> all = hooks.list(tx, groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName()));
            List<String> names = in.lifecycleHookNames();
            return new DescribeLifecycleHooksAnswer(names == null || names.isEmpty() ? all
                    : all.stream().filter(h -> names.contains(h.lifecycleHookName())).toList());
        });
    }

    @Override
    public DeleteLifecycleHookAnswer deleteLifecycleHook(RequestContext ctx, DeleteLifecycleHookType in) {
        store.write(tx -> {
            for (LifecycleHooks.Outcome o : hooks.delete(tx, groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName()), in.lifecycleHookName())) {
                scaler.proceed(tx, o);
            }
            return null;
        });
        return new DeleteLifecycleHookAnswer();
    }

    @Override
    public CompleteLifecycleActionAnswer completeLifecycleAction(RequestContext ctx, CompleteLifecycleActionType in) {
        store.write(tx -> {
            Group g = groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
            var outcome = hooks.complete(tx, g, in.lifecycleHookName(), in.lifecycleActionToken(), in.instanceId(), in.lifecycleActionResult());
            if (outcome.isPresent()) {
                scaler.proceed(tx, outcome.get());
            }
            return null;
        });
        return new CompleteLifecycleActionAnswer();
    }

    @Override
    public RecordLifecycleActionHeartbeatAnswer recordLifecycleActionHeartbeat(RequestContext ctx, RecordLifecycleActionHeartbeatType in) {
        store.write(tx -> {
            hooks.heartbeat(tx, groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName()), in.lifecycleHookName(),
                    in.lifecycleActionToken(), in.instanceId());
            return null;
        });
        return new RecordLifecycleActionHeartbeatAnswer();
    }

    @Override
    public DescribeLifecycleHookTypesAnswer describeLifecycleHookTypes(RequestContext ctx) {
        return new DescribeLifecycleHookTypesAnswer(List.of(LifecycleHooks.LAUNCHING, LifecycleHooks.TERMINATING));
    }

    // Scaling policies

    @Override
    public PolicyARNType putScalingPolicy(RequestContext ctx, PutScalingPolicyType in) {
        return store.write(tx -> {
            ScalingPolicy p = policies.put(tx, live(tx, ctx, in.autoScalingGroupName()), in);
            return new PolicyARNType(p.policyARN(), p.alarms());
        });
    }

    @Override
    public PoliciesType describePolicies(RequestContext ctx, DescribePoliciesType in) {
        List<ScalingPolicy> all = store.read(tx -> {
            if (in.autoScalingGroupName() != null) {
                groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
            }
            return policies.list(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
        });
        List<String> names = in.policyNames();
        List<String> types = in.policyTypes();
        List<ScalingPolicy> chosen = all.stream().filter(p -> (names == null || names.isEmpty() || names.contains(p.policyName()) || names.contains(p.policyARN()))
                && (types == null || types.isEmpty() || types.contains(p.policyType()))).toList();
        Paging.Page<ScalingPolicy> page = listing(ctx, "DescribePolicies", in.autoScalingGroupName(), names, types)
                .after(chosen, p -> p.autoScalingGroupName() + "\u0000" + p.policyName(), in.nextToken(), max(in.maxRecords(), 50));
        return new PoliciesType(page.items(), page.nextToken());
    }

    @Override
    public void deletePolicy(RequestContext ctx, DeletePolicyType in) {
        store.write(tx -> {
            Group g = in.autoScalingGroupName() != null ? groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName())
                    : groupOfPolicy(tx, ctx, in.policyName());
            policies.delete(tx, g, policyName(in.policyName()));
            return null;
        });
    }

    @Override
    public void executePolicy(RequestContext ctx, ExecutePolicyType in) {
        store.write(tx -> {
            Group g = in.autoScalingGroupName() != null ? live(tx, ctx, in.autoScalingGroupName()) : groupOfPolicy(tx, ctx, in.policyName());
            policies.execute(tx, g, policyName(in.policyName()), Boolean.TRUE.equals(in.honorCooldown()), in.metricValue(), in.breachThreshold());
            return null;
        });
    }

    /**
     * A CloudWatch alarm's action naming a policy (the delivery's destination): the policy runs as
     * the alarm's state and value say. A policy or group gone since is no error: the action does nothing.
     */
    private List<Jobs.Owed> alarmFired(Delivery d) {
        Alarms.Fired fired = Json.parse(d.payload(), Alarms.Fired.class);
        store.write(tx -> {
            Group g = groupOfPolicyArn(tx, fired.account(), fired.region(), d.destination());
            if (g != null) {
                policies.alarmFired(tx, g, d.destination(), fired);
            }
            return null;
        });
        return List.of();
    }

    private Group groupOfPolicyArn(Tx tx, String account, String region, String arn) throws SQLException {
        int at = arn.indexOf(":autoScalingGroupName/");
        int end = arn.indexOf(":policyName/");
        return at < 0 || end < at ? null : groups.find(tx, account, region, arn.substring(at + ":autoScalingGroupName/".length(), end));
    }

    /** The group of a policy named by its ARN, as DeletePolicy and ExecutePolicy take one without a group name. */
    private Group groupOfPolicy(Tx tx, RequestContext ctx, String policy) throws SQLException {
        int at = policy.indexOf(":autoScalingGroupName/");
        int end = policy.indexOf(":policyName/");
        if (!policy.startsWith("arn:") || at < 0 || end < at) {
            throw new AwsException("ValidationError", "AutoScalingGroupName is required unless PolicyName is a policy ARN.");
        }
        return groups.require(tx, ctx.accountId(), ctx.region(), policy.substring(at + ":autoScalingGroupName/".length(), end));
    }

    private static String policyName(String policy) {
        int at = policy.indexOf(":policyName/");
        return policy.startsWith("arn:") && at >= 0 ? policy.substring(at + ":policyName/".length()) : policy;
    }

    @Override
    public DescribeAdjustmentTypesAnswer describeAdjustmentTypes(RequestContext ctx) {
        return new DescribeAdjustmentTypesAnswer(ScalingPolicies.ADJUSTMENT_TYPES.stream().map(AdjustmentType::new).toList());
    }

    // Scheduled actions

    @Override
    public void putScheduledUpdateGroupAction(RequestContext ctx, PutScheduledUpdateGroupActionType in) {
        if (in.time() != null && in.startTime() != null && !in.time().equals(in.startTime())) {
            throw new AwsException("ValidationError", "Both time and startTime cannot be used.");
        }
        store.write(tx -> {
            scheduled.put(tx, live(tx, ctx, in.autoScalingGroupName()), new ScheduledActions.Request(in.scheduledActionName(),
                    in.startTime() != null ? in.startTime() : in.time(), in.endTime(), in.recurrence(), in.minSize(), in.maxSize(), in.desiredCapacity(),
                    in.timeZone()));
            return null;
        });
    }

    @Override
    public BatchPutScheduledUpdateGroupActionAnswer batchPutScheduledUpdateGroupAction(RequestContext ctx, BatchPutScheduledUpdateGroupActionType in) {
        return store.write(tx -> {
            Group g = live(tx, ctx, in.autoScalingGroupName());
            List<FailedScheduledUpdateGroupActionRequest> failed = new ArrayList<>();
            for (ScheduledUpdateGroupActionRequest r : in.scheduledUpdateGroupActions()) {
                try {
                    scheduled.put(tx, g, new ScheduledActions.Request(r.scheduledActionName(), r.startTime(), r.endTime(), r.recurrence(), r.minSize(),
                            r.maxSize(), r.desiredCapacity(), r.timeZone()));
                } catch (AwsException refused) {
                    failed.add(new FailedScheduledUpdateGroupActionRequest(r.scheduledActionName(), refused.code(), refused.getMessage()));
                }
            }
            return new BatchPutScheduledUpdateGroupActionAnswer(failed);
        });
    }

    @Override
    public ScheduledActionsType describeScheduledActions(RequestContext ctx, DescribeScheduledActionsType in) {
        List<ScheduledUpdateGroupAction> all = store.read(tx -> {
            if (in.autoScalingGroupName() != null) {
                groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
            }
            return scheduled.list(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
        });
        List<String> names = in.scheduledActionNames();
        List<ScheduledUpdateGroupAction> chosen = all.stream().filter(a -> (names == null || names.isEmpty() || names.contains(a.scheduledActionName()))
                && (in.startTime() == null || (a.startTime() != null && !a.startTime().isBefore(in.startTime())))
                && (in.endTime() == null || (a.startTime() != null && !a.startTime().isAfter(in.endTime())))).toList();
        Paging.Page<ScheduledUpdateGroupAction> page = listing(ctx, "DescribeScheduledActions", in.autoScalingGroupName(), names, in.startTime(), in.endTime())
                .after(chosen, a -> a.autoScalingGroupName() + "\u0000" + a.scheduledActionName(), in.nextToken(), max(in.maxRecords(), 50));
        return new ScheduledActionsType(page.items(), page.nextToken());
    }

    @Override
    public void deleteScheduledAction(RequestContext ctx, DeleteScheduledActionType in) {
        store.write(tx -> {
            scheduled.delete(tx, groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName()), in.scheduledActionName());
            return null;
        });
    }

    @Override
    public BatchDeleteScheduledActionAnswer batchDeleteScheduledAction(RequestContext ctx, BatchDeleteScheduledActionType in) {
        return store.write(tx -> {
            Group g = groups.require(tx, ctx.accountId(), ctx.region(), in.autoScalingGroupName());
            List<FailedScheduledUpdateGroupActionRequest> failed = new ArrayList<>();
            for (String name : in.scheduledActionNames()) {
                try {
                    scheduled.delete(tx, g, name);
                } catch (AwsException refused) {
                    failed.add(new FailedScheduledUpdateGroupActionRequest(name, refused.code(), refused.getMessage()));
                }
            }
            return new BatchDeleteScheduledActionAnswer(failed);
        });
    }

    // Processes, metrics, limits

    @Override
    public void suspendProcesses(RequestContext ctx, ScalingProcessQuery in) {
        store.write(tx -> {
            Group g = live(tx, ctx, in.autoScalingGroupName());
            String reason = "User suspended at " + Instant.ofEpochMilli(clock.millis()).truncatedTo(ChronoUnit.SECONDS);
            for (String p : processes(in.scalingProcesses())) {
                if (!g.suspended(p)) {
                    g.suspendedProcesses.add(new SuspendedProcess(p, reason));
                }
            }
            groups.save(tx, g);
            return null;
        });
    }

    @Override
    public void resumeProcesses(RequestContext ctx, ScalingProcessQuery in) {
        store.write(tx -> {
            Group g = live(tx, ctx, in.autoScalingGroupName());
            List<String> resumed = processes(in.scalingProcesses());
            g.suspendedProcesses.removeIf(p -> resumed.contains(p.processName()));
            groups.save(tx, g);
            scaler.settle(tx, g, null);
            return null;
        });
    }

    private static List<String> processes(List<String> named) {
        if (named == null || named.isEmpty()) {
            return PROCESSES;
        }
        for (String p : named) {
            if (!PROCESSES.contains(p)) {
                throw new AwsException("ValidationError", "Process " + p + " is not a valid scaling process. Valid processes are: " + String.join(", ", PROCESSES));
            }
        }
        return named;
    }

    @Override
    public ProcessesType describeScalingProcessTypes(RequestContext ctx) {
        return new ProcessesType(PROCESSES.stream().map(ProcessType::new).toList());
    }

    @Override
    public void enableMetricsCollection(RequestContext ctx, EnableMetricsCollectionQuery in) {
        if (!"1Minute".equals(in.granularity())) {
            throw new AwsException("ValidationError", "Valid granularity is 1Minute.");
        }
        store.write(tx -> {
            Group g = live(tx, ctx, in.autoScalingGroupName());
            for (String m : metrics(in.metrics())) {
                if (g.enabledMetrics.stream().noneMatch(e -> e.metric().equals(m))) {
                    g.enabledMetrics.add(new EnabledMetric(m, "1Minute"));
                }
            }
            groups.save(tx, g);
            return null;
        });
    }

    @Override
    public void disableMetricsCollection(RequestContext ctx, DisableMetricsCollectionQuery in) {
        store.write(tx -> {
            Group g = live(tx, ctx, in.autoScalingGroupName());
            List<String> off = metrics(in.metrics());
            g.enabledMetrics.removeIf(e -> off.contains(e.metric()));
            groups.save(tx, g);
            return null;
        });
    }

    private static List<String> metrics(List<String> named) {
        if (named == null || named.isEmpty()) {
            return METRICS;
        }
        for (String m : named) {
            if (!METRICS.contains(m)) {
                throw new AwsException("ValidationError", "Metric " + m + " is not a valid metric. Valid metrics are: " + String.join(", ", METRICS));
            }
        }
        return named;
    }

    @Override
    public DescribeMetricCollectionTypesAnswer describeMetricCollectionTypes(RequestContext ctx) {
        return new DescribeMetricCollectionTypesAnswer(METRICS.stream().map(MetricCollectionType::new).toList(), List.of(new MetricGranularityType("1Minute")));
    }

    @Override
    public DescribeTerminationPolicyTypesAnswer describeTerminationPolicyTypes(RequestContext ctx) {
        return new DescribeTerminationPolicyTypesAnswer(Groups.TERMINATION_POLICIES.stream().sorted().toList());
    }

    @Override
    public DescribeAccountLimitsAnswer describeAccountLimits(RequestContext ctx) {
        return store.read(tx -> new DescribeAccountLimitsAnswer(500, 200, repo.count(tx, Kind.GROUP, ctx.accountId(), ctx.region()),
                repo.count(tx, Kind.LAUNCH_CONFIGURATION, ctx.accountId(), ctx.region())));
    }

    /** The group a change is for, refused while a forced delete is under way as AWS refuses changes to a group being deleted. */
    private Group live(Tx tx, RequestContext ctx, String name) throws SQLException {
        Group g = groups.find(tx, ctx.accountId(), ctx.region(), name);
        if (g == null) {
            // What UpdateAutoScalingGroup, SetDesiredCapacity and PutScheduledUpdateGroupAction answer for a group they do not know.
            throw new AwsException("ValidationError", "AutoScalingGroup name not found - null");
        }
        if (g.deleting()) {
            throw new AwsException("ScalingActivityInProgressFault", "AutoScalingGroup " + name + " is pending delete.");
        }
        return g;
    }

    private static Paging.Listing listing(RequestContext ctx, Object... parts) {
        Object[] all = new Object[parts.length + 2];
        all[0] = ctx.accountId();
        all[1] = ctx.region();
        System.arraycopy(parts, 0, all, 2, parts.length);
        return Paging.Listing.of(token -> new AwsException("InvalidNextToken", "The token '" + token + "' is invalid."), all);
    }

    private static int max(Integer given, int byDefault) {
        return given == null ? byDefault : Math.max(1, Math.min(given, 100));
    }

    private static <T> List<T> list(List<T> given) {
        return given == null ? List.of() : given;
    }

}
