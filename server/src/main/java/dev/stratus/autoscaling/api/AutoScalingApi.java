// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of autoscaling, one method each; those a service does not override answer 501. */
public interface AutoScalingApi {

    default void attachInstances(RequestContext context, AttachInstancesQuery input) {
        throw AwsException.notImplemented(context);
    }

    default AttachLoadBalancerTargetGroupsResultType attachLoadBalancerTargetGroups(RequestContext context, AttachLoadBalancerTargetGroupsType input) {
        throw AwsException.notImplemented(context);
    }

    default AttachLoadBalancersResultType attachLoadBalancers(RequestContext context, AttachLoadBalancersType input) {
        throw AwsException.notImplemented(context);
    }

    default AttachTrafficSourcesResultType attachTrafficSources(RequestContext context, AttachTrafficSourcesType input) {
        throw AwsException.notImplemented(context);
    }

    default BatchDeleteScheduledActionAnswer batchDeleteScheduledAction(RequestContext context, BatchDeleteScheduledActionType input) {
        throw AwsException.notImplemented(context);
    }

    default BatchPutScheduledUpdateGroupActionAnswer batchPutScheduledUpdateGroupAction(RequestContext context, BatchPutScheduledUpdateGroupActionType input) {
        throw AwsException.notImplemented(context);
    }

    default CancelInstanceRefreshAnswer cancelInstanceRefresh(RequestContext context, CancelInstanceRefreshType input) {
        throw AwsException.notImplemented(context);
    }

    default CompleteLifecycleActionAnswer completeLifecycleAction(RequestContext context, CompleteLifecycleActionType input) {
        throw AwsException.notImplemented(context);
    }

    default void createAutoScalingGroup(RequestContext context, CreateAutoScalingGroupType input) {
        throw AwsException.notImplemented(context);
    }

    default void createLaunchConfiguration(RequestContext context, CreateLaunchConfigurationType input) {
        throw AwsException.notImplemented(context);
    }

