package dev.stratus.secretsmanager;

import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Functions;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.secretsmanager.SecretsRepository.Secret;
import dev.stratus.secretsmanager.SecretsRepository.Version;
import dev.stratus.secretsmanager.api.APIErrorType;
import dev.stratus.secretsmanager.api.BatchGetSecretValueRequest;
import dev.stratus.secretsmanager.api.BatchGetSecretValueResponse;
import dev.stratus.secretsmanager.api.CancelRotateSecretRequest;
import dev.stratus.secretsmanager.api.CancelRotateSecretResponse;
import dev.stratus.secretsmanager.api.CreateSecretRequest;
import dev.stratus.secretsmanager.api.CreateSecretResponse;
import dev.stratus.secretsmanager.api.DeleteResourcePolicyRequest;
import dev.stratus.secretsmanager.api.DeleteResourcePolicyResponse;
import dev.stratus.secretsmanager.api.DeleteSecretRequest;
import dev.stratus.secretsmanager.api.DeleteSecretResponse;
import dev.stratus.secretsmanager.api.DescribeSecretRequest;
import dev.stratus.secretsmanager.api.DescribeSecretResponse;
import dev.stratus.secretsmanager.api.Filter;
import dev.stratus.secretsmanager.api.GetRandomPasswordRequest;
import dev.stratus.secretsmanager.api.GetRandomPasswordResponse;
import dev.stratus.secretsmanager.api.GetResourcePolicyRequest;
import dev.stratus.secretsmanager.api.GetResourcePolicyResponse;
import dev.stratus.secretsmanager.api.GetSecretValueRequest;
import dev.stratus.secretsmanager.api.GetSecretValueResponse;
import dev.stratus.secretsmanager.api.ListSecretVersionIdsRequest;
import dev.stratus.secretsmanager.api.ListSecretVersionIdsResponse;
import dev.stratus.secretsmanager.api.ListSecretsRequest;
import dev.stratus.secretsmanager.api.ListSecretsResponse;
import dev.stratus.secretsmanager.api.PutResourcePolicyRequest;
import dev.stratus.secretsmanager.api.PutResourcePolicyResponse;
import dev.stratus.secretsmanager.api.PutSecretValueRequest;
import dev.stratus.secretsmanager.api.PutSecretValueResponse;
import dev.stratus.secretsmanager.api.RestoreSecretRequest;
import dev.stratus.secretsmanager.api.RestoreSecretResponse;
import dev.stratus.secretsmanager.api.RotateSecretRequest;
import dev.stratus.secretsmanager.api.RotateSecretResponse;
import dev.stratus.secretsmanager.api.RotationRulesType;
import dev.stratus.secretsmanager.api.SecretListEntry;
import dev.stratus.secretsmanager.api.SecretValueEntry;
import dev.stratus.secretsmanager.api.SecretVersionsListEntry;
import dev.stratus.secretsmanager.api.SecretsManagerApi;
import dev.stratus.secretsmanager.api.Tag;
import dev.stratus.secretsmanager.api.TagResourceRequest;
import dev.stratus.secretsmanager.api.UntagResourceRequest;
import dev.stratus.secretsmanager.api.UpdateSecretRequest;
import dev.stratus.secretsmanager.api.UpdateSecretResponse;
import dev.stratus.secretsmanager.api.UpdateSecretVersionStageRequest;
import dev.stratus.secretsmanager.api.UpdateSecretVersionStageResponse;
import dev.stratus.secretsmanager.api.ValidateResourcePolicyRequest;
import dev.stratus.secretsmanager.api.ValidateResourcePolicyResponse;
import dev.stratus.secretsmanager.api.ValidationErrorsEntry;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * AWS Secrets Manager: secrets and their versions (values encrypted through KMS), staging labels,
 * deletion after a recovery window (a durable timer), resource policies, tags, random passwords,
 * and rotation by a Lambda function ({@link Rotation}). Replication to other regions is refused.
 */
public final class SecretsManagerService implements SecretsManagerApi {
    static final String DELETE = "secretsmanager.delete";
    static final long DAY_MS = 24L * 60 * 60 * 1000;
    private static final TagRules TAG_RULES = new TagRules(r -> new AwsException("InvalidParameterException", r.reason()),
            () -> new AwsException("InvalidParameterException", "The number of tags on a secret can't exceed " + Tags.MAX_PER_RESOURCE + "."), null);

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final SecretValues values;
    private final SecretsRepository repo = new SecretsRepository();
    private final Secrets secrets = new Secrets(repo);
    private final Rotation rotation;

