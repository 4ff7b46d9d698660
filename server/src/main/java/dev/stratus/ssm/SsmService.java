package dev.stratus.ssm;

import dev.stratus.platform.Paging;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.ssm.ParameterFilters.Candidate;
import dev.stratus.ssm.ParameterNames.Selected;
import dev.stratus.ssm.SsmRepository.Stored;
import dev.stratus.ssm.api.AddTagsToResourceRequest;
import dev.stratus.ssm.api.AddTagsToResourceResult;
import dev.stratus.ssm.api.DeleteParameterRequest;
import dev.stratus.ssm.api.DeleteParameterResult;
import dev.stratus.ssm.api.DeleteParametersRequest;
import dev.stratus.ssm.api.DeleteParametersResult;
import dev.stratus.ssm.api.DescribeParametersRequest;
import dev.stratus.ssm.api.DescribeParametersResult;
import dev.stratus.ssm.api.GetParameterHistoryRequest;
import dev.stratus.ssm.api.GetParameterHistoryResult;
import dev.stratus.ssm.api.GetParameterRequest;
import dev.stratus.ssm.api.GetParameterResult;
import dev.stratus.ssm.api.GetParametersByPathRequest;
import dev.stratus.ssm.api.GetParametersByPathResult;
import dev.stratus.ssm.api.GetParametersRequest;
import dev.stratus.ssm.api.GetParametersResult;
import dev.stratus.ssm.api.LabelParameterVersionRequest;
import dev.stratus.ssm.api.LabelParameterVersionResult;
import dev.stratus.ssm.api.ListTagsForResourceRequest;
import dev.stratus.ssm.api.ListTagsForResourceResult;
import dev.stratus.ssm.api.Parameter;
import dev.stratus.ssm.api.ParameterHistory;
import dev.stratus.ssm.api.ParameterMetadata;
import dev.stratus.ssm.api.PutParameterRequest;
import dev.stratus.ssm.api.PutParameterResult;
import dev.stratus.ssm.api.RemoveTagsFromResourceRequest;
import dev.stratus.ssm.api.RemoveTagsFromResourceResult;
import dev.stratus.ssm.api.SsmApi;
import dev.stratus.ssm.api.Tag;
import dev.stratus.ssm.api.UnlabelParameterVersionRequest;
import dev.stratus.ssm.api.UnlabelParameterVersionResult;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Systems Manager's Parameter Store: parameters (String, StringList, SecureString through KMS),
 * their versions (the last 100) and labels, hierarchies read by path, filters, tags, and the
 * Expiration policy (a durable timer deletes the parameter when it is due). Every other SSM
 * operation answers 501.
 */