    default void createOrUpdateTags(RequestContext context, CreateOrUpdateTagsType input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteAutoScalingGroup(RequestContext context, DeleteAutoScalingGroupType input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteLaunchConfiguration(RequestContext context, LaunchConfigurationNameType input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLifecycleHookAnswer deleteLifecycleHook(RequestContext context, DeleteLifecycleHookType input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteNotificationConfiguration(RequestContext context, DeleteNotificationConfigurationType input) {
        throw AwsException.notImplemented(context);
    }

    default void deletePolicy(RequestContext context, DeletePolicyType input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteScheduledAction(RequestContext context, DeleteScheduledActionType input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteTags(RequestContext context, DeleteTagsType input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteWarmPoolAnswer deleteWarmPool(RequestContext context, DeleteWarmPoolType input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAccountLimitsAnswer describeAccountLimits(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAdjustmentTypesAnswer describeAdjustmentTypes(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default AutoScalingGroupsType describeAutoScalingGroups(RequestContext context, AutoScalingGroupNamesType input) {
        throw AwsException.notImplemented(context);
    }

    default AutoScalingInstancesType describeAutoScalingInstances(RequestContext context, DescribeAutoScalingInstancesType input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAutoScalingNotificationTypesAnswer describeAutoScalingNotificationTypes(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceRefreshesAnswer describeInstanceRefreshes(RequestContext context, DescribeInstanceRefreshesType input) {
        throw AwsException.notImplemented(context);
    }

    default LaunchConfigurationsType describeLaunchConfigurations(RequestContext context, LaunchConfigurationNamesType input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLifecycleHookTypesAnswer describeLifecycleHookTypes(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLifecycleHooksAnswer describeLifecycleHooks(RequestContext context, DescribeLifecycleHooksType input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLoadBalancerTargetGroupsResponse describeLoadBalancerTargetGroups(RequestContext context, DescribeLoadBalancerTargetGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLoadBalancersResponse describeLoadBalancers(RequestContext context, DescribeLoadBalancersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMetricCollectionTypesAnswer describeMetricCollectionTypes(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNotificationConfigurationsAnswer describeNotificationConfigurations(RequestContext context, DescribeNotificationConfigurationsType input) {
        throw AwsException.notImplemented(context);
    }

    default PoliciesType describePolicies(RequestContext context, DescribePoliciesType input) {
        throw AwsException.notImplemented(context);
    }

    default ActivitiesType describeScalingActivities(RequestContext context, DescribeScalingActivitiesType input) {
        throw AwsException.notImplemented(context);
    }

    default ProcessesType describeScalingProcessTypes(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default ScheduledActionsType describeScheduledActions(RequestContext context, DescribeScheduledActionsType input) {
        throw AwsException.notImplemented(context);
    }

    default TagsType describeTags(RequestContext context, DescribeTagsType input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTerminationPolicyTypesAnswer describeTerminationPolicyTypes(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTrafficSourcesResponse describeTrafficSources(RequestContext context, DescribeTrafficSourcesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeWarmPoolAnswer describeWarmPool(RequestContext context, DescribeWarmPoolType input) {
        throw AwsException.notImplemented(context);
    }

    default DetachInstancesAnswer detachInstances(RequestContext context, DetachInstancesQuery input) {
        throw AwsException.notImplemented(context);
    }

    default DetachLoadBalancerTargetGroupsResultType detachLoadBalancerTargetGroups(RequestContext context, DetachLoadBalancerTargetGroupsType input) {
        throw AwsException.notImplemented(context);
    }

    default DetachLoadBalancersResultType detachLoadBalancers(RequestContext context, DetachLoadBalancersType input) {
        throw AwsException.notImplemented(context);
    }

    default DetachTrafficSourcesResultType detachTrafficSources(RequestContext context, DetachTrafficSourcesType input) {
        throw AwsException.notImplemented(context);
    }

    default void disableMetricsCollection(RequestContext context, DisableMetricsCollectionQuery input) {
        throw AwsException.notImplemented(context);
    }

    default void enableMetricsCollection(RequestContext context, EnableMetricsCollectionQuery input) {
        throw AwsException.notImplemented(context);
    }

    default EnterStandbyAnswer enterStandby(RequestContext context, EnterStandbyQuery input) {
        throw AwsException.notImplemented(context);
    }

    default void executePolicy(RequestContext context, ExecutePolicyType input) {
        throw AwsException.notImplemented(context);
    }

    default ExitStandbyAnswer exitStandby(RequestContext context, ExitStandbyQuery input) {
        throw AwsException.notImplemented(context);
    }

    default GetPredictiveScalingForecastAnswer getPredictiveScalingForecast(RequestContext context, GetPredictiveScalingForecastType input) {
        throw AwsException.notImplemented(context);
    }

    default LaunchInstancesResult launchInstances(RequestContext context, LaunchInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutLifecycleHookAnswer putLifecycleHook(RequestContext context, PutLifecycleHookType input) {
        throw AwsException.notImplemented(context);
    }

    default void putNotificationConfiguration(RequestContext context, PutNotificationConfigurationType input) {
        throw AwsException.notImplemented(context);
    }

    default PolicyARNType putScalingPolicy(RequestContext context, PutScalingPolicyType input) {
        throw AwsException.notImplemented(context);
    }

    default void putScheduledUpdateGroupAction(RequestContext context, PutScheduledUpdateGroupActionType input) {
        throw AwsException.notImplemented(context);
    }

    default PutWarmPoolAnswer putWarmPool(RequestContext context, PutWarmPoolType input) {
        throw AwsException.notImplemented(context);
    }

    default RecordLifecycleActionHeartbeatAnswer recordLifecycleActionHeartbeat(RequestContext context, RecordLifecycleActionHeartbeatType input) {
        throw AwsException.notImplemented(context);
    }

    default void resumeProcesses(RequestContext context, ScalingProcessQuery input) {
        throw AwsException.notImplemented(context);
    }

    default RollbackInstanceRefreshAnswer rollbackInstanceRefresh(RequestContext context, RollbackInstanceRefreshType input) {
        throw AwsException.notImplemented(context);
    }

    default void setDesiredCapacity(RequestContext context, SetDesiredCapacityType input) {
        throw AwsException.notImplemented(context);
    }

    default void setInstanceHealth(RequestContext context, SetInstanceHealthQuery input) {
        throw AwsException.notImplemented(context);
    }

    default SetInstanceProtectionAnswer setInstanceProtection(RequestContext context, SetInstanceProtectionQuery input) {
        throw AwsException.notImplemented(context);
    }

    default StartInstanceRefreshAnswer startInstanceRefresh(RequestContext context, StartInstanceRefreshType input) {
        throw AwsException.notImplemented(context);
    }

    default void suspendProcesses(RequestContext context, ScalingProcessQuery input) {
        throw AwsException.notImplemented(context);
    }

    default ActivityType terminateInstanceInAutoScalingGroup(RequestContext context, TerminateInstanceInAutoScalingGroupType input) {
        throw AwsException.notImplemented(context);
    }

    default void updateAutoScalingGroup(RequestContext context, UpdateAutoScalingGroupType input) {
        throw AwsException.notImplemented(context);
    }
}
