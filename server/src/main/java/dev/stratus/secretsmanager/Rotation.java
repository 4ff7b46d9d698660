package dev.stratus.secretsmanager;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.jobs.Outcome;
import dev.stratus.platform.port.Functions;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.secretsmanager.SecretsRepository.Secret;
import dev.stratus.secretsmanager.SecretsRepository.Version;
import dev.stratus.secretsmanager.api.RotationRulesType;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.ScheduleExpression;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A secret's rotation, as AWS runs it: a new version for the rotation's token, labelled
 * AWSPENDING and without a value, then the rotation function called as
 * {@code secretsmanager.amazonaws.com} for each of its four steps (createSecret, setSecret,
 * testSecret, finishSecret) with {@code {"Step", "SecretId", "ClientRequestToken"}}. The function
 * does the work (PutSecretValue for the pending value, UpdateSecretVersionStage to make it
 * current); once finishSecret returns with the token's version current, its AWSPENDING label goes
 * and the secret counts as rotated. A run is a job (one at a time per secret, outside any
 * transaction, as the function calls back); scheduled rotations are durable timers.
 */
final class Rotation {
    static final String JOB = "secretsmanager.rotation";
    static final String TIMER = "secretsmanager.rotate";
    static final Principal SERVICE = Principal.service("secretsmanager.amazonaws.com");
    private static final Logger LOG = Logger.getLogger(Rotation.class.getName());
    private static final List<String> STEPS = List.of("createSecret", "setSecret", "testSecret", "finishSecret");
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final Jobs jobs;
    private final Functions functions;
    private final SecretsRepository repo;
    private final Secrets secrets;

    Rotation(Store store, Clock clock, Timers timers, Jobs jobs, Functions functions, SecretsRepository repo, Secrets secrets) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.jobs = jobs;
        this.functions = functions;
        this.repo = repo;
        this.secrets = secrets;
        jobs.handle(JOB, this::run);
        timers.on(TIMER, this::due);
    }

    /** Checks rotation rules: a number of days or a schedule expression (rate or cron), not both. */
    static void check(RotationRulesType rules) {
        if (rules == null) {
            return;
        }
        if (rules.automaticallyAfterDays() != null && rules.scheduleExpression() != null) {
            throw new AwsException("InvalidParameterException", "You can't specify both AutomaticallyAfterDays and ScheduleExpression.");
        }
        if (rules.automaticallyAfterDays() == null && rules.scheduleExpression() == null) {
            throw new AwsException("InvalidParameterException", "The rotation rules need AutomaticallyAfterDays or ScheduleExpression.");
        }
        if (rules.scheduleExpression() != null && ScheduleExpression.parse(rules.scheduleExpression()).isEmpty()) {
            throw new AwsException("InvalidParameterException", "The schedule expression " + rules.scheduleExpression() + " is not valid: use "
                    + "rate(N days) or cron(...).");
        }
    }

    /** When a secret rotated (or set to rotate) at {@code from} rotates next under {@code rulesJson}. */
    long next(String rulesJson, long from) {
        RotationRulesType rules = Json.parse(rulesJson, RotationRulesType.class);
        if (rules.automaticallyAfterDays() != null) {
            return from + rules.automaticallyAfterDays() * DAY_MS;
        }
        return ScheduleExpression.parse(rules.scheduleExpression()).orElseThrow().nextAfter(from);
    }

    /** Starts a rotation under {@code token}, inside the caller's transaction: the pending version and the job that runs the function. */
    void start(Tx tx, Secret s, String token) throws SQLException {
        repo.insertVersion(tx, new Version(s.arn(), token, null, null, clock.millis(), null, List.of(Secrets.PENDING)));
        secrets.moveStage(tx, s.arn(), Secrets.PENDING, token);
        ObjectNode spec = Json.MAPPER.createObjectNode().put("arn", s.arn()).put("token", token);
        jobs.owe(tx, new Jobs.Owed(JOB, spec.toString(), null, s.arn()));
    }

    /** Schedules the next rotation of the secret at {@code at}, in place of any scheduled before. */
    void schedule(Tx tx, String arn, Long at) throws SQLException {
        timers.cancel(tx, TIMER, arn);
        if (at != null) {
            timers.schedule(tx, TIMER, at, arn);
            tx.afterCommit(timers::wake);
        }
    }

    /** The version a rotation left pending (labelled AWSPENDING and not current), or null. */
    static Version pending(List<Version> versions) {
        return versions.stream().filter(v -> v.stages().contains(Secrets.PENDING) && !v.stages().contains(Secrets.CURRENT)).findFirst().orElse(null);
    }

    /** A scheduled rotation fell due: it starts unless one is still pending, and the one after is scheduled. */
    private void due(Tx tx, String arn) throws SQLException {
        Secret s = repo.byArn(tx, arn);
        if (s == null || !s.rotationEnabled() || s.deletionDate() != null || s.rotationRules() == null) {
            return;
        }
        if (pending(repo.versions(tx, arn)) == null) {
            start(tx, s, UUID.randomUUID().toString());
        }
        long next = next(s.rotationRules(), clock.millis());
        repo.update(tx, new Secret(s.arn(), s.account(), s.region(), s.name(), s.description(), s.kmsKeyId(), s.created(), s.lastChanged(),
                s.lastAccessed(), s.deletionDate(), true, s.rotationLambda(), s.rotationRules(), s.lastRotated(), next, s.policy()));
        schedule(tx, arn, next);
    }

    /** Runs the four steps; a step that fails leaves the version pending, as AWS leaves a failed rotation. */
    private Outcome run(Jobs.Job job) {
        ObjectNode spec = Json.parse(job.spec(), ObjectNode.class);
        String arn = spec.path("arn").asText();
        String token = spec.path("token").asText();
        Secret s = store.read(tx -> repo.byArn(tx, arn));
        if (s == null || s.rotationLambda() == null) {
            return new Outcome.Failed("ResourceNotFoundException", "the secret or its rotation function is gone", List.of());
        }
        for (String step : STEPS) {
            byte[] event = Json.MAPPER.createObjectNode().put("Step", step).put("SecretId", arn).put("ClientRequestToken", token).toString()
                    .getBytes(StandardCharsets.UTF_8);
            try {
                Functions.Result result = functions.invoke(SERVICE, arn, s.rotationLambda(), event);
                if (result.failed()) {
                    LOG.info("rotation of " + arn + " failed at " + step + ": " + new String(result.payload(), StandardCharsets.UTF_8));
                    return new Outcome.Failed(result.functionError(), step + " failed", List.of());
                }
            } catch (AwsException e) {
                LOG.info("rotation of " + arn + " could not call " + s.rotationLambda() + ": " + e.getMessage());
                return new Outcome.Failed(e.code(), e.getMessage(), List.of());
            }
        }
        store.write(tx -> {
            Version v = repo.versions(tx, arn).stream().filter(x -> x.versionId().equals(token)).findFirst().orElse(null);
            Secret now = repo.byArn(tx, arn);
            if (v != null && now != null && v.stages().contains(Secrets.CURRENT)) {
                secrets.removeStage(tx, arn, Secrets.PENDING, token);
                repo.update(tx, new Secret(now.arn(), now.account(), now.region(), now.name(), now.description(), now.kmsKeyId(), now.created(),
                        clock.millis(), now.lastAccessed(), now.deletionDate(), now.rotationEnabled(), now.rotationLambda(), now.rotationRules(),
                        clock.millis(), now.nextRotation(), now.policy()));
            }
            return null;
        });
        return new Outcome.Done(List.of());
    }
}
