// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateFunctionRequest(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("Runtime") String runtime,
        @JsonProperty("Role") String role,
        @JsonProperty("Handler") String handler,
        @JsonProperty("Code") FunctionCode code,
        @JsonProperty("Description") String description,
        @JsonProperty("Timeout") Integer timeout,
        @JsonProperty("MemorySize") Integer memorySize,
        @JsonProperty("Publish") Boolean publish,
        @JsonProperty("VpcConfig") VpcConfig vpcConfig,
        @JsonProperty("PackageType") String packageType,
        @JsonProperty("DeadLetterConfig") DeadLetterConfig deadLetterConfig,
        @JsonProperty("Environment") Environment environment,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        @JsonProperty("TracingConfig") TracingConfig tracingConfig,
        @JsonProperty("Tags") java.util.Map<String, String> tags,
        @JsonProperty("Layers") java.util.List<String> layers,
        @JsonProperty("FileSystemConfigs") java.util.List<FileSystemConfig> fileSystemConfigs,
        @JsonProperty("ImageConfig") ImageConfig imageConfig,
        @JsonProperty("CodeSigningConfigArn") String codeSigningConfigArn,
        @JsonProperty("Architectures") java.util.List<String> architectures,
        @JsonProperty("EphemeralStorage") EphemeralStorage ephemeralStorage,
        @JsonProperty("SnapStart") SnapStart snapStart,
        @JsonProperty("LoggingConfig") LoggingConfig loggingConfig,
        @JsonProperty("CapacityProviderConfig") CapacityProviderConfig capacityProviderConfig,
        @JsonProperty("PublishTo") String publishTo,
        @JsonProperty("DurableConfig") DurableConfig durableConfig,
        @JsonProperty("TenancyConfig") TenancyConfig tenancyConfig) {
}
