package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.lambda.LambdaRepository.Version;
import dev.stratus.lambda.api.*;
import dev.stratus.platform.Arn;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Queues;
import dev.stratus.platform.Paging;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Optional;

/**
 * AWS Lambda: functions, their versions and configuration, and invocation (delegated to
 * {@link Invoker}). Operations of the model not served here answer 501.
 */
public final class LambdaService implements LambdaApi {
    static final String LATEST = "$LATEST";
    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final int DEFAULT_MAX_ITEMS = 50;
    /** Lambda's answers to tags that break the common rules. */
    private static final TagRules TAG_RULES = new TagRules(r -> FunctionRules.invalid(r.reason()),
            () -> FunctionRules.invalid("Number of tags exceeds resource tag limit."), null);

    private final Store store;
    private final Clock clock;
    private final LambdaRepository repo = new LambdaRepository();
    private final Invoker invoker;
    private final AsyncInvoke async;
    private final Aliases aliases;
    private final Policies policies;
    private final InvokeConfigs invokeConfigs;
    private final Layers layers;
    private final EventSourceMappings mappings;
    /** Whether a role exists and trusts Lambda to assume it. */
    private final Predicate<String> assumable;
    private final Packages packages;
    private final CodeLinks links;

    /**
     * @param retryUnitMillis the delay before the first retry of a failed asynchronous event (the
     *     second waits twice as long); AWS's is a minute
     * @param assumable whether a role ARN names a role that exists and trusts lambda.amazonaws.com
     * @param packages where packages named by S3 location are read
     * @param links the URLs that serve a function's or layer's package
     */
    LambdaService(Store store, Clock clock, Jobs jobs, Invoker invoker, Queues sqs, long retryUnitMillis, Predicate<String> assumable,
                  Packages packages, CodeLinks links) {
        this.store = store;
        this.assumable = assumable;
        this.packages = packages;
        this.links = links;
        this.clock = clock;
        this.invoker = invoker;
        Tags.migrate(store);
        store.migrate("lambda", LambdaRepository.MIGRATIONS);
        this.layers = new Layers(store, clock, repo, packages, links);
        invoker.loadReservations();
        this.invokeConfigs = new InvokeConfigs(store, repo);
        this.async = new AsyncInvoke(store, clock, jobs, invoker, invokeConfigs, retryUnitMillis);
        this.policies = new Policies(store, repo);
        this.aliases = new Aliases(store, repo, invoker, policies, invokeConfigs);
        this.mappings = new EventSourceMappings(store, clock, invoker, sqs);
    }

    /** Starts the event source mappings' pollers, once Stratus answers requests. */
    public void start() {
        mappings.start();
    }

    /** Stops the pollers. */
    public void stop() {
        mappings.close();
    }

    // Functions

    /** The resource policy of the function, version or alias with this ARN, for IAM. */
    public Optional<PolicyDocument> functionPolicy(String arn) {
        return policies.ofArn(arn);
    }

