// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateFunctionConfigurationRequest(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("Role") String role,
        @JsonProperty("Handler") String handler,
        @JsonProperty("Description") String description,
        @JsonProperty("Timeout") Integer timeout,
        @JsonProperty("MemorySize") Integer memorySize,
        @JsonProperty("VpcConfig") VpcConfig vpcConfig,
        @JsonProperty("Environment") Environment environment,
        @JsonProperty("Runtime") String runtime,
        @JsonProperty("DeadLetterConfig") DeadLetterConfig deadLetterConfig,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        @JsonProperty("TracingConfig") TracingConfig tracingConfig,
        @JsonProperty("RevisionId") String revisionId,
        @JsonProperty("Layers") java.util.List<String> layers,
        @JsonProperty("FileSystemConfigs") java.util.List<FileSystemConfig> fileSystemConfigs,
        @JsonProperty("ImageConfig") ImageConfig imageConfig,
        @JsonProperty("EphemeralStorage") EphemeralStorage ephemeralStorage,
        @JsonProperty("SnapStart") SnapStart snapStart,
        @JsonProperty("LoggingConfig") LoggingConfig loggingConfig,
        @JsonProperty("CapacityProviderConfig") CapacityProviderConfig capacityProviderConfig,
        @JsonProperty("DurableConfig") DurableConfig durableConfig) {
}
