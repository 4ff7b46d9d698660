package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Calls one operation of a service with its validated input tree and returns the output as a
 * typed record (or null for operations without output). Implemented by generated code.
 */
public interface ServiceDispatcher {
    Object invoke(String operation, RequestContext context, JsonNode input);
}