public final class SsmService implements SsmApi {
    static final int MAX_VERSIONS = 100;
    static final int STANDARD_MAX_BYTES = 4096;
    static final int ADVANCED_MAX_BYTES = 8192;
    static final int MAX_LABELS = 10;
    static final String EXPIRE = "ssm.expire";
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z0-9_.\\-]{1,100}");
    private static final TagRules TAG_RULES = new TagRules(r -> new AwsException("ValidationException", r.reason()),
            () -> new AwsException("TooManyTagsError", "The Tags parameter contains more than " + Tags.MAX_PER_RESOURCE + " tags."), null);

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final SecureStrings secure;
    private final SsmRepository repo = new SsmRepository();

    public SsmService(Store store, Clock clock, Timers timers, SecureStrings secure) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.secure = secure;
        Tags.migrate(store);
        store.migrate("ssm", SsmRepository.MIGRATIONS);
        timers.on(EXPIRE, this::expire);
    }

    // Writing

    @Override
    public PutParameterResult putParameter(RequestContext ctx, PutParameterRequest in) {
        String name = in.name();
        boolean overwrite = Boolean.TRUE.equals(in.overwrite());
        if (in.value() == null || in.value().isEmpty()) {
            throw new AwsException("ValidationException", "1 validation error detected: Value '' at 'value' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 1.");
        }
        if (overwrite && in.tags() != null && !in.tags().isEmpty()) {
            throw new AwsException("ValidationException", "Invalid request: tags and overwrite can't be used together. To create a parameter with "
                    + "tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or "
                    + "RemoveTagsFromResource.");
        }
        ParameterNames.checkNew(name);
        Map<String, String> tags = tagMap(in.tags());
        Tags.check(tags, TAG_RULES);
        if (in.dataType() != null && !List.of("text", "aws:ec2:image", "aws:ssm:integration").contains(in.dataType())) {
            throw new AwsException("ValidationException", "The following data type is not supported: " + in.dataType()
                    + " (Data type names are all lowercase.)");
        }
        if (in.policies() != null) {
            ParameterPolicies.check(in.policies());
        }
        checkPattern(in.allowedPattern(), in.value());
        String key = ParameterNames.key(name);
        String arn = ParameterNames.arn(ctx.region(), ctx.accountId(), name);
        Stored previous = store.read(tx -> repo.current(tx, ctx.accountId(), ctx.region(), key));
        if (previous != null && !overwrite) {
            throw new AwsException("ParameterAlreadyExists", "The parameter already exists. To overwrite this value, set the overwrite option in "
                    + "the request to true.");
        }
        String type = in.type() != null ? in.type() : previous != null ? previous.type() : null;
        if (type == null) {
            throw new AwsException("ValidationException", "A parameter type is required when you create a parameter.");
        }
        String dataType = in.dataType() != null ? in.dataType() : previous != null ? previous.dataType() : "text";
        if (!dataType.equals("text") && !type.equals("String")) {
            throw new AwsException("ValidationException", "The data type " + dataType + " is supported only for parameters of type String.");
        }
        String keyId = null;
        if (type.equals("SecureString")) {
            keyId = in.keyId() != null ? in.keyId() : previous != null && previous.keyId() != null ? previous.keyId() : SecureStrings.DEFAULT_KEY;
        } else if (in.keyId() != null) {
            throw new AwsException("ValidationException", "KeyId is required for SecureString type parameter only.");
        }
        String policies = in.policies() != null ? in.policies() : previous != null ? previous.policies() : null;
        String tier = tier(in.tier(), previous, in.value(), policies);
        String value = type.equals("SecureString") ? secure.encrypt(ctx.principal(), ctx.accountId(), ctx.region(), keyId, arn, tier, in.value())
                : in.value();
        String description = in.description() != null ? in.description() : previous != null ? previous.description() : null;
        String allowedPattern = in.allowedPattern() != null ? in.allowedPattern() : previous != null ? previous.allowedPattern() : null;
        if (in.allowedPattern() == null && allowedPattern != null) {
            checkPattern(allowedPattern, in.value());
        }
        String storedName = previous != null ? previous.name() : name;
        String finalKeyId = keyId;
        Stored written = store.write(tx -> {
            List<Stored> versions = repo.versions(tx, ctx.accountId(), ctx.region(), key);
            if (!versions.isEmpty() && !overwrite) {
                throw new AwsException("ParameterAlreadyExists", "The parameter already exists. To overwrite this value, set the overwrite option "
                        + "in the request to true.");
            }
            long version = versions.isEmpty() ? 1 : versions.getLast().version() + 1;
            if (versions.size() >= MAX_VERSIONS) {
                Stored oldest = versions.getFirst();
                if (!oldest.labels().isEmpty()) {
                    throw new AwsException("ParameterMaxVersionLimitExceeded", "You attempted to create a new version of " + name + " by calling "
                            + "the PutParameter API with the overwrite flag. Version " + oldest.version() + ", the oldest version, can't be deleted "
                            + "because it has a label associated with it. Move the label to another version of the parameter, and try again.");
                }
                repo.deleteVersion(tx, ctx.accountId(), ctx.region(), key, oldest.version());
            }
            Stored p = new Stored(storedName, arn, version, type, value, finalKeyId, description, allowedPattern, tier, policies, dataType,
                    clock.millis(), ctx.principal().id(), List.of());
            repo.insert(tx, ctx.accountId(), ctx.region(), key, p);
            if (versions.isEmpty()) {
                Tags.put(tx, arn, tags, TAG_RULES);
            }
            Long expiresAt = ParameterPolicies.expiresAt(policies);
            if (expiresAt != null) {
                timers.schedule(tx, EXPIRE, expiresAt, String.join("\n", ctx.accountId(), ctx.region(), key, Long.toString(version)));
                tx.afterCommit(timers::wake);
            }
            return p;
        });
        return new PutParameterResult(written.version(), written.tier());
    }

    /**
     * The tier a version is kept in: Intelligent-Tiering chooses Standard unless the value's size or
     * policies need Advanced; no tier given keeps the previous one; an advanced parameter never goes back.
     */
    private static String tier(String asked, Stored previous, String value, String policies) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        String tier;
        if (asked == null) {
            tier = previous != null ? previous.tier() : "Standard";
        } else if (asked.equals("Intelligent-Tiering")) {
            tier = bytes > STANDARD_MAX_BYTES || policies != null || previous != null && previous.tier().equals("Advanced") ? "Advanced" : "Standard";
        } else {
            tier = asked;
        }
        if (tier.equals("Standard") && previous != null && previous.tier().equals("Advanced")) {
            throw new AwsException("ValidationException", "This parameter uses the advanced-parameter tier. You can't downgrade a parameter from the "
                    + "advanced-parameter tier to the standard-parameter tier. If necessary, you can delete the advanced parameter and recreate "
                    + "it as a standard parameter.");
        }
        if (tier.equals("Standard") && bytes > STANDARD_MAX_BYTES) {
            throw new AwsException("ValidationException", "Standard tier parameters support a maximum parameter value of 4096 characters. To create a "
                    + "larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see "
                    + "https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html");
        }
        if (tier.equals("Standard") && policies != null) {
            throw new AwsException("ValidationException", "Parameter policies are supported only for advanced parameters. Use the Advanced or "
                    + "Intelligent-Tiering tier.");
        }
        if (bytes > ADVANCED_MAX_BYTES) {
            throw new AwsException("ValidationException", "Advanced tier parameters support a maximum parameter value of 8192 characters.");
        }
        return tier;
    }

    private static void checkPattern(String allowedPattern, String value) {
        if (allowedPattern == null) {
            return;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(allowedPattern);
        } catch (PatternSyntaxException e) {
            throw new AwsException("InvalidAllowedPatternException", "The allowed pattern " + allowedPattern + " is not a valid regular expression.");
        }
        if (!pattern.matcher(value).matches()) {
            throw new AwsException("ParameterPatternMismatchException", "Parameter value, cannot be validated against allowedPattern: "
                    + allowedPattern);
        }
    }

    @Override
    public DeleteParameterResult deleteParameter(RequestContext ctx, DeleteParameterRequest in) {
        store.write(tx -> {
            if (!delete(tx, ctx, in.name())) {
                throw notFound(in.name());
            }
            return null;
        });
        return new DeleteParameterResult();
    }

    @Override
    public DeleteParametersResult deleteParameters(RequestContext ctx, DeleteParametersRequest in) {
        List<String> deleted = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        store.write(tx -> {
            for (String name : new LinkedHashSet<>(in.names())) {
                (delete(tx, ctx, name) ? deleted : invalid).add(name);
            }
            return null;
        });
        return new DeleteParametersResult(deleted, invalid);
    }

    private boolean delete(Tx tx, RequestContext ctx, String name) throws SQLException {
        String key = ParameterNames.key(name);
        Stored p = repo.current(tx, ctx.accountId(), ctx.region(), key);
        if (p == null) {
            return false;
        }
        repo.delete(tx, ctx.accountId(), ctx.region(), key, p.arn());
        return true;
    }

    /** An Expiration policy fell due: the parameter goes, unless a later version replaced the one that set it. */
    private void expire(Tx tx, String payload) throws SQLException {
        String[] p = payload.split("\n");
        Stored current = repo.current(tx, p[0], p[1], p[2]);
        if (current != null && current.version() == Long.parseLong(p[3])) {
            repo.delete(tx, p[0], p[1], p[2], current.arn());
        }
    }

    // Reading

    @Override
    public GetParameterResult getParameter(RequestContext ctx, GetParameterRequest in) {
        Selected s = ParameterNames.select(in.name());
        if (s == null) {
            throw notFound(in.name());
        }
        Stored p = store.read(tx -> selected(tx, ctx, s));
        if (p == null) {
            throw notFound(in.name());
        }
        return new GetParameterResult(parameter(ctx, p, s, Boolean.TRUE.equals(in.withDecryption())));
    }

    @Override
    public GetParametersResult getParameters(RequestContext ctx, GetParametersRequest in) {
        List<Parameter> found = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        boolean decrypt = Boolean.TRUE.equals(in.withDecryption());
        List<Map.Entry<Selected, Stored>> hits = new ArrayList<>();
        store.read(tx -> {
            for (String name : new LinkedHashSet<>(in.names())) {
                Selected s = ParameterNames.select(name);
                Stored p = s == null ? null : selectedOrNull(tx, ctx, s);
                if (p == null) {
                    invalid.add(name);
                } else {
                    hits.add(Map.entry(s, p));
                }
            }
            return null;
        });
        for (Map.Entry<Selected, Stored> hit : hits) {
            found.add(parameter(ctx, hit.getValue(), hit.getKey(), decrypt));
        }
        return new GetParametersResult(found, invalid);
    }

    @Override
    public GetParametersByPathResult getParametersByPath(RequestContext ctx, GetParametersByPathRequest in) {
        ParameterNames.checkPath(in.path());
        ParameterFilters filters = ParameterFilters.byPath(in.parameterFilters());
        boolean recursive = Boolean.TRUE.equals(in.recursive());
        boolean decrypt = Boolean.TRUE.equals(in.withDecryption());
        Paging.Listing listing = Paging.Listing.of(SsmService::invalidToken, "GetParametersByPath", ctx.accountId(), ctx.region(), in.path(),
                recursive, in.parameterFilters(), decrypt);
        List<Stored> matching = matching(ctx, filters).stream()
                .filter(p -> ParameterFilters.under(p.name(), in.path(), recursive)).toList();
        Paging.Page<Stored> page = listing.after(matching, p -> ParameterNames.key(p.name()), in.nextToken(),
                in.maxResults() == null ? 10 : in.maxResults());
        return new GetParametersByPathResult(page.items().stream().map(p -> parameter(ctx, p, null, decrypt)).toList(), page.nextToken());
    }

    @Override
    public DescribeParametersResult describeParameters(RequestContext ctx, DescribeParametersRequest in) {
        ParameterFilters filters = ParameterFilters.describe(in.filters(), in.parameterFilters());
        Paging.Listing listing = Paging.Listing.of(SsmService::invalidToken, "DescribeParameters", ctx.accountId(), ctx.region(), in.filters(),
                in.parameterFilters());
        Paging.Page<Stored> page = listing.after(matching(ctx, filters), p -> ParameterNames.key(p.name()), in.nextToken(),
                in.maxResults() == null ? 10 : in.maxResults());
        return new DescribeParametersResult(page.items().stream().map(SsmService::metadata).toList(), page.nextToken());
    }

    /** The current version of each parameter that passes the filters, sorted by key. */
    private List<Stored> matching(RequestContext ctx, ParameterFilters filters) {
        return store.read(tx -> {
            List<Stored> out = new ArrayList<>();
            for (Stored p : repo.all(tx, ctx.accountId(), ctx.region())) {
                if (filters.test(new Candidate(p, filters.needsTags() ? Tags.list(tx, p.arn()) : Map.of()))) {
                    out.add(p);
                }
            }
            out.sort(Comparator.comparing(p -> ParameterNames.key(p.name())));
            return out;
        });
    }

    @Override
    public GetParameterHistoryResult getParameterHistory(RequestContext ctx, GetParameterHistoryRequest in) {
        boolean decrypt = Boolean.TRUE.equals(in.withDecryption());
        Selected s = ParameterNames.select(in.name());
        List<Stored> versions = s == null || s.version() != null || s.label() != null ? List.of()
                : store.read(tx -> repo.versions(tx, ctx.accountId(), ctx.region(), ParameterNames.key(s.name())));
        if (versions.isEmpty()) {
            throw notFound(in.name());
        }
        Paging.Listing listing = Paging.Listing.of(SsmService::invalidToken, "GetParameterHistory", ctx.accountId(), ctx.region(),
                ParameterNames.key(s.name()), decrypt);
        Paging.Page<Stored> page = listing.page(versions, in.nextToken(), in.maxResults() == null ? 50 : in.maxResults());
        return new GetParameterHistoryResult(page.items().stream().map(p -> new ParameterHistory(p.name(), p.type(), p.keyId(),
                Instant.ofEpochMilli(p.modified()), p.modifiedUser(), p.description(), value(ctx, p, decrypt), p.allowedPattern(), p.version(),
                p.labels(), p.tier(), ParameterPolicies.described(p.policies()), p.dataType())).toList(), page.nextToken());
    }

    private Stored selected(Tx tx, RequestContext ctx, Selected s) throws SQLException {
        String key = ParameterNames.key(s.name());
        if (s.version() == null && s.label() == null) {
            return repo.current(tx, ctx.accountId(), ctx.region(), key);
        }
        List<Stored> versions = repo.versions(tx, ctx.accountId(), ctx.region(), key);
        if (versions.isEmpty()) {
            return null;
        }
        for (Stored v : versions) {
            if (s.version() != null ? v.version() == s.version() : v.labels().contains(s.label())) {
                return v;
            }
        }
        if (s.version() != null) {
            throw versionNotFound(s.version(), s.name());
        }
        return null;
    }

    /** As {@link #selected}, for GetParameters, where a version that is not there is one more invalid name. */
    private Stored selectedOrNull(Tx tx, RequestContext ctx, Selected s) throws SQLException {
        try {
            return selected(tx, ctx, s);
        } catch (AwsException versionNotFound) {
            return null;
        }
    }

    private Parameter parameter(RequestContext ctx, Stored p, Selected s, boolean decrypt) {
        return new Parameter(p.name(), p.type(), value(ctx, p, decrypt), p.version(), s == null ? null : s.selector(), null,
                Instant.ofEpochMilli(p.modified()), p.arn(), p.dataType());
    }

    private String value(RequestContext ctx, Stored p, boolean decrypt) {
        return decrypt && p.type().equals("SecureString") ? secure.decrypt(ctx.principal(), ctx.accountId(), ctx.region(), p.arn(), p.tier(), p.value())
                : p.value();
    }

    private static ParameterMetadata metadata(Stored p) {
        return new ParameterMetadata(p.name(), p.arn(), p.type(), p.keyId(), Instant.ofEpochMilli(p.modified()), p.modifiedUser(), p.description(),
                p.allowedPattern(), p.version(), p.tier(), ParameterPolicies.described(p.policies()), p.dataType());
    }

    // Labels

    @Override
    public LabelParameterVersionResult labelParameterVersion(RequestContext ctx, LabelParameterVersionRequest in) {
        String key = ParameterNames.key(in.name());
        return store.write(tx -> {
            List<Stored> versions = repo.versions(tx, ctx.accountId(), ctx.region(), key);
            if (versions.isEmpty()) {
                throw notFound(in.name());
            }
            long version = in.parameterVersion() != null ? in.parameterVersion() : versions.getLast().version();
            Stored target = versions.stream().filter(v -> v.version() == version).findFirst()
                    .orElseThrow(() -> versionNotFound(version, in.name()));
            List<String> invalid = new ArrayList<>();
            List<String> valid = new ArrayList<>();
            for (String label : in.labels()) {
                (validLabel(label) ? valid : invalid).add(label);
            }
            LinkedHashSet<String> labels = new LinkedHashSet<>(target.labels());
            labels.addAll(valid);
            if (labels.size() > MAX_LABELS) {
                throw new AwsException("ParameterVersionLabelLimitExceeded", "A parameter version can have maximum 10 labels.Move one or more labels "
                        + "to another version and try again.");
            }
            for (Stored other : versions) {
                if (other.version() != version && other.labels().stream().anyMatch(valid::contains)) {
                    repo.setLabels(tx, ctx.accountId(), ctx.region(), key, other.version(),
                            other.labels().stream().filter(l -> !valid.contains(l)).toList());
                }
            }
            repo.setLabels(tx, ctx.accountId(), ctx.region(), key, version, List.copyOf(labels));
            return new LabelParameterVersionResult(invalid, version);
        });
    }

    /** A label may hold letters, numbers, periods, hyphens and underscores, may not begin with a number, aws or ssm. */
    private static boolean validLabel(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        return LABEL.matcher(label).matches() && !Character.isDigit(label.charAt(0)) && !lower.startsWith("aws") && !lower.startsWith("ssm");
    }

    @Override
    public UnlabelParameterVersionResult unlabelParameterVersion(RequestContext ctx, UnlabelParameterVersionRequest in) {
        String key = ParameterNames.key(in.name());
        return store.write(tx -> {
            List<Stored> versions = repo.versions(tx, ctx.accountId(), ctx.region(), key);
            if (versions.isEmpty()) {
                throw notFound(in.name());
            }
            Stored target = versions.stream().filter(v -> v.version() == in.parameterVersion()).findFirst()
                    .orElseThrow(() -> versionNotFound(in.parameterVersion(), in.name()));
            List<String> removed = new ArrayList<>();
            List<String> invalid = new ArrayList<>();
            for (String label : new LinkedHashSet<>(in.labels())) {
                (target.labels().contains(label) ? removed : invalid).add(label);
            }
            repo.setLabels(tx, ctx.accountId(), ctx.region(), key, target.version(),
                    target.labels().stream().filter(l -> !removed.contains(l)).toList());
            return new UnlabelParameterVersionResult(removed, invalid);
        });
    }

    // Tags

    @Override
    public AddTagsToResourceResult addTagsToResource(RequestContext ctx, AddTagsToResourceRequest in) {
        Map<String, String> tags = tagMap(in.tags());
        Tags.check(tags, TAG_RULES);
        store.write(tx -> {
            Tags.put(tx, taggable(tx, ctx, in.resourceType(), in.resourceId()), tags, TAG_RULES);
            return null;
        });
        return new AddTagsToResourceResult();
    }

    @Override
    public RemoveTagsFromResourceResult removeTagsFromResource(RequestContext ctx, RemoveTagsFromResourceRequest in) {
        store.write(tx -> {
            Tags.remove(tx, taggable(tx, ctx, in.resourceType(), in.resourceId()), in.tagKeys());
            return null;
        });
        return new RemoveTagsFromResourceResult();
    }

    @Override
    public ListTagsForResourceResult listTagsForResource(RequestContext ctx, ListTagsForResourceRequest in) {
        return store.read(tx -> new ListTagsForResourceResult(Tags.list(tx, taggable(tx, ctx, in.resourceType(), in.resourceId())).entrySet()
                .stream().map(e -> new Tag(e.getKey(), e.getValue())).toList()));
    }

    /** The ARN of the parameter a tagging call names; Stratus keeps no other resource type, so any other is not there. */
    private String taggable(Tx tx, RequestContext ctx, String type, String id) throws SQLException {
        Selected s = type.equals("Parameter") ? ParameterNames.select(id) : null;
        Stored p = s == null || s.version() != null || s.label() != null ? null
                : repo.current(tx, ctx.accountId(), ctx.region(), ParameterNames.key(s.name()));
        if (p == null) {
            throw new AwsException("InvalidResourceId", "The resource ID is not valid. Verify that you entered the correct ID and try again.");
        }
        return p.arn();
    }

    private static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> out.put(t.key(), t.value()));
        }
        return out;
    }

    // Errors

    private static AwsException notFound(String name) {
        return new AwsException("ParameterNotFound", "Parameter " + name + " not found.");
    }

    private static AwsException versionNotFound(long version, String name) {
        return new AwsException("ParameterVersionNotFound", "Systems Manager could not find version " + version + " of " + name
                + ". Verify the version and try again.");
    }

    private static AwsException invalidToken(String token) {
        return new AwsException("InvalidNextToken", "The specified token isn't valid.");
    }
}
