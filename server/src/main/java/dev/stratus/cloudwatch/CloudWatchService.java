package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.api.CloudWatchApi;

/** Amazon CloudWatch's operations: metrics, alarms and dashboards. */
final class CloudWatchService implements CloudWatchApi {
}
