// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Patch(
        @JsonProperty("Id") String id,
        @JsonProperty("ReleaseDate") java.time.Instant releaseDate,
        @JsonProperty("Title") String title,
        @JsonProperty("Description") String description,
        @JsonProperty("ContentUrl") String contentUrl,
        @JsonProperty("Vendor") String vendor,
        @JsonProperty("ProductFamily") String productFamily,
        @JsonProperty("Product") String product,
        @JsonProperty("Classification") String classification,
        @JsonProperty("MsrcSeverity") String msrcSeverity,
        @JsonProperty("KbNumber") String kbNumber,
        @JsonProperty("MsrcNumber") String msrcNumber,
        @JsonProperty("Language") String language,
        @JsonProperty("AdvisoryIds") java.util.List<String> advisoryIds,
        @JsonProperty("BugzillaIds") java.util.List<String> bugzillaIds,
        @JsonProperty("CVEIds") java.util.List<String> cveIds,
        @JsonProperty("Name") String name,
        @JsonProperty("Epoch") Integer epoch,
        @JsonProperty("Version") String version,
        @JsonProperty("Release") String release,
        @JsonProperty("Arch") String arch,
        @JsonProperty("Severity") String severity,
        @JsonProperty("Repository") String repository) {
}
