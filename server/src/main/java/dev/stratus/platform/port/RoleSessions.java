package dev.stratus.platform.port;

import dev.stratus.protocol.Principal;
import java.time.Duration;
import java.time.Instant;

/**
 * STS's role sessions for services that act as a role: Lambda runs each function with a session of
 * its execution role. STS offers it; the credentials it answers are usable at once.
 */
public interface RoleSessions {

    /**
     * Temporary credentials of a session named {@code sessionName} of the role {@code roleArn},
     * lasting {@code duration}, issued to {@code asService} ({@code lambda.amazonaws.com}). The role
     * need not exist: the session then has the role's ARN and no policies.
     */
    Session assume(String roleArn, String sessionName, Principal asService, Duration duration);

    /**
     * A session's key, secret and token, when they expire, and who calls with them
     * ({@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}, IAM's unique id {@code AROA…:SESSION}).
     */
    record Session(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration, Principal principal,
                   String assumedRoleId) {
    }
}