    @Override
    public FunctionConfiguration createFunction(RequestContext ctx, CreateFunctionRequest in) {
        if ("Image".equals(in.packageType())) {
            throw FunctionRules.invalid("Stratus runs .zip deployment packages; container images (PackageType Image) are not supported.");
        }
        if (in.runtime() == null || in.handler() == null || in.handler().isEmpty()) {
            throw FunctionRules.invalid("Runtime and Handler are mandatory parameters for functions created with deployment packages.");
        }
        FunctionRules.runtime(in.runtime());
        FunctionRules.memory(in.memorySize());
        FunctionRules.timeout(in.timeout());
        FunctionRules.environment(in.environment() == null ? null : in.environment().variables());
        checkRole(in.role());
        FunctionCode code = in.code() == null ? new FunctionCode(null, null, null, null, null, null) : in.code();
        byte[] zip = packages.read(ctx, new Packages.Source(code.zipFile(), code.s3Bucket(), code.s3Key(), code.s3ObjectVersion()),
                "Please provide a source for function code.");
        FunctionKey key = key(ctx, in.functionName());
        String sha = sha256(zip);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("FunctionName", key.name());
        fields.put("FunctionArn", key.arn());
        fields.put("Runtime", in.runtime());
        fields.put("Role", in.role());
        fields.put("Handler", in.handler());
        fields.put("CodeSize", zip.length);
        fields.put("Description", in.description() == null ? "" : in.description());
        fields.put("Timeout", in.timeout() == null ? 3 : in.timeout());
        fields.put("MemorySize", in.memorySize() == null ? 128 : in.memorySize());
        fields.put("LastModified", now());
        fields.put("CodeSha256", sha);
        fields.put("Version", LATEST);
        fields.put("DeadLetterConfig", in.deadLetterConfig());
        fields.put("Environment", environment(in.environment()));
        fields.put("KMSKeyArn", in.kmsKeyArn());
        fields.put("TracingConfig", Map.of("Mode", in.tracingConfig() == null || in.tracingConfig().mode() == null ? "PassThrough" : in.tracingConfig().mode()));
        fields.put("RevisionId", Ids.uuid());
        fields.put("State", "Active");
        fields.put("LastUpdateStatus", "Successful");
        fields.put("PackageType", "Zip");
        fields.put("Architectures", in.architectures() == null ? List.of("x86_64") : in.architectures());
        fields.put("EphemeralStorage", in.ephemeralStorage() == null ? new EphemeralStorage(512) : in.ephemeralStorage());
        fields.put("SnapStart", Map.of("ApplyOn", "None", "OptimizationStatus", "Off"));
        fields.put("LoggingConfig", in.loggingConfig() == null ? Map.of("LogFormat", "Text", "LogGroup", "/aws/lambda/" + key.name()) : in.loggingConfig());
        FunctionConfiguration config = Configs.of(fields);
        FunctionConfiguration created = store.write(tx -> {
            if (repo.version(tx, key, LATEST) != null) {
                throw new AwsException("ResourceConflictException", "Function already exist: " + key.name());
            }
            FunctionConfiguration withLayers = in.layers() == null || in.layers().isEmpty() ? config
                    : Configs.with(config, Map.of("Layers", layers.resolve(tx, in.layers())));
            repo.putCode(tx, sha, zip);
            repo.putVersion(tx, key, new Version(withLayers, sha, 0));
            Tags.put(tx, key.arn(), in.tags(), TAG_RULES);
            invoker.changed(tx, key);
            return Boolean.TRUE.equals(in.publish()) ? publish(tx, key, repo.version(tx, key, LATEST), null) : config;
        });
        return Boolean.TRUE.equals(in.publish()) ? created : pending(created);
    }