    public SecretsManagerService(Store store, Clock clock, Timers timers, Jobs jobs, SecretValues values, Functions functions) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.values = values;
        Tags.migrate(store);
        store.migrate("secretsmanager", SecretsRepository.MIGRATIONS);
        this.rotation = new Rotation(store, clock, timers, jobs, functions, repo, secrets);
        timers.on(DELETE, this::deleteDue);
    }

    // Secrets

    @Override
    public CreateSecretResponse createSecret(RequestContext ctx, CreateSecretRequest in) {
        Secrets.checkName(in.name());
        if (in.addReplicaRegions() != null && !in.addReplicaRegions().isEmpty()) {
            throw new AwsException("InvalidRequestException", "Stratus does not replicate secrets to other regions: create the secret in each "
                    + "region instead of AddReplicaRegions.");
        }
        Value value = Value.of(in.secretString(), in.secretBinary());
        Map<String, String> tags = tagMap(in.tags());
        Tags.check(tags, TAG_RULES);
        String versionId = in.clientRequestToken() != null ? in.clientRequestToken() : UUID.randomUUID().toString();
        Secret existing = store.read(tx -> repo.byName(tx, ctx.accountId(), ctx.region(), in.name()));
        if (existing != null) {
            return new CreateSecretResponse(existing.arn(), existing.name(), sameVersion(ctx, existing, versionId, value, in.name()), null);
        }
        String arn = Secrets.newArn(ctx.region(), ctx.accountId(), in.name());
        byte[] ciphertext = value == null ? null : encrypt(ctx, in.kmsKeyId(), arn, versionId, value);
        long now = clock.millis();
        return store.write(tx -> {
            if (repo.byName(tx, ctx.accountId(), ctx.region(), in.name()) != null) {
                throw exists(in.name());
            }
            repo.insert(tx, new Secret(arn, ctx.accountId(), ctx.region(), in.name(), in.description(), in.kmsKeyId(), now, now, null, null, false,
                    null, null, null, null, null));
            if (value != null) {
                repo.insertVersion(tx, new Version(arn, versionId, value.kind(), ciphertext, now, null, List.of(Secrets.CURRENT)));
            }
            Tags.put(tx, arn, tags, TAG_RULES);
            return new CreateSecretResponse(arn, in.name(), value == null ? null : versionId, null);
        });
    }

    /**
     * CreateSecret again with a token it was given before: the same value is the same request
     * (answered again); another value, or a secret scheduled for deletion, is refused.
     */
    private String sameVersion(RequestContext ctx, Secret existing, String versionId, Value value, String name) {
        if (existing.deletionDate() != null) {
            throw new AwsException("InvalidRequestException", "You can't create this secret because a secret with this name is already scheduled "
                    + "for deletion.");
        }
        Version v = store.read(tx -> repo.versions(tx, existing.arn())).stream().filter(x -> x.versionId().equals(versionId)).findFirst()
                .orElseThrow(() -> exists(name));
        if (value == null || !v.hasValue() || !value.equals(decrypt(ctx, existing, v))) {
            throw new AwsException("ResourceExistsException", "You can't modify an existing version, you can only create a new version.");
        }
        return versionId;
    }

    @Override
    public GetSecretValueResponse getSecretValue(RequestContext ctx, GetSecretValueRequest in) {
        Secret s = store.read(tx -> secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId()));
        Version v = store.read(tx -> chosen(repo.versions(tx, s.arn()), in.versionId(), in.versionStage()));
        Value value = decrypt(ctx, s, v);
        long day = clock.millis() / DAY_MS * DAY_MS;
        if (!Long.valueOf(day).equals(v.lastAccessed())) {
            store.write(tx -> {
                repo.accessed(tx, s.arn(), v.versionId(), day);
                return null;
            });
        }
        return new GetSecretValueResponse(s.arn(), s.name(), v.versionId(), value.binary(), value.string(), v.stages(), Instant.ofEpochMilli(v.created()));
    }

    /** The version a read names by id, by stage (both: they must agree), or AWSCURRENT; it must have a value. */
    private static Version chosen(List<Version> versions, String versionId, String stage) {
        String wanted = versionId == null && stage == null ? Secrets.CURRENT : stage;
        Version v;
        if (versionId != null) {
            v = versions.stream().filter(x -> x.versionId().equals(versionId)).findFirst().orElse(null);
            if (v != null && wanted != null && !v.stages().contains(wanted)) {
                throw new AwsException("InvalidRequestException", "You provided a VersionStage that is not associated to the provided VersionId.");
            }
        } else {
            v = versions.stream().filter(x -> x.stages().contains(wanted)).findFirst().orElse(null);
        }
        if (v == null || !v.hasValue()) {
            throw new AwsException("ResourceNotFoundException", "Secrets Manager can't find the specified secret value for "
                    + (versionId != null ? "VersionId: " + versionId : "staging label: " + wanted));
        }
        return v;
    }

    @Override
    public PutSecretValueResponse putSecretValue(RequestContext ctx, PutSecretValueRequest in) {
        Value value = Value.of(in.secretString(), in.secretBinary());
        if (value == null) {
            throw new AwsException("InvalidRequestException", "You must provide either SecretString or SecretBinary.");
        }
        List<String> stages = in.versionStages() == null ? List.of(Secrets.CURRENT) : in.versionStages().stream().distinct().toList();
        String versionId = in.clientRequestToken() != null ? in.clientRequestToken() : UUID.randomUUID().toString();
        Secret s = store.read(tx -> secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId()));
        Version existing = store.read(tx -> repo.versions(tx, s.arn())).stream().filter(v -> v.versionId().equals(versionId)).findFirst()
                .orElse(null);
        if (existing != null && existing.hasValue()) {
            if (!value.equals(decrypt(ctx, s, existing))) {
                throw new AwsException("ResourceExistsException", "You can't modify an existing version, you can only create a new version.");
            }
            return new PutSecretValueResponse(s.arn(), s.name(), versionId, existing.stages());
        }
        byte[] ciphertext = encrypt(ctx, s.kmsKeyId(), s.arn(), versionId, value);
        List<String> finalStages = store.write(tx -> {
            long now = clock.millis();
            if (existing == null) {
                repo.insertVersion(tx, new Version(s.arn(), versionId, value.kind(), ciphertext, now, null, List.of()));
            } else {
                repo.fillVersion(tx, s.arn(), versionId, value.kind(), ciphertext, now);
            }
            for (String stage : stages) {
                secrets.moveStage(tx, s.arn(), stage, versionId);
            }
            touch(tx, s.arn(), now);
            return repo.versions(tx, s.arn()).stream().filter(v -> v.versionId().equals(versionId)).findFirst().orElseThrow().stages();
        });
        return new PutSecretValueResponse(s.arn(), s.name(), versionId, finalStages);
    }

    @Override
    public UpdateSecretResponse updateSecret(RequestContext ctx, UpdateSecretRequest in) {
        Value value = Value.of(in.secretString(), in.secretBinary());
        String versionId = in.clientRequestToken() != null ? in.clientRequestToken() : UUID.randomUUID().toString();
        Secret s = store.read(tx -> secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId()));
        String kmsKeyId = in.kmsKeyId() != null ? in.kmsKeyId() : s.kmsKeyId();
        byte[] ciphertext = value == null ? null : encrypt(ctx, kmsKeyId, s.arn(), versionId, value);
        return store.write(tx -> {
            long now = clock.millis();
            Secret current = repo.byArn(tx, s.arn());
            repo.update(tx, with(current, in.description() != null ? in.description() : current.description(), kmsKeyId, now));
            if (value != null) {
                if (repo.versions(tx, s.arn()).stream().anyMatch(v -> v.versionId().equals(versionId))) {
                    throw new AwsException("ResourceExistsException", "You can't modify an existing version, you can only create a new version.");
                }
                repo.insertVersion(tx, new Version(s.arn(), versionId, value.kind(), ciphertext, now, null, List.of()));
                secrets.moveStage(tx, s.arn(), Secrets.CURRENT, versionId);
            }
            return new UpdateSecretResponse(s.arn(), s.name(), value == null ? null : versionId);
        });
    }

    @Override
    public UpdateSecretVersionStageResponse updateSecretVersionStage(RequestContext ctx, UpdateSecretVersionStageRequest in) {
        return store.write(tx -> {
            Secret s = secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId());
            List<Version> versions = repo.versions(tx, s.arn());
            Version holder = versions.stream().filter(v -> v.stages().contains(in.versionStage())).findFirst().orElse(null);
            if (in.removeFromVersionId() != null) {
                Version from = versions.stream().filter(v -> v.versionId().equals(in.removeFromVersionId())).findFirst()
                        .orElseThrow(() -> new AwsException("InvalidParameterException", "Not a valid version: " + in.removeFromVersionId()));
                if (!from.stages().contains(in.versionStage())) {
                    throw new AwsException("InvalidParameterException", "Version stage " + in.versionStage() + " not found in version "
                            + in.removeFromVersionId());
                }
            }
            if (in.moveToVersionId() != null) {
                if (versions.stream().noneMatch(v -> v.versionId().equals(in.moveToVersionId()))) {
                    throw new AwsException("InvalidParameterException", "Not a valid version: " + in.moveToVersionId());
                }
                if (holder != null && !holder.versionId().equals(in.moveToVersionId()) && !holder.versionId().equals(in.removeFromVersionId())) {
                    throw new AwsException("InvalidParameterException", "The parameter RemoveFromVersionId can't be empty. Staging label "
                            + in.versionStage() + " is currently attached to version " + holder.versionId() + ", so you must explicitly reference "
                            + "that version in RemoveFromVersionId.");
                }
                secrets.moveStage(tx, s.arn(), in.versionStage(), in.moveToVersionId());
            } else if (in.removeFromVersionId() != null) {
                if (in.versionStage().equals(Secrets.CURRENT)) {
                    throw new AwsException("InvalidParameterException", "You can only move staging label AWSCURRENT to a different secret "
                            + "version. It can't be completely removed.");
                }
                secrets.removeStage(tx, s.arn(), in.versionStage(), in.removeFromVersionId());
            }
            touch(tx, s.arn(), clock.millis());
            return new UpdateSecretVersionStageResponse(s.arn(), s.name());
        });
    }

    @Override
    public DescribeSecretResponse describeSecret(RequestContext ctx, DescribeSecretRequest in) {
        return store.read(tx -> {
            Secret s = secrets.existing(tx, ctx.accountId(), ctx.region(), in.secretId());
            SecretListEntry e = entry(tx, s);
            return new DescribeSecretResponse(e.arn(), e.name(), null, e.description(), e.kmsKeyId(), e.rotationEnabled(), e.rotationLambdaARN(),
                    e.rotationRules(), null, null, e.lastRotatedDate(), e.lastChangedDate(), e.lastAccessedDate(), e.deletedDate(),
                    e.nextRotationDate(), e.tags(), e.secretVersionsToStages(), null, e.createdDate(), null, null);
        });
    }

    @Override
    public ListSecretsResponse listSecrets(RequestContext ctx, ListSecretsRequest in) {
        boolean planned = Boolean.TRUE.equals(in.includePlannedDeletion());
        String sortBy = in.sortBy() == null ? "created-date" : in.sortBy();
        Paging.Listing listing = Paging.Listing.of(SecretsManagerService::invalidToken, "ListSecrets", ctx.accountId(), ctx.region(), planned,
                in.filters(), sortBy, in.sortOrder());
        List<SecretListEntry> all = store.read(tx -> {
            List<SecretListEntry> out = new ArrayList<>();
            for (Secret s : matching(tx, ctx, in.filters(), planned)) {
                out.add(entry(tx, s));
            }
            return out;
        });
        Comparator<SecretListEntry> order = switch (sortBy) {
            case "name" -> Comparator.comparing(SecretListEntry::name);
            case "last-accessed-date" -> Comparator.comparing(e -> e.lastAccessedDate() == null ? Instant.EPOCH : e.lastAccessedDate());
            case "last-changed-date" -> Comparator.comparing(SecretListEntry::lastChangedDate);
            default -> Comparator.comparing(SecretListEntry::createdDate);
        };
        order = order.thenComparing(SecretListEntry::arn);
        List<SecretListEntry> sorted = all.stream().sorted("asc".equals(in.sortOrder()) ? order : order.reversed()).toList();
        Paging.Page<SecretListEntry> page = listing.page(sorted, in.nextToken(), in.maxResults() == null ? 100 : in.maxResults());
        return new ListSecretsResponse(page.items(), page.nextToken());
    }

    /** The account's secrets in the region that pass the filters, those scheduled for deletion only when asked. */
    private List<Secret> matching(Tx tx, RequestContext ctx, List<Filter> filters, boolean planned) throws SQLException {
        SecretFilters.check(filters);
        List<Secret> out = new ArrayList<>();
        for (Secret s : repo.all(tx, ctx.accountId(), ctx.region())) {
            if ((planned || s.deletionDate() == null) && SecretFilters.matches(filters, s, Tags.list(tx, s.arn()))) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public ListSecretVersionIdsResponse listSecretVersionIds(RequestContext ctx, ListSecretVersionIdsRequest in) {
        boolean deprecated = Boolean.TRUE.equals(in.includeDeprecated());
        return store.read(tx -> {
            Secret s = secrets.existing(tx, ctx.accountId(), ctx.region(), in.secretId());
            List<SecretVersionsListEntry> versions = repo.versions(tx, s.arn()).stream().filter(v -> deprecated || !v.stages().isEmpty())
                    .map(v -> new SecretVersionsListEntry(v.versionId(), v.stages(), instant(v.lastAccessed()), Instant.ofEpochMilli(v.created()),
                            List.of(s.kmsKeyId() == null ? "DefaultEncryptionKey" : s.kmsKeyId())))
                    .toList();
            Paging.Listing listing = Paging.Listing.of(SecretsManagerService::invalidToken, "ListSecretVersionIds", s.arn(), deprecated);
            Paging.Page<SecretVersionsListEntry> page = listing.page(versions, in.nextToken(), in.maxResults() == null ? 100 : in.maxResults());
            return new ListSecretVersionIdsResponse(page.items(), page.nextToken(), s.arn(), s.name());
        });
    }

    @Override
    public BatchGetSecretValueResponse batchGetSecretValue(RequestContext ctx, BatchGetSecretValueRequest in) {
        boolean byIds = in.secretIdList() != null && !in.secretIdList().isEmpty();
        boolean byFilters = in.filters() != null && !in.filters().isEmpty();
        if (byIds == byFilters) {
            throw new AwsException("InvalidParameterException", "Either 'SecretIdList' or 'Filters' must be provided, but not both.");
        }
        if (byIds && in.maxResults() != null) {
            throw new AwsException("InvalidParameterException", "'Filters' not specified. 'Filters' must also be specified when 'MaxResults' is "
                    + "provided in SecretIdList mode.");
        }
        List<SecretValueEntry> found = new ArrayList<>();
        List<APIErrorType> errors = new ArrayList<>();
        String next = null;
        List<String> ids;
        if (byIds) {
            ids = in.secretIdList().stream().distinct().toList();
        } else {
            Paging.Listing listing = Paging.Listing.of(SecretsManagerService::invalidToken, "BatchGetSecretValue", ctx.accountId(), ctx.region(),
                    in.filters());
            List<Secret> all = store.read(tx -> matching(tx, ctx, in.filters(), false)).stream().sorted(Comparator.comparing(Secret::arn)).toList();
            Paging.Page<Secret> page = listing.after(all, Secret::arn, in.nextToken(), in.maxResults() == null ? 20 : in.maxResults());
            ids = page.items().stream().map(Secret::arn).toList();
            next = page.nextToken();
        }
        for (String id : ids) {
            try {
                GetSecretValueResponse v = getSecretValue(ctx, new GetSecretValueRequest(id, null, null));
                found.add(new SecretValueEntry(v.arn(), v.name(), v.versionId(), v.secretBinary(), v.secretString(), v.versionStages(), v.createdDate()));
            } catch (AwsException e) {
                errors.add(new APIErrorType(id, e.code(), e.getMessage()));
            }
        }
        return new BatchGetSecretValueResponse(found, next, errors);
    }

    // Deletion

    @Override
    public DeleteSecretResponse deleteSecret(RequestContext ctx, DeleteSecretRequest in) {
        boolean force = Boolean.TRUE.equals(in.forceDeleteWithoutRecovery());
        if (force && in.recoveryWindowInDays() != null) {
            throw new AwsException("InvalidParameterException", "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
        }
        long days = in.recoveryWindowInDays() == null ? 30 : in.recoveryWindowInDays();
        if (!force && (days < 7 || days > 30)) {
            throw new AwsException("InvalidParameterException", "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).");
        }
        return store.write(tx -> {
            Secret s = secrets.existing(tx, ctx.accountId(), ctx.region(), in.secretId());
            long now = clock.millis();
            if (force) {
                repo.delete(tx, s.arn());
                timers.cancel(tx, DELETE, s.arn());
                rotation.schedule(tx, s.arn(), null);
                return new DeleteSecretResponse(s.arn(), s.name(), Instant.ofEpochMilli(now));
            }
            if (s.deletionDate() != null) {
                throw Secrets.markedForDeletion();
            }
            long at = now + days * DAY_MS;
            repo.update(tx, scheduled(s, at));
            timers.schedule(tx, DELETE, at, s.arn());
            tx.afterCommit(timers::wake);
            return new DeleteSecretResponse(s.arn(), s.name(), Instant.ofEpochMilli(at));
        });
    }

    @Override
    public RestoreSecretResponse restoreSecret(RequestContext ctx, RestoreSecretRequest in) {
        return store.write(tx -> {
            Secret s = secrets.existing(tx, ctx.accountId(), ctx.region(), in.secretId());
            if (s.deletionDate() != null) {
                repo.update(tx, scheduled(s, null));
                timers.cancel(tx, DELETE, s.arn());
            }
            return new RestoreSecretResponse(s.arn(), s.name());
        });
    }

    /** The recovery window ended: the secret goes for good, unless it was restored (and perhaps deleted again) since. */
    private void deleteDue(Tx tx, String arn) throws SQLException {
        Secret s = repo.byArn(tx, arn);
        if (s != null && s.deletionDate() != null && s.deletionDate() <= clock.millis()) {
            repo.delete(tx, arn);
            rotation.schedule(tx, arn, null);
        }
    }

    // Rotation

    @Override
    public RotateSecretResponse rotateSecret(RequestContext ctx, RotateSecretRequest in) {
        Rotation.check(in.rotationRules());
        boolean immediately = in.rotateImmediately() == null || in.rotateImmediately();
        String token = in.clientRequestToken() != null ? in.clientRequestToken() : UUID.randomUUID().toString();
        return store.write(tx -> {
            Secret s = secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId());
            String lambda = in.rotationLambdaARN() != null ? in.rotationLambdaARN() : s.rotationLambda();
            if (lambda == null) {
                throw new AwsException("InvalidRequestException", "No Lambda rotation function ARN is associated with this secret.");
            }
            List<Version> versions = repo.versions(tx, s.arn());
            if (Rotation.pending(versions) != null) {
                throw new AwsException("InvalidRequestException", "A previous rotation isn't complete. That rotation will be reattempted.");
            }
            if (versions.stream().anyMatch(v -> v.versionId().equals(token))) {
                throw new AwsException("InvalidRequestException", "You can't use ClientRequestToken " + token + " because that value is already in "
                        + "use for a version of secret " + s.arn() + ".");
            }
            String rules = in.rotationRules() != null ? Json.string(in.rotationRules()) : s.rotationRules();
            long now = clock.millis();
            Long next = rules == null ? null : rotation.next(rules, now);
            Secret updated = new Secret(s.arn(), s.account(), s.region(), s.name(), s.description(), s.kmsKeyId(), s.created(), now, s.lastAccessed(),
                    null, true, lambda, rules, s.lastRotated(), next, s.policy());
            repo.update(tx, updated);
            rotation.schedule(tx, s.arn(), next);
            if (immediately) {
                rotation.start(tx, updated, token);
            }
            return new RotateSecretResponse(s.arn(), s.name(), immediately ? token : null);
        });
    }

    @Override
    public CancelRotateSecretResponse cancelRotateSecret(RequestContext ctx, CancelRotateSecretRequest in) {
        return store.write(tx -> {
            Secret s = secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId());
            Version pending = Rotation.pending(repo.versions(tx, s.arn()));
            repo.update(tx, new Secret(s.arn(), s.account(), s.region(), s.name(), s.description(), s.kmsKeyId(), s.created(), clock.millis(),
                    s.lastAccessed(), s.deletionDate(), false, s.rotationLambda(), s.rotationRules(), s.lastRotated(), null, s.policy()));
            rotation.schedule(tx, s.arn(), null);
            return new CancelRotateSecretResponse(s.arn(), s.name(), pending == null ? null : pending.versionId());
        });
    }

    // Resource policies

    @Override
    public PutResourcePolicyResponse putResourcePolicy(RequestContext ctx, PutResourcePolicyRequest in) {
        PolicyDocument policy = parsePolicy(in.resourcePolicy());
        if (!Boolean.FALSE.equals(in.blockPublicPolicy()) && isPublic(policy)) {
            throw new AwsException("PublicPolicyException", "This resource policy contains a statement that grants public access.");
        }
        return store.write(tx -> {
            Secret s = secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId());
            repo.update(tx, withPolicy(s, in.resourcePolicy()));
            return new PutResourcePolicyResponse(s.arn(), s.name());
        });
    }

    @Override
    public GetResourcePolicyResponse getResourcePolicy(RequestContext ctx, GetResourcePolicyRequest in) {
        return store.read(tx -> {
            Secret s = secrets.existing(tx, ctx.accountId(), ctx.region(), in.secretId());
            return new GetResourcePolicyResponse(s.arn(), s.name(), s.policy());
        });
    }

    @Override
    public DeleteResourcePolicyResponse deleteResourcePolicy(RequestContext ctx, DeleteResourcePolicyRequest in) {
        return store.write(tx -> {
            Secret s = secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId());
            repo.update(tx, withPolicy(s, null));
            return new DeleteResourcePolicyResponse(s.arn(), s.name());
        });
    }

    @Override
    public ValidateResourcePolicyResponse validateResourcePolicy(RequestContext ctx, ValidateResourcePolicyRequest in) {
        if (in.secretId() != null) {
            store.read(tx -> secrets.existing(tx, ctx.accountId(), ctx.region(), in.secretId()));
        }
        try {
            PolicyDocument.parse(in.resourcePolicy());
            return new ValidateResourcePolicyResponse(true, List.of());
        } catch (PolicyDocument.Malformed e) {
            if (e.syntax()) {
                throw new AwsException("MalformedPolicyDocumentException", e.getMessage());
            }
            return new ValidateResourcePolicyResponse(false, List.of(new ValidationErrorsEntry("POLICY_GRAMMAR_CHECK", e.getMessage())));
        }
    }

    /** The resource policy of the secret with this ARN, for the identity step. */
    Optional<PolicyDocument> policyOf(String arn) {
        String text = store.read(tx -> {
            Secret s = repo.byArn(tx, arn);
            return s == null ? null : s.policy();
        });
        return Optional.ofNullable(text).map(PolicyDocument::stored);
    }

    /** The ARN of the secret a request names, for the identity step; null when there is none. */
    String arnOf(String account, String region, String secretId) {
        return store.read(tx -> {
            Secret s = secrets.find(tx, account, region, secretId);
            return s == null ? null : s.arn();
        });
    }

    /** The secret's tags, for the identity step's secretsmanager:ResourceTag keys. */
    Map<String, String> tagsOf(String arn) {
        return store.read(tx -> Tags.list(tx, arn));
    }

    private static PolicyDocument parsePolicy(String text) {
        try {
            return PolicyDocument.parse(text);
        } catch (PolicyDocument.Malformed e) {
            throw new AwsException("MalformedPolicyDocumentException", e.getMessage());
        }
    }

    /** A statement that allows anyone ({@code "*"}) without a condition makes a policy public. */
    private static boolean isPublic(PolicyDocument policy) {
        return policy.statements().stream().anyMatch(st -> "Allow".equals(st.path("Effect").asText()) && !st.has("Condition")
                && (st.path("Principal").asText().equals("*") || st.path("Principal").path("AWS").asText().equals("*")
                || st.path("Principal").path("AWS").isArray() && st.path("Principal").path("AWS").toString().contains("\"*\"")));
    }

    // Tags

    @Override
    public void tagResource(RequestContext ctx, TagResourceRequest in) {
        Map<String, String> tags = tagMap(in.tags());
        Tags.check(tags, TAG_RULES);
        store.write(tx -> {
            Secret s = secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId());
            Tags.put(tx, s.arn(), tags, TAG_RULES);
            return null;
        });
    }

    @Override
    public void untagResource(RequestContext ctx, UntagResourceRequest in) {
        store.write(tx -> {
            Secret s = secrets.live(tx, ctx.accountId(), ctx.region(), in.secretId());
            Tags.remove(tx, s.arn(), in.tagKeys());
            return null;
        });
    }

    // Passwords

    @Override
    public GetRandomPasswordResponse getRandomPassword(RequestContext ctx, GetRandomPasswordRequest in) {
        return new GetRandomPasswordResponse(Passwords.generate(in));
    }

    // The domain

    /** A secret's value: text or bytes, never both. */
    record Value(String string, byte[] binary) {
        static Value of(String string, byte[] binary) {
            if (string != null && binary != null) {
                throw new AwsException("InvalidParameterException", "You can't specify both a binary secret value and a string secret value in the "
                        + "same secret.");
            }
            return string == null && binary == null ? null : new Value(string, binary);
        }

        String kind() {
            return string != null ? "string" : "binary";
        }

        byte[] bytes() {
            return string != null ? string.getBytes(StandardCharsets.UTF_8) : binary;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Value v && kind().equals(v.kind()) && Arrays.equals(bytes(), v.bytes());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes());
        }
    }

    private byte[] encrypt(RequestContext ctx, String kmsKeyId, String arn, String versionId, Value value) {
        return values.encrypt(ctx.principal(), ctx.accountId(), ctx.region(), kmsKeyId, arn, versionId, value.bytes());
    }

    private Value decrypt(RequestContext ctx, Secret s, Version v) {
        byte[] plain = values.decrypt(ctx.principal(), ctx.accountId(), ctx.region(), s.arn(), v.versionId(), v.ciphertext());
        return v.kind().equals("string") ? new Value(new String(plain, StandardCharsets.UTF_8), null) : new Value(null, plain);
    }

    private SecretListEntry entry(Tx tx, Secret s) throws SQLException {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        for (Version v : repo.versions(tx, s.arn())) {
            if (!v.stages().isEmpty()) {
                stages.put(v.versionId(), v.stages());
            }
        }
        Map<String, String> tags = Tags.list(tx, s.arn());
        RotationRulesType rules = s.rotationRules() == null ? null : Json.parse(s.rotationRules(), RotationRulesType.class);
        // RotationEnabled appears once rotation was configured (false after CancelRotateSecret), as AWS answers it.
        return new SecretListEntry(s.arn(), s.name(), null, s.description(), s.kmsKeyId(), s.rotationLambda() == null ? null : s.rotationEnabled(),
                s.rotationLambda(), rules, null, null, instant(s.lastRotated()), Instant.ofEpochMilli(s.lastChanged()), instant(s.lastAccessed()),
                instant(s.deletionDate()), instant(s.nextRotation()),
                tags.isEmpty() ? null : tags.entrySet().stream().map(t -> new Tag(t.getKey(), t.getValue())).toList(),
                stages, null, Instant.ofEpochMilli(s.created()), null);
    }

    private void touch(Tx tx, String arn, long now) throws SQLException {
        Secret s = repo.byArn(tx, arn);
        repo.update(tx, with(s, s.description(), s.kmsKeyId(), now));
    }

    private static Secret with(Secret s, String description, String kmsKeyId, long changed) {
        return new Secret(s.arn(), s.account(), s.region(), s.name(), description, kmsKeyId, s.created(), changed, s.lastAccessed(), s.deletionDate(),
                s.rotationEnabled(), s.rotationLambda(), s.rotationRules(), s.lastRotated(), s.nextRotation(), s.policy());
    }

    private static Secret scheduled(Secret s, Long deletionDate) {
        return new Secret(s.arn(), s.account(), s.region(), s.name(), s.description(), s.kmsKeyId(), s.created(), s.lastChanged(), s.lastAccessed(),
                deletionDate, s.rotationEnabled(), s.rotationLambda(), s.rotationRules(), s.lastRotated(), s.nextRotation(), s.policy());
    }

    private Secret withPolicy(Secret s, String policy) {
        return new Secret(s.arn(), s.account(), s.region(), s.name(), s.description(), s.kmsKeyId(), s.created(), clock.millis(), s.lastAccessed(),
                s.deletionDate(), s.rotationEnabled(), s.rotationLambda(), s.rotationRules(), s.lastRotated(), s.nextRotation(), policy);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> out.put(t.key(), t.value()));
        }
        return out;
    }

    private static AwsException exists(String name) {
        return new AwsException("ResourceExistsException", "The operation failed because the secret " + name + " already exists.");
    }

    private static AwsException invalidToken(String token) {
        return new AwsException("InvalidNextTokenException", "The NextToken value is not valid.");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
