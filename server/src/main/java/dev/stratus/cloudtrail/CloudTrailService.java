package dev.stratus.cloudtrail;

import dev.stratus.cloudtrail.CloudTrailRepository.Trail;
import dev.stratus.cloudtrail.api.AddTagsRequest;
import dev.stratus.cloudtrail.api.AddTagsResponse;
import dev.stratus.cloudtrail.api.AdvancedEventSelector;
import dev.stratus.cloudtrail.api.CloudTrailApi;
import dev.stratus.cloudtrail.api.CreateTrailRequest;
import dev.stratus.cloudtrail.api.CreateTrailResponse;
import dev.stratus.cloudtrail.api.DeleteTrailRequest;
import dev.stratus.cloudtrail.api.DeleteTrailResponse;
import dev.stratus.cloudtrail.api.DescribeTrailsRequest;
import dev.stratus.cloudtrail.api.DescribeTrailsResponse;
import dev.stratus.cloudtrail.api.EventSelector;
import dev.stratus.cloudtrail.api.GetEventSelectorsRequest;
import dev.stratus.cloudtrail.api.GetEventSelectorsResponse;
import dev.stratus.cloudtrail.api.GetTrailRequest;
import dev.stratus.cloudtrail.api.GetTrailResponse;
import dev.stratus.cloudtrail.api.GetTrailStatusRequest;
import dev.stratus.cloudtrail.api.GetTrailStatusResponse;
import dev.stratus.cloudtrail.api.ListTagsRequest;
import dev.stratus.cloudtrail.api.ListTagsResponse;
import dev.stratus.cloudtrail.api.ListTrailsRequest;
import dev.stratus.cloudtrail.api.ListTrailsResponse;
import dev.stratus.cloudtrail.api.LookupEventsRequest;
import dev.stratus.cloudtrail.api.LookupEventsResponse;
import dev.stratus.cloudtrail.api.PutEventSelectorsRequest;
import dev.stratus.cloudtrail.api.PutEventSelectorsResponse;
import dev.stratus.cloudtrail.api.RemoveTagsRequest;
import dev.stratus.cloudtrail.api.RemoveTagsResponse;
import dev.stratus.cloudtrail.api.ResourceTag;
import dev.stratus.cloudtrail.api.StartLoggingRequest;
import dev.stratus.cloudtrail.api.StartLoggingResponse;
import dev.stratus.cloudtrail.api.StopLoggingRequest;
import dev.stratus.cloudtrail.api.StopLoggingResponse;
import dev.stratus.cloudtrail.api.Tag;
import dev.stratus.cloudtrail.api.TrailInfo;
import dev.stratus.cloudtrail.api.UpdateTrailRequest;
import dev.stratus.cloudtrail.api.UpdateTrailResponse;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS CloudTrail: trails (stored, started and stopped; their S3 bucket is kept but neither checked
 * nor written, as Stratus has no S3 yet), their event selectors, tags, and LookupEvents over event
 * history ({@link EventHistory}), which {@link Recorder} fills from every management call.
 */
public final class CloudTrailService implements CloudTrailApi {
    /** AWS's limit of trails per region for an account. */
    static final int MAX_TRAILS = 5;
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Set<String> ADVANCED_FIELDS = Set.of("eventCategory", "eventSource", "eventName", "eventType", "readOnly",
            "resources.type", "resources.ARN", "errorCode", "sessionCredentialFromConsole", "userIdentity.arn", "vpcEndpointId");
    private static final TagRules TAG_RULES = new TagRules(r -> new AwsException("InvalidTagParameterException", r.reason()),
            () -> new AwsException("TagsLimitExceededException", "The number of tags on the resource would exceed the limit of 50."), null);

    private final Store store;
    private final Clock clock;
    private final CloudTrailRepository repo;
    private final EventHistory history;

    CloudTrailService(Store store, Clock clock, CloudTrailRepository repo, EventHistory history) {
        this.store = store;
        this.clock = clock;
        this.repo = repo;
        this.history = history;
        Tags.migrate(store);
        store.migrate("cloudtrail", CloudTrailRepository.MIGRATIONS);
    }

