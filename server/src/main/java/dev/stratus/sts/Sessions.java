package dev.stratus.sts;

import dev.stratus.platform.Arn;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.identity.Credentials;
import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.platform.port.Identities;
import dev.stratus.platform.port.RoleSessions;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Temporary credentials as STS issues them, written to the one credential table: a session of a
 * role (AssumeRole, and Lambda's sessions of execution roles through {@link RoleSessions}) or of
 * a user or the root (GetSessionToken). Keys look as AWS's do: {@code ASIA} and 16 base32
 * characters, a 40-character secret, a long opaque token.
 */
final class Sessions implements RoleSessions {
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final Clock clock;
    private final Credentials credentials;
    private final Identities identities;

    Sessions(Store store, Clock clock, Credentials credentials, Identities identities) {
        this.store = store;
        this.clock = clock;
        this.credentials = credentials;
        this.identities = identities;
    }

    /** A role as a session needs it: its ARN, unique id (AROA…) and name. */
    record Role(String arn, String uniqueId, String name, String account, String partition) {

        static Role of(Arn arn, String uniqueId) {
            return new Role(arn.toString(), uniqueId, arn.resource().substring(arn.resource().lastIndexOf('/') + 1), arn.account(), arn.partition());
        }

        /** {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}: the role's name without its path. */
        String sessionArn(String sessionName) {
            return new Arn(partition, "sts", "", account, "assumed-role/" + name + "/" + sessionName).toString();
        }
    }

    /** What a session carries beside who it is: its policies, tags and source identity. */
    record Extras(PolicyDocument policy, List<String> policyArns, Map<String, String> tags, List<String> transitiveTagKeys, String sourceIdentity) {
        static final Extras NONE = new Extras(null, List.of(), Map.of(), List.of(), null);
    }

    /** Issues a session of {@code role} named {@code sessionName} until {@code duration} from now. */
    Credential assume(Role role, String sessionName, Duration duration, Extras extras) {
        Instant now = Instant.ofEpochMilli(clock.millis());
        Credential c = new Credential(accessKeyId(), secret(), token(), new Principal(Principal.Type.ASSUMED_ROLE, role.sessionArn(sessionName),
                role.account()), role.uniqueId() + ":" + sessionName, role.arn(), true, now, now.plus(duration), extras.policy(), extras.tags(),
                extras.policyArns(), extras.transitiveTagKeys(), extras.sourceIdentity());
        store.write(tx -> {
            credentials.issue(tx, c);
            return null;
        });
        return c;
    }

    /** Issues a session of a user or the root (GetSessionToken): the same principal, for {@code duration}. */
    Credential ofCaller(Principal caller, String principalId, Duration duration) {
        Instant now = Instant.ofEpochMilli(clock.millis());
        Credential c = new Credential(accessKeyId(), secret(), token(), caller, principalId, caller.id(), true, now, now.plus(duration), null, Map.of());
        store.write(tx -> {
            credentials.issue(tx, c);
            return null;
        });
        return c;
    }

    /**
     * A role that does not exist still gets a session (Lambda runs a function whose role was
     * deleted); its unique id is then made from its ARN, so that it is the same each time.
     */
    @Override
    public Session assume(String roleArn, String sessionName, Principal asService, Duration duration) {
        Arn arn = Arn.parse(roleArn).orElseThrow(() -> new IllegalArgumentException("not an ARN: " + roleArn));
        String name = arn.resource().substring(arn.resource().lastIndexOf('/') + 1);
        String uniqueId = identities.role(name).filter(r -> r.arn().equals(roleArn)).map(Identities.Identity::uniqueId)
                .orElseGet(() -> stableRoleId(roleArn));
        Credential c = assume(Role.of(arn, uniqueId), sessionName, duration, Extras.NONE);
        return new Session(c.accessKeyId(), c.secretAccessKey(), c.sessionToken(), c.expires(), c.principal(), c.principalId());
    }

    static String stableRoleId(String roleArn) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(roleArn.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder("AROA");
            for (int i = 0; i < 17; i++) {
                b.append(BASE32.charAt((hash[i] & 0xff) % 32));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String accessKeyId() {
        StringBuilder b = new StringBuilder("ASIA");
        for (int i = 0; i < 16; i++) {
            b.append(BASE32.charAt(RANDOM.nextInt(32)));
        }
        return b.toString();
    }

    private static String secret() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String token() {
        byte[] bytes = new byte[264];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
