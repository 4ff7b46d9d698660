// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CSVInput(
        @JsonProperty("FileHeaderInfo") String fileHeaderInfo,
        @JsonProperty("Comments") String comments,
        @JsonProperty("QuoteEscapeCharacter") String quoteEscapeCharacter,
        @JsonProperty("RecordDelimiter") String recordDelimiter,
        @JsonProperty("FieldDelimiter") String fieldDelimiter,
        @JsonProperty("QuoteCharacter") String quoteCharacter,
        @JsonProperty("AllowQuotedRecordDelimiter") Boolean allowQuotedRecordDelimiter) {
}