    @Override
    public CreateTrailResponse createTrail(RequestContext ctx, CreateTrailRequest in) {
        TrailNames.check(in.name());
        checkBucket(in.s3BucketName());
        checkCloudWatchLogs(in.cloudWatchLogsLogGroupArn(), in.cloudWatchLogsRoleArn());
        refuseOrganization(in.isOrganizationTrail());
        Map<String, String> tags = tags(in.tagsList());
        Tags.check(tags, TAG_RULES);
        Trail t = new Trail(ctx.accountId(), ctx.region(), in.name(), TrailNames.arn(ctx.region(), ctx.accountId(), in.name()), in.s3BucketName(),
                in.s3KeyPrefix(), in.snsTopicName(), !Boolean.FALSE.equals(in.includeGlobalServiceEvents()),
                Boolean.TRUE.equals(in.isMultiRegionTrail()), Boolean.TRUE.equals(in.enableLogFileValidation()), in.cloudWatchLogsLogGroupArn(),
                in.cloudWatchLogsRoleArn(), kmsKeyArn(ctx, in.kmsKeyId()), false, null, null, null, null);
        store.write(tx -> {
            List<Trail> seen = repo.trailsSeenIn(tx, ctx.accountId(), ctx.region());
            if (seen.stream().anyMatch(s -> s.name().equals(in.name()))) {
                throw new AwsException("TrailAlreadyExistsException", "Trail " + in.name() + " already exists for customer: " + ctx.accountId());
            }
            if (seen.stream().filter(s -> s.region().equals(ctx.region())).count() >= MAX_TRAILS) {
                throw new AwsException("MaximumNumberOfTrailsExceededException",
                        "User: " + ctx.accountId() + " already has " + MAX_TRAILS + " trails in " + ctx.region() + ".");
            }
            repo.putTrail(tx, t);
            Tags.put(tx, t.arn(), tags, TAG_RULES);
            return null;
        });
        return new CreateTrailResponse(t.name(), t.s3Bucket(), t.s3Prefix(), t.snsTopic(), snsTopicArn(t), t.includeGlobal(), t.multiRegion(),
                t.arn(), t.logValidation(), t.cwLogGroup(), t.cwRole(), t.kmsKey(), false);
    }

    @Override
    public UpdateTrailResponse updateTrail(RequestContext ctx, UpdateTrailRequest in) {
        if (in.s3BucketName() != null) {
            checkBucket(in.s3BucketName());
        }
        refuseOrganization(in.isOrganizationTrail());
        Trail t = store.write(tx -> {
            Trail old = home(tx, ctx, in.name());
            String group = in.cloudWatchLogsLogGroupArn() != null ? emptyToNull(in.cloudWatchLogsLogGroupArn()) : old.cwLogGroup();
            String role = in.cloudWatchLogsRoleArn() != null ? emptyToNull(in.cloudWatchLogsRoleArn()) : old.cwRole();
            checkCloudWatchLogs(group, role);
            Trail updated = new Trail(old.account(), old.region(), old.name(), old.arn(), or(in.s3BucketName(), old.s3Bucket()),
                    in.s3KeyPrefix() != null ? emptyToNull(in.s3KeyPrefix()) : old.s3Prefix(),
                    in.snsTopicName() != null ? emptyToNull(in.snsTopicName()) : old.snsTopic(),
                    or(in.includeGlobalServiceEvents(), old.includeGlobal()), or(in.isMultiRegionTrail(), old.multiRegion()),
                    or(in.enableLogFileValidation(), old.logValidation()), group, role,
                    in.kmsKeyId() != null ? kmsKeyArn(ctx, emptyToNull(in.kmsKeyId())) : old.kmsKey(), old.logging(), old.startLogging(),
                    old.stopLogging(), old.eventSelectors(), old.advancedSelectors());
            repo.putTrail(tx, updated);
            return updated;
        });
        return new UpdateTrailResponse(t.name(), t.s3Bucket(), t.s3Prefix(), t.snsTopic(), snsTopicArn(t), t.includeGlobal(), t.multiRegion(),
                t.arn(), t.logValidation(), t.cwLogGroup(), t.cwRole(), t.kmsKey(), false);
    }

    @Override
    public DeleteTrailResponse deleteTrail(RequestContext ctx, DeleteTrailRequest in) {
        store.write(tx -> {
            Trail t = home(tx, ctx, in.name());
            repo.deleteTrail(tx, t);
            Tags.deleteAll(tx, t.arn());
            return null;
        });
        return new DeleteTrailResponse();
    }

