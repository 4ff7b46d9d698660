package dev.stratus.platform.port;

import dev.stratus.protocol.ApiCall;

/**
 * CloudTrail as the server reaches it: every operation the gateway answered is handed over once,
 * after the service returned (its principal, parsed input, and output or error), and CloudTrail
 * decides what it records. No service knows of it; the server forwards the gateway's calls.
 */
public interface ApiCallRecorder {

    /** Records {@code call} if CloudTrail records calls of its kind; never throws for a call it cannot read. */
    void record(ApiCall call);
}
