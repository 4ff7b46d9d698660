// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class AutoScalingDispatcher implements ServiceDispatcher {
    private final AutoScalingApi api;

    public AutoScalingDispatcher(AutoScalingApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AttachInstances":
                api.attachInstances(context, Json.read(input, AttachInstancesQuery.class));
                return null;
            case "AttachLoadBalancerTargetGroups":
                return api.attachLoadBalancerTargetGroups(context, Json.read(input, AttachLoadBalancerTargetGroupsType.class));
            case "AttachLoadBalancers":
                return api.attachLoadBalancers(context, Json.read(input, AttachLoadBalancersType.class));
            case "AttachTrafficSources":
                return api.attachTrafficSources(context, Json.read(input, AttachTrafficSourcesType.class));
            case "BatchDeleteScheduledAction":
                return api.batchDeleteScheduledAction(context, Json.read(input, BatchDeleteScheduledActionType.class));
            case "BatchPutScheduledUpdateGroupAction":
                return api.batchPutScheduledUpdateGroupAction(context, Json.read(input, BatchPutScheduledUpdateGroupActionType.class));
            case "CancelInstanceRefresh":
                return api.cancelInstanceRefresh(context, Json.read(input, CancelInstanceRefreshType.class));
            case "CompleteLifecycleAction":
                return api.completeLifecycleAction(context, Json.read(input, CompleteLifecycleActionType.class));
            case "CreateAutoScalingGroup":
                api.createAutoScalingGroup(context, Json.read(input, CreateAutoScalingGroupType.class));
                return null;
            case "CreateLaunchConfiguration":
                api.createLaunchConfiguration(context, Json.read(input, CreateLaunchConfigurationType.class));
                return null;
            case "CreateOrUpdateTags":
                api.createOrUpdateTags(context, Json.read(input, CreateOrUpdateTagsType.class));
                return null;
            case "DeleteAutoScalingGroup":
                api.deleteAutoScalingGroup(context, Json.read(input, DeleteAutoScalingGroupType.class));
                return null;
            case "DeleteLaunchConfiguration":
                api.deleteLaunchConfiguration(context, Json.read(input, LaunchConfigurationNameType.class));
                return null;
            case "DeleteLifecycleHook":
                return api.deleteLifecycleHook(context, Json.read(input, DeleteLifecycleHookType.class));
            case "DeleteNotificationConfiguration":
                api.deleteNotificationConfiguration(context, Json.read(input, DeleteNotificationConfigurationType.class));
                return null;
            case "DeletePolicy":
                api.deletePolicy(context, Json.read(input, DeletePolicyType.class));
                return null;
            case "DeleteScheduledAction":
                api.deleteScheduledAction(context, Json.read(input, DeleteScheduledActionType.class));
                return null;
            case "DeleteTags":
                api.deleteTags(context, Json.read(input, DeleteTagsType.class));
                return null;
            case "DeleteWarmPool":
                return api.deleteWarmPool(context, Json.read(input, DeleteWarmPoolType.class));
            case "DescribeAccountLimits":
                return api.describeAccountLimits(context);
            case "DescribeAdjustmentTypes":
                return api.describeAdjustmentTypes(context);
            case "DescribeAutoScalingGroups":
                return api.describeAutoScalingGroups(context, Json.read(input, AutoScalingGroupNamesType.class));
            case "DescribeAutoScalingInstances":
                return api.describeAutoScalingInstances(context, Json.read(input, DescribeAutoScalingInstancesType.class));
            case "DescribeAutoScalingNotificationTypes":
                return api.describeAutoScalingNotificationTypes(context);
            case "DescribeInstanceRefreshes":
                return api.describeInstanceRefreshes(context, Json.read(input, DescribeInstanceRefreshesType.class));
            case "DescribeLaunchConfigurations":
                return api.describeLaunchConfigurations(context, Json.read(input, LaunchConfigurationNamesType.class));
            case "DescribeLifecycleHookTypes":
                return api.describeLifecycleHookTypes(context);
            case "DescribeLifecycleHooks":
                return api.describeLifecycleHooks(context, Json.read(input, DescribeLifecycleHooksType.class));
            case "DescribeLoadBalancerTargetGroups":
                return api.describeLoadBalancerTargetGroups(context, Json.read(input, DescribeLoadBalancerTargetGroupsRequest.class));
            case "DescribeLoadBalancers":
                return api.describeLoadBalancers(context, Json.read(input, DescribeLoadBalancersRequest.class));
            case "DescribeMetricCollectionTypes":
                return api.describeMetricCollectionTypes(context);
            case "DescribeNotificationConfigurations":
                return api.describeNotificationConfigurations(context, Json.read(input, DescribeNotificationConfigurationsType.class));
            case "DescribePolicies":
                return api.describePolicies(context, Json.read(input, DescribePoliciesType.class));
            case "DescribeScalingActivities":
                return api.describeScalingActivities(context, Json.read(input, DescribeScalingActivitiesType.class));
            case "DescribeScalingProcessTypes":
                return api.describeScalingProcessTypes(context);
            case "DescribeScheduledActions":
                return api.describeScheduledActions(context, Json.read(input, DescribeScheduledActionsType.class));
            case "DescribeTags":
                return api.describeTags(context, Json.read(input, DescribeTagsType.class));
            case "DescribeTerminationPolicyTypes":
                return api.describeTerminationPolicyTypes(context);
            case "DescribeTrafficSources":
                return api.describeTrafficSources(context, Json.read(input, DescribeTrafficSourcesRequest.class));
            case "DescribeWarmPool":
                return api.describeWarmPool(context, Json.read(input, DescribeWarmPoolType.class));
            case "DetachInstances":
                return api.detachInstances(context, Json.read(input, DetachInstancesQuery.class));
            case "DetachLoadBalancerTargetGroups":
                return api.detachLoadBalancerTargetGroups(context, Json.read(input, DetachLoadBalancerTargetGroupsType.class));
            case "DetachLoadBalancers":
                return api.detachLoadBalancers(context, Json.read(input, DetachLoadBalancersType.class));
            case "DetachTrafficSources":
                return api.detachTrafficSources(context, Json.read(input, DetachTrafficSourcesType.class));
            case "DisableMetricsCollection":
                api.disableMetricsCollection(context, Json.read(input, DisableMetricsCollectionQuery.class));
                return null;
            case "EnableMetricsCollection":
                api.enableMetricsCollection(context, Json.read(input, EnableMetricsCollectionQuery.class));
                return null;
            case "EnterStandby":
                return api.enterStandby(context, Json.read(input, EnterStandbyQuery.class));
            case "ExecutePolicy":
                api.executePolicy(context, Json.read(input, ExecutePolicyType.class));
                return null;
            case "ExitStandby":
                return api.exitStandby(context, Json.read(input, ExitStandbyQuery.class));
            case "GetPredictiveScalingForecast":
                return api.getPredictiveScalingForecast(context, Json.read(input, GetPredictiveScalingForecastType.class));
            case "LaunchInstances":
                return api.launchInstances(context, Json.read(input, LaunchInstancesRequest.class));
            case "PutLifecycleHook":
                return api.putLifecycleHook(context, Json.read(input, PutLifecycleHookType.class));
            case "PutNotificationConfiguration":
                api.putNotificationConfiguration(context, Json.read(input, PutNotificationConfigurationType.class));
                return null;
            case "PutScalingPolicy":
                return api.putScalingPolicy(context, Json.read(input, PutScalingPolicyType.class));
            case "PutScheduledUpdateGroupAction":
                api.putScheduledUpdateGroupAction(context, Json.read(input, PutScheduledUpdateGroupActionType.class));
                return null;
            case "PutWarmPool":
                return api.putWarmPool(context, Json.read(input, PutWarmPoolType.class));
            case "RecordLifecycleActionHeartbeat":
                return api.recordLifecycleActionHeartbeat(context, Json.read(input, RecordLifecycleActionHeartbeatType.class));
            case "ResumeProcesses":
                api.resumeProcesses(context, Json.read(input, ScalingProcessQuery.class));
                return null;
            case "RollbackInstanceRefresh":
                return api.rollbackInstanceRefresh(context, Json.read(input, RollbackInstanceRefreshType.class));
            case "SetDesiredCapacity":
                api.setDesiredCapacity(context, Json.read(input, SetDesiredCapacityType.class));
                return null;
            case "SetInstanceHealth":
                api.setInstanceHealth(context, Json.read(input, SetInstanceHealthQuery.class));
                return null;
            case "SetInstanceProtection":
                return api.setInstanceProtection(context, Json.read(input, SetInstanceProtectionQuery.class));
            case "StartInstanceRefresh":
                return api.startInstanceRefresh(context, Json.read(input, StartInstanceRefreshType.class));
            case "SuspendProcesses":
                api.suspendProcesses(context, Json.read(input, ScalingProcessQuery.class));
                return null;
            case "TerminateInstanceInAutoScalingGroup":
                return api.terminateInstanceInAutoScalingGroup(context, Json.read(input, TerminateInstanceInAutoScalingGroupType.class));
            case "UpdateAutoScalingGroup":
                api.updateAutoScalingGroup(context, Json.read(input, UpdateAutoScalingGroupType.class));
                return null;
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