    @Override
    public GetTrailResponse getTrail(RequestContext ctx, GetTrailRequest in) {
        return new GetTrailResponse(trail(store.read(tx -> find(tx, ctx, in.name()))));
    }

    @Override
    public DescribeTrailsResponse describeTrails(RequestContext ctx, DescribeTrailsRequest in) {
        boolean shadows = !Boolean.FALSE.equals(in.includeShadowTrails());
        List<Trail> seen = store.read(tx -> repo.trailsSeenIn(tx, ctx.accountId(), ctx.region()));
        List<String> asked = in.trailNameList() == null ? List.of() : in.trailNameList();
        List<TrailNames.Ref> refs = asked.stream().map(TrailNames::parse).toList();
        List<dev.stratus.cloudtrail.api.Trail> out = new ArrayList<>();
        for (Trail t : seen) {
            boolean wanted = refs.isEmpty() ? shadows || t.region().equals(ctx.region()) : refs.stream().anyMatch(r -> names(r, t, ctx));
            if (wanted) {
                out.add(trail(t));
            }
        }
        return new DescribeTrailsResponse(out);
    }

    @Override
    public ListTrailsResponse listTrails(RequestContext ctx, ListTrailsRequest in) {
        List<Trail> seen = store.read(tx -> repo.trailsSeenIn(tx, ctx.accountId(), ctx.region()));
        Paging.Listing listing = Paging.Listing.of(t -> new AwsException("InvalidNextTokenException", "Invalid NextToken: " + t),
                "ListTrails", ctx.accountId(), ctx.region());
        Paging.Page<TrailInfo> page = listing.page(seen.stream().map(t -> new TrailInfo(t.arn(), t.name(), t.region())).toList(),
                in.nextToken(), 50);
        return new ListTrailsResponse(page.items(), page.nextToken());
    }

    @Override
    public GetTrailStatusResponse getTrailStatus(RequestContext ctx, GetTrailStatusRequest in) {
        Trail t = store.read(tx -> find(tx, ctx, in.name()));
        Instant started = t.startLogging() == null ? null : Instant.ofEpochMilli(t.startLogging());
        Instant stopped = t.stopLogging() == null ? null : Instant.ofEpochMilli(t.stopLogging());
        return new GetTrailStatusResponse(t.logging(), null, null, null, null, started, stopped, null, null, null, null, "", "", "", "",
                started == null ? "" : iso(started), stopped == null ? "" : iso(stopped));
    }

    @Override
    public StartLoggingResponse startLogging(RequestContext ctx, StartLoggingRequest in) {
        setLogging(ctx, in.name(), true);
        return new StartLoggingResponse();
    }

    @Override
    public StopLoggingResponse stopLogging(RequestContext ctx, StopLoggingRequest in) {
        setLogging(ctx, in.name(), false);
        return new StopLoggingResponse();
    }

    private void setLogging(RequestContext ctx, String name, boolean logging) {
        store.write(tx -> {
            Trail t = home(tx, ctx, name);
            long now = clock.millis();
            repo.putTrail(tx, new Trail(t.account(), t.region(), t.name(), t.arn(), t.s3Bucket(), t.s3Prefix(), t.snsTopic(), t.includeGlobal(),
                    t.multiRegion(), t.logValidation(), t.cwLogGroup(), t.cwRole(), t.kmsKey(), logging,
                    logging ? Long.valueOf(now) : t.startLogging(), logging ? t.stopLogging() : Long.valueOf(now), t.eventSelectors(),
                    t.advancedSelectors()));
            return null;
        });
    }

    @Override
    public PutEventSelectorsResponse putEventSelectors(RequestContext ctx, PutEventSelectorsRequest in) {
        List<EventSelector> basic = in.eventSelectors();
        List<AdvancedEventSelector> advanced = in.advancedEventSelectors();
        if ((basic == null) == (advanced == null)) {
            throw new AwsException("InvalidEventSelectorsException", "Specify either EventSelectors or AdvancedEventSelectors, but not both.");
        }
        if (basic != null && (basic.isEmpty() || basic.size() > 5)) {
            throw new AwsException("InvalidEventSelectorsException", "A trail can have from 1 to 5 event selectors.");
        }
        if (advanced != null) {
            checkAdvanced(advanced);
        }
        Trail t = store.write(tx -> {
            Trail old = home(tx, ctx, in.trailName());
            Trail updated = new Trail(old.account(), old.region(), old.name(), old.arn(), old.s3Bucket(), old.s3Prefix(), old.snsTopic(),
                    old.includeGlobal(), old.multiRegion(), old.logValidation(), old.cwLogGroup(), old.cwRole(), old.kmsKey(), old.logging(),
                    old.startLogging(), old.stopLogging(), basic == null ? null : Json.string(basic), advanced == null ? null : Json.string(advanced));
            repo.putTrail(tx, updated);
            return updated;
        });
        return new PutEventSelectorsResponse(t.arn(), selectors(t), advancedSelectors(t));
    }

