package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation as it was called and answered, seen after the service returns: its context (and
 * so its principal), the parsed input, and either the output (null for operations without one)
 * or the error. What CloudTrail makes its "AWS API Call via CloudTrail" events from.
 */
public record ApiCall(RequestContext context, JsonNode input, JsonNode output, AwsException error) {
}