    @Override
    public GetFunctionResponse getFunction(RequestContext ctx, GetFunctionRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), in.qualifier());
        return store.read(tx -> {
            Version v = resolve(tx, ref);
            Map<String, String> tags = Tags.list(tx, ref.key().arn());
            String concurrency = repo.setting(tx, ref.key(), "concurrency", "");
            return new GetFunctionResponse(v.config(),
                    new FunctionCodeLocation("S3", links.link(ctx.host(), v.codeSha()), null, null, null),
                    tags.isEmpty() ? null : tags,
                    null, concurrency == null ? null : new Concurrency(Integer.parseInt(concurrency)));
        });
    }

    @Override
    public FunctionConfiguration getFunctionConfiguration(RequestContext ctx, GetFunctionConfigurationRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), in.qualifier());
        return store.read(tx -> resolve(tx, ref).config());
    }

    @Override
    public ListFunctionsResponse listFunctions(RequestContext ctx, ListFunctionsRequest in) {
        int max = in.maxItems() == null ? DEFAULT_MAX_ITEMS : in.maxItems();
        Paging.Listing listing = FunctionRules.listing("ListFunctions", ctx.accountId(), ctx.region(), in.functionVersion());
        String after = in.marker() == null ? "" : listing.position(in.marker());
        boolean all = "ALL".equals(in.functionVersion());
        List<Version> page = store.read(tx -> all ? repo.all(tx, ctx.accountId(), ctx.region(), after, max + 1)
                : repo.latest(tx, ctx.accountId(), ctx.region(), after, max + 1));
        List<FunctionConfiguration> functions = new ArrayList<>();
        for (int i = 0; i < Math.min(max, page.size()); i++) {
            functions.add(page.get(i).config());
        }
        String next = null;
        if (page.size() > max) {
            FunctionConfiguration last = functions.getLast();
            next = listing.token(all ? last.functionName() + ":" + last.version() : last.functionName());
        }
        return new ListFunctionsResponse(next, functions);
    }

    @Override
    public DeleteFunctionResponse deleteFunction(RequestContext ctx, DeleteFunctionRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), in.qualifier());
        store.write(tx -> {
            if (repo.version(tx, ref.key(), LATEST) == null) {
                throw notFound(ref.key().arn());
            }
            if (ref.qualifier() == null) {
                repo.deleteFunction(tx, ref.key());
                invoker.retired(tx, ref.key());
            } else if (ref.qualifier().equals(LATEST)) {
                throw FunctionRules.invalid("$LATEST version cannot be deleted without deleting the function.");
            } else {
                if (repo.version(tx, ref.key(), ref.qualifier()) == null) {
                    throw notFound(ref.invokedArn());
                }
                for (AliasConfiguration a : repo.aliases(tx, ref.key())) {
                    if (a.functionVersion().equals(ref.qualifier())) {
                        throw new AwsException("ResourceConflictException", "Unable to delete version because the following aliases reference it: ["
                                + a.name() + "]");
                    }
                }
                repo.deleteVersion(tx, ref.key(), ref.qualifier());
                invoker.retired(tx, ref.key(), ref.qualifier());
            }
            repo.dropUnusedCode(tx);
            policies.changed(tx);
            invokeConfigs.changed(tx);
            return null;
        });
        if (ref.qualifier() == null) {
            invoker.concurrency().reserve(ref.key(), null);
        }
        return new DeleteFunctionResponse(null);
    }

    @Override
    public FunctionConfiguration updateFunctionCode(RequestContext ctx, UpdateFunctionCodeRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), null);
        byte[] zip = packages.read(ctx, new Packages.Source(in.zipFile(), in.s3Bucket(), in.s3Key(), in.s3ObjectVersion()),
                "Please provide a source for function code.");
        String sha = sha256(zip);
        FunctionConfiguration updated = store.write(tx -> {
            Version latest = latest(tx, ref.key());
            checkRevision(in.revisionId(), latest.config().revisionId());
            FunctionConfiguration c = latest.config();
            if (Boolean.TRUE.equals(in.dryRun())) {
                return c;
            }
            FunctionConfiguration next = withCode(c, sha, zip.length, in.architectures() == null ? c.architectures() : in.architectures());
            repo.putCode(tx, sha, zip);
            repo.putVersion(tx, ref.key(), new Version(next, sha, 0));
            repo.dropUnusedCode(tx);
            invoker.changed(tx, ref.key());
            return Boolean.TRUE.equals(in.publish()) ? publish(tx, ref.key(), repo.version(tx, ref.key(), LATEST), null) : next;
        });
        return Boolean.TRUE.equals(in.publish()) || Boolean.TRUE.equals(in.dryRun()) ? updated : updating(updated);
    }

    @Override
    public FunctionConfiguration updateFunctionConfiguration(RequestContext ctx, UpdateFunctionConfigurationRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), null);
        FunctionRules.runtime(in.runtime());
        FunctionRules.memory(in.memorySize());
        FunctionRules.timeout(in.timeout());
        FunctionRules.environment(in.environment() == null ? null : in.environment().variables());
        if (in.role() != null) {
            checkRole(in.role());
        }
        FunctionConfiguration updated = store.write(tx -> {
            Version latest = latest(tx, ref.key());
            checkRevision(in.revisionId(), latest.config().revisionId());
            FunctionConfiguration c = latest.config();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("Runtime", in.runtime());
            changes.put("Role", in.role());
            changes.put("Handler", in.handler());
            changes.put("Description", in.description());
            changes.put("Timeout", in.timeout());
            changes.put("MemorySize", in.memorySize());
            changes.put("DeadLetterConfig", in.deadLetterConfig());
            changes.put("Environment", in.environment() == null ? null : environment(in.environment()));
            changes.put("KMSKeyArn", in.kmsKeyArn());
            changes.put("TracingConfig", in.tracingConfig());
            changes.put("EphemeralStorage", in.ephemeralStorage());
            changes.put("LoggingConfig", in.loggingConfig());
            changes.values().removeIf(java.util.Objects::isNull);
            changes.put("LastModified", now());
            changes.put("RevisionId", Ids.uuid());
            if (in.layers() != null) {
                changes.put("Layers", in.layers().isEmpty() ? null : layers.resolve(tx, in.layers()));
            }
            FunctionConfiguration next = Configs.with(c, changes);
            repo.putVersion(tx, ref.key(), new Version(next, latest.codeSha(), 0));
            invoker.changed(tx, ref.key());
            return next;
        });
        return updating(updated);
    }

    @Override
    public FunctionConfiguration publishVersion(RequestContext ctx, PublishVersionRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), null);
        return store.write(tx -> {
            Version latest = latest(tx, ref.key());
            if (in.codeSha256() != null && !in.codeSha256().equals(latest.config().codeSha256())) {
                throw FunctionRules.invalid("CodeSHA256 (" + in.codeSha256() + ") is different from current CodeSHA256 in $LATEST ("
                        + latest.config().codeSha256() + "). Please try again with the CodeSHA256 in $LATEST.");
            }
            checkRevision(in.revisionId(), latest.config().revisionId());
            return publish(tx, ref.key(), latest, in.description());
        });
    }

    /** Publishes $LATEST as the next version, or answers the newest version when nothing changed since. */
    private FunctionConfiguration publish(Tx tx, FunctionKey key, Version latest, String description) throws SQLException {
        List<Version> versions = repo.versions(tx, key);
        Version newest = versions.size() > 1 ? versions.getLast() : null;
        if (newest != null && newest.codeSha().equals(latest.codeSha()) && sameConfiguration(newest.config(), latest.config())) {
            return newest.config();
        }
        long number = repo.lastPublished(tx, key) + 1;
        FunctionConfiguration c = latest.config();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("FunctionArn", c.functionArn() + ":" + number);
        changes.put("Version", Long.toString(number));
        changes.put("LastModified", now());
        changes.put("RevisionId", Ids.uuid());
        if (description != null) {
            changes.put("Description", description);
        }
        FunctionConfiguration v = Configs.with(c, changes);
        repo.putVersion(tx, key, new Version(v, latest.codeSha(), number));
        repo.putSetting(tx, key, "last-version", "", Long.toString(number));
        return v;
    }

    /** Whether two versions would run the same: everything but the identity and time fields. */
    private static boolean sameConfiguration(FunctionConfiguration a, FunctionConfiguration b) {
        return Json.tree(normalized(a)).equals(Json.tree(normalized(b)));
    }

    private static FunctionConfiguration normalized(FunctionConfiguration c) {
        Map<String, Object> identity = new LinkedHashMap<>();
        for (String field : List.of("FunctionArn", "Version", "LastModified", "RevisionId", "Description")) {
            identity.put(field, null);
        }
        return Configs.with(c, identity);
    }

    @Override
    public ListVersionsByFunctionResponse listVersionsByFunction(RequestContext ctx, ListVersionsByFunctionRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), null);
        List<FunctionConfiguration> versions = store.read(tx -> {
            latest(tx, ref.key());
            return repo.versions(tx, ref.key()).stream().map(Version::config).toList();
        });
        Paging.Page<FunctionConfiguration> page = FunctionRules.page(versions, in.marker(), in.maxItems(), DEFAULT_MAX_ITEMS,
                "ListVersionsByFunction", ref.key().arn());
        return new ListVersionsByFunctionResponse(page.nextToken(), page.items());
    }


    // Layers

    @Override
    public PublishLayerVersionResponse publishLayerVersion(RequestContext ctx, PublishLayerVersionRequest in) {
        return Json.read(Json.tree(layers.publish(ctx, in)), PublishLayerVersionResponse.class);
    }

    @Override
    public GetLayerVersionResponse getLayerVersion(RequestContext ctx, GetLayerVersionRequest in) {
        return layers.get(ctx, in.layerName(), in.versionNumber());
    }

    @Override
    public GetLayerVersionResponse getLayerVersionByArn(RequestContext ctx, GetLayerVersionByArnRequest in) {
        return layers.getByArn(ctx, in.arn());
    }

    @Override
    public void deleteLayerVersion(RequestContext ctx, DeleteLayerVersionRequest in) {
        layers.delete(ctx, in.layerName(), in.versionNumber());
    }

    @Override
    public ListLayerVersionsResponse listLayerVersions(RequestContext ctx, ListLayerVersionsRequest in) {
        List<LayerVersionsListItem> all = layers.versions(ctx, in.layerName(), in.compatibleRuntime(), in.compatibleArchitecture());
        Paging.Page<LayerVersionsListItem> page = FunctionRules.page(all, in.marker(), in.maxItems(), DEFAULT_MAX_ITEMS, "ListLayerVersions",
                ctx.accountId(), ctx.region(), in.layerName(), in.compatibleRuntime(), in.compatibleArchitecture());
        return new ListLayerVersionsResponse(page.nextToken(), page.items());
    }

    @Override
    public ListLayersResponse listLayers(RequestContext ctx, ListLayersRequest in) {
        List<LayersListItem> all = layers.layers(ctx, in.compatibleRuntime(), in.compatibleArchitecture());
        Paging.Page<LayersListItem> page = FunctionRules.page(all, in.marker(), in.maxItems(), DEFAULT_MAX_ITEMS, "ListLayers",
                ctx.accountId(), ctx.region(), in.compatibleRuntime(), in.compatibleArchitecture());
        return new ListLayersResponse(page.nextToken(), page.items());
    }

    // Event source mappings

    @Override
    public EventSourceMappingConfiguration createEventSourceMapping(RequestContext ctx, CreateEventSourceMappingRequest in) {
        return mappings.create(ctx, in);
    }

    @Override
    public EventSourceMappingConfiguration getEventSourceMapping(RequestContext ctx, GetEventSourceMappingRequest in) {
        return mappings.get(ctx, in.uuid());
    }

    @Override
    public EventSourceMappingConfiguration updateEventSourceMapping(RequestContext ctx, UpdateEventSourceMappingRequest in) {
        return mappings.update(ctx, in);
    }

    @Override
    public EventSourceMappingConfiguration deleteEventSourceMapping(RequestContext ctx, DeleteEventSourceMappingRequest in) {
        return mappings.delete(ctx, in.uuid());
    }

    @Override
    public ListEventSourceMappingsResponse listEventSourceMappings(RequestContext ctx, ListEventSourceMappingsRequest in) {
        return mappings.list(ctx, in.eventSourceArn(), in.functionName(), in.marker(), in.maxItems());
    }

    // Aliases

    @Override
    public AliasConfiguration createAlias(RequestContext ctx, CreateAliasRequest in) {
        return aliases.create(unqualified(ctx, in.functionName()), in);
    }

    @Override
    public AliasConfiguration getAlias(RequestContext ctx, GetAliasRequest in) {
        return aliases.get(unqualified(ctx, in.functionName()), in.name());
    }

    @Override
    public AliasConfiguration updateAlias(RequestContext ctx, UpdateAliasRequest in) {
        return aliases.update(unqualified(ctx, in.functionName()), in);
    }

    @Override
    public void deleteAlias(RequestContext ctx, DeleteAliasRequest in) {
        aliases.delete(unqualified(ctx, in.functionName()), in.name());
    }

    @Override
    public ListAliasesResponse listAliases(RequestContext ctx, ListAliasesRequest in) {
        return aliases.list(unqualified(ctx, in.functionName()), in.functionVersion(), in.marker(), in.maxItems());
    }

    // Resource policy

    @Override
    public AddPermissionResponse addPermission(RequestContext ctx, AddPermissionRequest in) {
        return new AddPermissionResponse(policies.add(FunctionRef.parse(ctx, in.functionName(), in.qualifier()), in));
    }

    @Override
    public void removePermission(RequestContext ctx, RemovePermissionRequest in) {
        policies.remove(FunctionRef.parse(ctx, in.functionName(), in.qualifier()), in.statementId());
    }

    @Override
    public GetPolicyResponse getPolicy(RequestContext ctx, GetPolicyRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), in.qualifier());
        String policy = policies.get(ref);
        return new GetPolicyResponse(policy, store.read(tx -> resolve(tx, ref)).config().revisionId());
    }

    // Tags

    @Override
    public void tagResource(RequestContext ctx, TagResourceRequest in) {
        FunctionKey key = tagged(ctx, in.resource());
        store.write(tx -> {
            latest(tx, key);
            Tags.put(tx, key.arn(), in.tags(), TAG_RULES);
            return null;
        });
    }

    @Override
    public void untagResource(RequestContext ctx, UntagResourceRequest in) {
        FunctionKey key = tagged(ctx, in.resource());
        store.write(tx -> {
            latest(tx, key);
            Tags.remove(tx, key.arn(), in.tagKeys());
            return null;
        });
    }

    @Override
    public ListTagsResponse listTags(RequestContext ctx, ListTagsRequest in) {
        FunctionKey key = tagged(ctx, in.resource());
        return new ListTagsResponse(store.read(tx -> {
            latest(tx, key);
            return Tags.list(tx, key.arn());
        }));
    }

    /** Tags belong to functions, named by ARN. */
    private static FunctionKey tagged(RequestContext ctx, String resource) {
        FunctionRef ref = FunctionRef.parse(ctx, resource, null);
        if (ref.qualifier() != null) {
            throw FunctionRules.invalid("Tags on function aliases and versions are not supported. Please specify a function ARN.");
        }
        return ref.key();
    }

    // Concurrency and account

    /** AWS keeps at least this many executions unreserved. */
    private static final int MIN_UNRESERVED = 100;

    @Override
    public Concurrency putFunctionConcurrency(RequestContext ctx, PutFunctionConcurrencyRequest in) {
        FunctionKey key = unqualified(ctx, in.functionName());
        int n = in.reservedConcurrentExecutions();
        ConcurrencyLimits limits = invoker.concurrency();
        store.write(tx -> {
            if (repo.version(tx, key, LATEST) == null) {
                throw notFound(key.arn() + ":" + LATEST);
            }
            String current = repo.setting(tx, key, "concurrency", "");
            int unreservedAfter = limits.unreservedLimit() + (current == null ? 0 : Integer.parseInt(current)) - n;
            if (unreservedAfter < Math.min(MIN_UNRESERVED, limits.accountLimit())) {
                throw FunctionRules.invalid("Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution "
                        + "below its minimum value of [" + Math.min(MIN_UNRESERVED, limits.accountLimit()) + "].");
            }
            repo.putSetting(tx, key, "concurrency", "", Integer.toString(n));
            return null;
        });
        limits.reserve(key, n);
        return new Concurrency(n);
    }

    @Override
    public GetFunctionConcurrencyResponse getFunctionConcurrency(RequestContext ctx, GetFunctionConcurrencyRequest in) {
        FunctionKey key = unqualified(ctx, in.functionName());
        String n = store.read(tx -> {
            latest(tx, key);
            return repo.setting(tx, key, "concurrency", "");
        });
        return new GetFunctionConcurrencyResponse(n == null ? null : Integer.parseInt(n));
    }

    @Override
    public void deleteFunctionConcurrency(RequestContext ctx, DeleteFunctionConcurrencyRequest in) {
        FunctionKey key = unqualified(ctx, in.functionName());
        store.write(tx -> {
            latest(tx, key);
            repo.deleteSetting(tx, key, "concurrency", "");
            return null;
        });
        invoker.concurrency().reserve(key, null);
    }

    @Override
    public GetAccountSettingsResponse getAccountSettings(RequestContext ctx, GetAccountSettingsRequest in) {
        long[] usage = store.read(tx -> new long[] {repo.count(tx, ctx.accountId(), ctx.region()), repo.codeSize(tx, ctx.accountId(), ctx.region())});
        ConcurrencyLimits limits = invoker.concurrency();
        return new GetAccountSettingsResponse(
                new AccountLimit(80_530_636_800L, FunctionRules.MAX_UNZIPPED, FunctionRules.MAX_ZIPPED, limits.accountLimit(), limits.unreservedLimit()),
                new AccountUsage(usage[1], usage[0]));
    }

    /** Operations on the function as a whole refuse a qualifier, as AWS does. */
    private static FunctionKey unqualified(RequestContext ctx, String functionName) {
        FunctionRef ref = FunctionRef.parse(ctx, functionName, null);
        if (ref.qualifier() != null) {
            throw FunctionRules.invalid("This operation is permitted on Lambda functions only. Aliases and versions do not support this operation. "
                    + "Please specify either a function name or an unqualified function ARN.");
        }
        return ref.key();
    }

    // Asynchronous invocation settings

    @Override
    public FunctionEventInvokeConfig putFunctionEventInvokeConfig(RequestContext ctx, PutFunctionEventInvokeConfigRequest in) {
        return putInvokeConfig(ctx, in.functionName(), in.qualifier(), false, in.maximumRetryAttempts(), in.maximumEventAgeInSeconds(),
                in.destinationConfig());
    }

    @Override
    public FunctionEventInvokeConfig updateFunctionEventInvokeConfig(RequestContext ctx, UpdateFunctionEventInvokeConfigRequest in) {
        return putInvokeConfig(ctx, in.functionName(), in.qualifier(), true, in.maximumRetryAttempts(), in.maximumEventAgeInSeconds(),
                in.destinationConfig());
    }

    /** Put replaces the settings; Update changes only what it names and needs existing settings. */
    private FunctionEventInvokeConfig putInvokeConfig(RequestContext ctx, String functionName, String qualifierParam, boolean update,
                                                      Integer retries, Integer maxAge, DestinationConfig destinations) {
        FunctionRef ref = FunctionRef.parse(ctx, functionName, qualifierParam);
        String qualifier = ref.qualifier() == null ? LATEST : ref.qualifier();
        if (retries == null && maxAge == null && destinations == null) {
            throw FunctionRules.invalid("You must specify at least one of error handling or destination setting.");
        }
        checkDestination(ref, destinations == null ? null : destinations.onSuccess() == null ? null : destinations.onSuccess().destination());
        checkDestination(ref, destinations == null ? null : destinations.onFailure() == null ? null : destinations.onFailure().destination());
        return store.write(tx -> {
            if (repo.version(tx, ref.key(), LATEST) == null) {
                throw new AwsException("ResourceNotFoundException", "The function doesn't exist.");
            }
            resolve(tx, ref);
            FunctionEventInvokeConfig current = invokeConfigs.stored(tx, ref.key(), qualifier);
            if (update && current == null) {
                throw new AwsException("ResourceNotFoundException", "The function " + ref.key().arn() + ":" + qualifier + " doesn't have an EventInvokeConfig");
            }
            FunctionEventInvokeConfig old = update ? current : null;
            FunctionEventInvokeConfig c = new FunctionEventInvokeConfig(Instant.ofEpochMilli(clock.millis()), ref.key().arn() + ":" + qualifier,
                    retries != null || old == null ? retries : old.maximumRetryAttempts(),
                    maxAge != null || old == null ? maxAge : old.maximumEventAgeInSeconds(),
                    destinations != null || old == null ? destinations : old.destinationConfig());
            invokeConfigs.put(tx, ref.key(), qualifier, c);
            return c;
        });
    }

    /** A destination must be a queue or another function, here; SNS and EventBridge destinations come with those services. */
    private static void checkDestination(FunctionRef ref, String destination) {
        if (destination == null || destination.isEmpty()) {
            return;
        }
        if (Arn.isOf(destination, "lambda") && FunctionRef.parse(new RequestContext(null, null, null, null, null, null, null, null), destination, null)
                .key().equals(ref.key())) {
            throw FunctionRules.invalid("You can't specify the function as a destination for itself.");
        }
        if (!Arn.isOf(destination, "sqs") && !Arn.isOf(destination, "lambda")) {
            throw FunctionRules.invalid("The destination ARN " + destination + " is invalid. Stratus delivers to SQS queues and Lambda functions.");
        }
    }

    @Override
    public FunctionEventInvokeConfig getFunctionEventInvokeConfig(RequestContext ctx, GetFunctionEventInvokeConfigRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), in.qualifier());
        String qualifier = ref.qualifier() == null ? LATEST : ref.qualifier();
        // Read from the store, not the node's cache: a caller that just put it on another node reads it back.
        FunctionEventInvokeConfig c = store.read(tx -> invokeConfigs.stored(tx, ref.key(), qualifier));
        if (c == null) {
            throw new AwsException("ResourceNotFoundException", "The function " + ref.key().arn() + ":" + qualifier + " doesn't have an EventInvokeConfig");
        }
        return c;
    }

    @Override
    public void deleteFunctionEventInvokeConfig(RequestContext ctx, DeleteFunctionEventInvokeConfigRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), in.qualifier());
        String qualifier = ref.qualifier() == null ? LATEST : ref.qualifier();
        store.write(tx -> {
            if (invokeConfigs.stored(tx, ref.key(), qualifier) == null) {
                throw new AwsException("ResourceNotFoundException", "The function " + ref.key().arn() + ":" + qualifier + " doesn't have an EventInvokeConfig");
            }
            invokeConfigs.delete(tx, ref.key(), qualifier);
            return null;
        });
    }

    @Override
    public ListFunctionEventInvokeConfigsResponse listFunctionEventInvokeConfigs(RequestContext ctx, ListFunctionEventInvokeConfigsRequest in) {
        FunctionKey key = unqualified(ctx, in.functionName());
        List<FunctionEventInvokeConfig> all = store.read(tx -> {
            if (repo.version(tx, key, LATEST) == null) {
                throw new AwsException("ResourceNotFoundException", "The function doesn't exist.");
            }
            return invokeConfigs.all(tx, key);
        });
        Paging.Page<FunctionEventInvokeConfig> page = FunctionRules.page(all, in.marker(), in.maxItems(), DEFAULT_MAX_ITEMS,
                "ListFunctionEventInvokeConfigs", key.arn());
        return new ListFunctionEventInvokeConfigsResponse(page.items(), page.nextToken());
    }

    // Invocation

    @Override
    public InvocationResponse invoke(RequestContext ctx, InvocationRequest in) {
        Invoker.Accepted a = invoker.accept(ctx, in);
        return switch (a.type()) {
            case "DryRun" -> new InvocationResponse(204, null, null, null, null, null);
            case "Event" -> {
                async.enqueue(a.ref(), ctx.requestId(), a.payload());
                yield new InvocationResponse(202, null, null, null, null, null);
            }
            default -> invoker.invoke(ctx, in, a);
        };
    }

    /** The deprecated InvokeAsync: an Event invocation that answers 202 with its status. */
    @Override
    public InvokeAsyncResponse invokeAsync(RequestContext ctx, InvokeAsyncRequest in) {
        Invoker.Accepted a = invoker.accept(ctx, new InvocationRequest(in.functionName(), "Event", null, null, null, in.invokeArgs(), null, null));
        async.enqueue(a.ref(), ctx.requestId(), a.payload());
        return new InvokeAsyncResponse(202);
    }

    /** The package whose CodeSha256 is {@code codeSha}, while a function version or layer version holds it; else null. */
    byte[] code(String codeSha) {
        return store.read(tx -> repo.code(tx, codeSha));
    }

    // Shared

    /** The version a reference names: $LATEST without a qualifier, else the version or the alias's version. */
    Version resolve(Tx tx, FunctionRef ref) throws SQLException {
        return resolve(repo, tx, ref, ref.key().arn());
    }

    /**
     * The version a reference names; a missing function is "Function not found" naming
     * {@code missingArn} (Invoke names it with its qualifier, the other operations without).
     */
    static Version resolve(LambdaRepository repo, Tx tx, FunctionRef ref, String missingArn) throws SQLException {
        Version latest = repo.version(tx, ref.key(), LATEST);
        if (latest == null) {
            throw notFound(missingArn);
        }
        String q = ref.qualifier();
        if (q == null || q.equals(LATEST)) {
            return latest;
        }
        if (!q.chars().allMatch(Character::isDigit)) {
            AliasConfiguration alias = repo.alias(tx, ref.key(), q);
            if (alias == null) {
                throw notFound(ref.invokedArn());
            }
            q = alias.functionVersion();
            if (q.equals(LATEST)) {
                return latest;
            }
        }
        Version v = repo.version(tx, ref.key(), q);
        if (v == null) {
            throw notFound(ref.invokedArn());
        }
        return v;
    }

    private Version latest(Tx tx, FunctionKey key) throws SQLException {
        Version v = repo.version(tx, key, LATEST);
        if (v == null) {
            throw notFound(key.arn());
        }
        return v;
    }

    static AwsException notFound(String arn) {
        return new AwsException("ResourceNotFoundException", "Function not found: " + arn);
    }

    private static void checkRevision(String given, String current) {
        if (given != null && !given.equals(current)) {
            throw new AwsException("PreconditionFailedException", "The Revision Id provided does not match the latest Revision Id. "
                    + "Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
        }
    }

    private static FunctionKey key(RequestContext ctx, String functionName) {
        FunctionRef ref = FunctionRef.parse(ctx, functionName, null);
        if (ref.qualifier() != null) {
            throw FunctionRules.invalid("Function name cannot have a qualifier: " + functionName);
        }
        return ref.key();
    }

    private static EnvironmentResponse environment(Environment e) {
        return e == null || e.variables() == null ? null : new EnvironmentResponse(new LinkedHashMap<>(e.variables()), null);
    }

    private String now() {
        return LAST_MODIFIED.format(Instant.ofEpochMilli(clock.millis()));
    }


    private FunctionConfiguration withCode(FunctionConfiguration c, String sha, long size, List<String> architectures) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("CodeSha256", sha);
        changes.put("CodeSize", size);
        changes.put("Architectures", architectures);
        changes.put("LastModified", now());
        changes.put("RevisionId", Ids.uuid());
        return Configs.with(c, changes);
    }

    /** As CreateFunction answers: the function is Pending until its first environment could start (here, at once). */
    private static FunctionConfiguration pending(FunctionConfiguration c) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("State", "Pending");
        changes.put("StateReason", "The function is being created.");
        changes.put("StateReasonCode", "Creating");
        changes.put("LastUpdateStatus", null);
        return Configs.with(c, changes);
    }

    /** As an update answers: InProgress, Successful by the next read. */
    private static FunctionConfiguration updating(FunctionConfiguration c) {
        return Configs.with(c, Map.of("LastUpdateStatus", "InProgress", "LastUpdateStatusReason", "The function is being created.",
                "LastUpdateStatusReasonCode", "Creating"));
    }


    static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AWS refuses a function whose execution role does not exist or does not trust Lambda. */
    private void checkRole(String role) {
        if (role == null || !assumable.test(role)) {
            throw FunctionRules.invalid("The role defined for the function cannot be assumed by Lambda.");
        }
    }
}