    @Override
    public GetEventSelectorsResponse getEventSelectors(RequestContext ctx, GetEventSelectorsRequest in) {
        Trail t = store.read(tx -> find(tx, ctx, in.trailName()));
        return new GetEventSelectorsResponse(t.arn(), selectors(t), advancedSelectors(t));
    }

    @Override
    public AddTagsResponse addTags(RequestContext ctx, AddTagsRequest in) {
        Map<String, String> tags = tags(in.tagsList());
        Tags.check(tags, TAG_RULES);
        store.write(tx -> {
            Tags.put(tx, tagged(tx, ctx, in.resourceId()).arn(), tags, TAG_RULES);
            return null;
        });
        return new AddTagsResponse();
    }

    @Override
    public RemoveTagsResponse removeTags(RequestContext ctx, RemoveTagsRequest in) {
        store.write(tx -> {
            Tags.remove(tx, tagged(tx, ctx, in.resourceId()).arn(), in.tagsList().stream().map(Tag::key).toList());
            return null;
        });
        return new RemoveTagsResponse();
    }

    @Override
    public ListTagsResponse listTags(RequestContext ctx, ListTagsRequest in) {
        List<ResourceTag> out = store.read(tx -> {
            List<ResourceTag> tagged = new ArrayList<>();
            for (String id : in.resourceIdList()) {
                String arn = tagged(tx, ctx, id).arn();
                tagged.add(new ResourceTag(arn, Tags.list(tx, arn).entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList()));
            }
            return tagged;
        });
        return new ListTagsResponse(out, null);
    }

    @Override
    public LookupEventsResponse lookupEvents(RequestContext ctx, LookupEventsRequest in) {
        return history.lookup(ctx, in);
    }

    // The domain: finding trails, and checks the model cannot make.

    /** The trail a name or ARN stands for, as seen from the caller's region (a multi-region trail's shadow included). */
    private Trail find(Tx tx, RequestContext ctx, String nameOrArn) throws SQLException {
        TrailNames.Ref ref = TrailNames.parse(nameOrArn);
        // A name alone means the trail homed here if there is one, else a multi-region trail's shadow.
        Optional<Trail> found = repo.trailsSeenIn(tx, ctx.accountId(), ctx.region()).stream().filter(t -> names(ref, t, ctx))
                .min(Comparator.comparing(t -> !t.region().equals(ctx.region())));
        if (found.isPresent()) {
            return found.get();
        }
        String arn = TrailNames.arn(ref.region() != null ? ref.region() : ctx.region(), ref.account() != null ? ref.account() : ctx.accountId(), ref.name());
        throw new AwsException("TrailNotFoundException", "Unknown trail: " + arn + " for the user: " + ctx.accountId());
    }

    /** The trail, which must be homed in the caller's region: what changes a trail must be asked there. */
    private Trail home(Tx tx, RequestContext ctx, String nameOrArn) throws SQLException {
        Trail t = find(tx, ctx, nameOrArn);
        if (!t.region().equals(ctx.region())) {
            throw new AwsException("InvalidHomeRegionException", "This operation must be called from the trail's home region, " + t.region() + ".");
        }
        return t;
    }

    /** The trail a tagging call names by ARN. */
    private Trail tagged(Tx tx, RequestContext ctx, String resourceId) throws SQLException {
        if (!Arn.isOf(resourceId, "cloudtrail")) {
            throw new AwsException("CloudTrailARNInvalidException", "Invalid ARN: " + resourceId);
        }
        try {
            return find(tx, ctx, resourceId);
        } catch (AwsException notFound) {
            if (!notFound.code().equals("TrailNotFoundException")) {
                throw notFound;
            }
            throw new AwsException("ResourceNotFoundException", "Resource not found: " + resourceId);
        }
    }

