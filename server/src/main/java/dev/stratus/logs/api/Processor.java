// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Processor(
        @JsonProperty("addKeys") AddKeys addKeys,
        @JsonProperty("copyValue") CopyValue copyValue,
        @JsonProperty("csv") CSV csv,
        @JsonProperty("dateTimeConverter") DateTimeConverter dateTimeConverter,
        @JsonProperty("deleteKeys") DeleteKeys deleteKeys,
        @JsonProperty("grok") Grok grok,
        @JsonProperty("listToMap") ListToMap listToMap,
        @JsonProperty("lowerCaseString") LowerCaseString lowerCaseString,
        @JsonProperty("moveKeys") MoveKeys moveKeys,
        @JsonProperty("parseCloudfront") ParseCloudfront parseCloudfront,
        @JsonProperty("parseJSON") ParseJSON parseJSON,
        @JsonProperty("parseKeyValue") ParseKeyValue parseKeyValue,
        @JsonProperty("parseRoute53") ParseRoute53 parseRoute53,
        @JsonProperty("parseToOCSF") ParseToOCSF parseToOCSF,
        @JsonProperty("parsePostgres") ParsePostgres parsePostgres,
        @JsonProperty("parseVPC") ParseVPC parseVPC,
        @JsonProperty("parseWAF") ParseWAF parseWAF,
        @JsonProperty("renameKeys") RenameKeys renameKeys,
        @JsonProperty("splitString") SplitString splitString,
        @JsonProperty("substituteString") SubstituteString substituteString,
        @JsonProperty("trimString") TrimString trimString,
        @JsonProperty("typeConverter") TypeConverter typeConverter,
        @JsonProperty("upperCaseString") UpperCaseString upperCaseString) {
}
