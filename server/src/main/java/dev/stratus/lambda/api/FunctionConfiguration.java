// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionConfiguration(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("FunctionArn") String functionArn,
        @JsonProperty("Runtime") String runtime,
        @JsonProperty("Role") String role,
        @JsonProperty("Handler") String handler,
        @JsonProperty("CodeSize") Long codeSize,
        @JsonProperty("Description") String description,
        @JsonProperty("Timeout") Integer timeout,
        @JsonProperty("MemorySize") Integer memorySize,
        @JsonProperty("LastModified") String lastModified,
        @JsonProperty("CodeSha256") String codeSha256,
        @JsonProperty("Version") String version,
        @JsonProperty("VpcConfig") VpcConfigResponse vpcConfig,
        @JsonProperty("DeadLetterConfig") DeadLetterConfig deadLetterConfig,
        @JsonProperty("Environment") EnvironmentResponse environment,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        @JsonProperty("TracingConfig") TracingConfigResponse tracingConfig,
        @JsonProperty("MasterArn") String masterArn,
        @JsonProperty("RevisionId") String revisionId,
        @JsonProperty("Layers") java.util.List<Layer> layers,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("StateReasonCode") String stateReasonCode,
        @JsonProperty("LastUpdateStatus") String lastUpdateStatus,
        @JsonProperty("LastUpdateStatusReason") String lastUpdateStatusReason,
        @JsonProperty("LastUpdateStatusReasonCode") String lastUpdateStatusReasonCode,
        @JsonProperty("FileSystemConfigs") java.util.List<FileSystemConfig> fileSystemConfigs,
        @JsonProperty("PackageType") String packageType,
        @JsonProperty("ImageConfigResponse") ImageConfigResponse imageConfigResponse,
        @JsonProperty("SigningProfileVersionArn") String signingProfileVersionArn,
        @JsonProperty("SigningJobArn") String signingJobArn,
        @JsonProperty("Architectures") java.util.List<String> architectures,
        @JsonProperty("EphemeralStorage") EphemeralStorage ephemeralStorage,
        @JsonProperty("SnapStart") SnapStartResponse snapStart,
        @JsonProperty("RuntimeVersionConfig") RuntimeVersionConfig runtimeVersionConfig,
        @JsonProperty("LoggingConfig") LoggingConfig loggingConfig,
        @JsonProperty("CapacityProviderConfig") CapacityProviderConfig capacityProviderConfig,
        @JsonProperty("ConfigSha256") String configSha256,
        @JsonProperty("DurableConfig") DurableConfig durableConfig,
        @JsonProperty("TenancyConfig") TenancyConfig tenancyConfig) {
}