    private static boolean names(TrailNames.Ref ref, Trail t, RequestContext ctx) {
        return t.name().equals(ref.name())
                && (ref.region() == null || t.region().equals(ref.region()) && ctx.accountId().equals(ref.account()));
    }

    private static void checkBucket(String bucket) {
        if (!BUCKET_NAME.matcher(bucket).matches() || bucket.contains("..")) {
            throw new AwsException("InvalidS3BucketNameException", "Bucket name is not valid: " + bucket);
        }
    }

    private static void checkCloudWatchLogs(String group, String role) {
        if ((group == null) != (role == null)) {
            throw new AwsException("InvalidParameterCombinationException",
                    "You must specify both a CloudWatch Logs log group ARN and a role ARN, or neither.");
        }
        if (group != null && !Arn.isOf(group, "logs")) {
            throw new AwsException("InvalidCloudWatchLogsLogGroupArnException", "Invalid CloudWatch Logs log group ARN: " + group);
        }
        if (role != null && !Arn.isOf(role, "iam")) {
            throw new AwsException("InvalidCloudWatchLogsRoleArnException", "Invalid CloudWatch Logs role ARN: " + role);
        }
    }

    private static void refuseOrganization(Boolean organization) {
        if (Boolean.TRUE.equals(organization)) {
            throw new AwsException("OrganizationsNotInUseException", "This account is not a member of an organization.");
        }
    }

    private static void checkAdvanced(List<AdvancedEventSelector> selectors) {
        if (selectors.isEmpty()) {
            throw new AwsException("InvalidEventSelectorsException", "AdvancedEventSelectors must not be empty.");
        }
        for (AdvancedEventSelector s : selectors) {
            boolean category = false;
            for (var f : s.fieldSelectors()) {
                if (!ADVANCED_FIELDS.contains(f.field())) {
                    throw new AwsException("InvalidEventSelectorsException", "Invalid field name: " + f.field());
                }
                category |= f.field().equals("eventCategory");
            }
            if (!category) {
                throw new AwsException("InvalidEventSelectorsException", "Each advanced event selector must include an eventCategory field.");
            }
        }
    }

    /** A trail's event selectors: AWS's default (all management events, no data events) until any are put. */
    private static List<EventSelector> selectors(Trail t) {
        if (t.advancedSelectors() != null) {
            return null;
        }
        return t.eventSelectors() != null ? List.of(Json.parse(t.eventSelectors(), EventSelector[].class))
                : List.of(new EventSelector("All", true, List.of(), List.of()));
    }

    private static List<AdvancedEventSelector> advancedSelectors(Trail t) {
        return t.advancedSelectors() == null ? null : List.of(Json.parse(t.advancedSelectors(), AdvancedEventSelector[].class));
    }

    private static dev.stratus.cloudtrail.api.Trail trail(Trail t) {
        return new dev.stratus.cloudtrail.api.Trail(t.name(), t.s3Bucket(), t.s3Prefix(), t.snsTopic(), snsTopicArn(t), t.includeGlobal(),
                t.multiRegion(), t.region(), t.arn(), t.logValidation(), t.cwLogGroup(), t.cwRole(), t.kmsKey(),
                t.eventSelectors() != null || t.advancedSelectors() != null, false, false);
    }

    private static String snsTopicArn(Trail t) {
        if (t.snsTopic() == null) {
            return null;
        }
        return t.snsTopic().startsWith("arn:") ? t.snsTopic() : Arn.of("sns", t.region(), t.account(), t.snsTopic()).toString();
    }

    /** A KMS key as AWS stores it for a trail: its full ARN (an alias's ARN for an alias). */
    private static String kmsKeyArn(RequestContext ctx, String keyId) {
        if (keyId == null || keyId.startsWith("arn:")) {
            return keyId;
        }
        return Arn.of("kms", ctx.region(), ctx.accountId(), keyId.startsWith("alias/") ? keyId : "key/" + keyId).toString();
    }

    private static Map<String, String> tags(List<Tag> list) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (list != null) {
            list.forEach(t -> tags.put(t.key(), t.value() == null ? "" : t.value()));
        }
        return tags;
    }

    private static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
