package dev.stratus.scheduler;

import static dev.stratus.scheduler.SchedulerArns.DEFAULT_GROUP;

import dev.stratus.platform.Paging;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.scheduler.SchedulerRepository.Group;
import dev.stratus.scheduler.SchedulerRepository.Schedule;
import dev.stratus.scheduler.api.CreateScheduleGroupInput;
import dev.stratus.scheduler.api.CreateScheduleGroupOutput;
import dev.stratus.scheduler.api.CreateScheduleInput;
import dev.stratus.scheduler.api.CreateScheduleOutput;
import dev.stratus.scheduler.api.DeleteScheduleGroupInput;
import dev.stratus.scheduler.api.DeleteScheduleGroupOutput;
import dev.stratus.scheduler.api.DeleteScheduleInput;
import dev.stratus.scheduler.api.DeleteScheduleOutput;
import dev.stratus.scheduler.api.GetScheduleGroupInput;
import dev.stratus.scheduler.api.GetScheduleGroupOutput;
import dev.stratus.scheduler.api.GetScheduleInput;
import dev.stratus.scheduler.api.GetScheduleOutput;
import dev.stratus.scheduler.api.ListScheduleGroupsInput;
import dev.stratus.scheduler.api.ListScheduleGroupsOutput;
import dev.stratus.scheduler.api.ListSchedulesInput;
import dev.stratus.scheduler.api.ListSchedulesOutput;
import dev.stratus.scheduler.api.ListTagsForResourceInput;
import dev.stratus.scheduler.api.ListTagsForResourceOutput;
import dev.stratus.scheduler.api.ScheduleGroupSummary;
import dev.stratus.scheduler.api.ScheduleSummary;
import dev.stratus.scheduler.api.SchedulerApi;
import dev.stratus.scheduler.api.Tag;
import dev.stratus.scheduler.api.TagResourceInput;
import dev.stratus.scheduler.api.TagResourceOutput;
import dev.stratus.scheduler.api.TargetSummary;
import dev.stratus.scheduler.api.UntagResourceInput;
import dev.stratus.scheduler.api.UntagResourceOutput;
import dev.stratus.scheduler.api.UpdateScheduleInput;
import dev.stratus.scheduler.api.UpdateScheduleOutput;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Amazon EventBridge Scheduler's operations: schedule groups and schedules. */
public final class SchedulerService implements SchedulerApi {
    static final String GROUP_DELETED = "scheduler.group-deleted";
    /** How long a deleted group stays DELETING before it is gone. */
    static final long GROUP_DELETION_MILLIS = 2_000;
    private static final int DEFAULT_MAX_RESULTS = 100;
    private static final TagRules TAG_RULES = new TagRules(r -> validation(r.reason()),
            () -> validation("A resource can have at most " + Tags.MAX_PER_RESOURCE + " tags."), null);

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final SchedulerRepository repo = new SchedulerRepository();
    private final Firing firing;

    SchedulerService(Store store, Clock clock, Timers timers, Jobs jobs, BiPredicate<String, Principal> trusts) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        Tags.migrate(store);
        store.migrate("scheduler", SchedulerRepository.MIGRATIONS);
        this.firing = new Firing(clock, timers, jobs, repo, trusts);
        timers.on(GROUP_DELETED, this::groupDeleted);
    }

    // ---- schedule groups

    @Override
    public CreateScheduleGroupOutput createScheduleGroup(RequestContext ctx, CreateScheduleGroupInput in) {
        Map<String, String> tags = tags(in.tags());
        Tags.check(tags, TAG_RULES);
        return store.write(tx -> {
            Group existing = group(tx, ctx, in.name());
            if (existing != null) {
                if (in.clientToken() != null && in.clientToken().equals(existing.clientToken())) {
                    return new CreateScheduleGroupOutput(existing.arn());
                }
                throw new AwsException("ConflictException", "Schedule group " + in.name() + " already exists.");
            }
            long now = clock.millis();
            Group g = new Group(ctx.accountId(), ctx.region(), in.name(), "ACTIVE", now, now, in.clientToken());
            repo.insert(tx, g);
            Tags.put(tx, g.arn(), tags, TAG_RULES);
            return new CreateScheduleGroupOutput(g.arn());
        });
    }

    @Override
    public GetScheduleGroupOutput getScheduleGroup(RequestContext ctx, GetScheduleGroupInput in) {
        Group g = store.write(tx -> existingGroup(tx, ctx, in.name()));
        return new GetScheduleGroupOutput(g.arn(), Instant.ofEpochMilli(g.created()), Instant.ofEpochMilli(g.modified()), g.name(), g.state());
    }

    @Override
    public ListScheduleGroupsOutput listScheduleGroups(RequestContext ctx, ListScheduleGroupsInput in) {
        List<Group> groups = store.write(tx -> {
            group(tx, ctx, DEFAULT_GROUP);
            return repo.groups(tx, ctx.accountId(), ctx.region());
        });
        List<Group> matching = groups.stream().filter(g -> in.namePrefix() == null || g.name().startsWith(in.namePrefix()))
                .sorted(Comparator.comparing(Group::name)).toList();
        Paging.Page<Group> page = listing("ListScheduleGroups", ctx, in.namePrefix()).after(matching, Group::name, in.nextToken(), max(in.maxResults()));
        return new ListScheduleGroupsOutput(page.nextToken(), page.items().stream().map(g -> new ScheduleGroupSummary(g.arn(),
                Instant.ofEpochMilli(g.created()), Instant.ofEpochMilli(g.modified()), g.name(), g.state())).toList());
    }

    /** The group turns DELETING and its schedules are deleted with it; the group itself is gone shortly after, as AWS's deletion ends. */
    @Override
    public DeleteScheduleGroupOutput deleteScheduleGroup(RequestContext ctx, DeleteScheduleGroupInput in) {
        if (DEFAULT_GROUP.equals(in.name())) {
            throw validation("The default schedule group cannot be deleted.");
        }
        store.write(tx -> {
            Group g = existingGroup(tx, ctx, in.name());
            if (g.state().equals("DELETING")) {
                throw new AwsException("ConflictException", "Schedule group " + g.name() + " is being deleted.");
            }
            long now = clock.millis();
            for (Schedule s : repo.schedules(tx, g.account(), g.region(), g.name())) {
                firing.stop(tx, s);
                repo.delete(tx, s);
            }
            repo.setState(tx, g, "DELETING", now);
            Tags.deleteAll(tx, g.arn());
            timers.schedule(tx, GROUP_DELETED, now + GROUP_DELETION_MILLIS, g.account() + "|" + g.region() + "|" + g.name());
            return null;
        });
        timers.wake();
        return new DeleteScheduleGroupOutput();
    }

    private void groupDeleted(Tx tx, String payload) throws SQLException {
        String[] k = payload.split("\\|", 3);
        Group g = repo.group(tx, k[0], k[1], k[2]);
        if (g != null && g.state().equals("DELETING")) {
            repo.delete(tx, g);
        }
    }

    // ---- schedules

    @Override
    public CreateScheduleOutput createSchedule(RequestContext ctx, CreateScheduleInput in) {
        String groupName = in.groupName() == null ? DEFAULT_GROUP : in.groupName();
        long now = clock.millis();
        ScheduleSettings.checkStart(in.scheduleExpression(), in.startDate(), now);
        Schedule s = ScheduleSettings.of(ctx.accountId(), ctx.region(), groupName, in.name(), in.state(), in.description(), in.scheduleExpression(),
                in.scheduleExpressionTimezone(), in.startDate(), in.endDate(), in.flexibleTimeWindow(), in.target(), in.actionAfterCompletion(),
                in.kmsKeyArn(), now, now, in.clientToken());
        String arn = store.write(tx -> {
            activeGroup(tx, ctx, groupName);
            Schedule existing = repo.schedule(tx, ctx.accountId(), ctx.region(), groupName, in.name());
            if (existing != null) {
                if (in.clientToken() != null && in.clientToken().equals(existing.clientToken())) {
                    return existing.arn();
                }
                throw new AwsException("ConflictException", "Schedule " + in.name() + " already exists.");
            }
            repo.put(tx, s);
            firing.start(tx, s);
            return s.arn();
        });
        firing.wake();
        return new CreateScheduleOutput(arn);
    }

    /** Every setting is replaced by what the request gives, as AWS's UpdateSchedule does: what it leaves out returns to its default. */
    @Override
    public UpdateScheduleOutput updateSchedule(RequestContext ctx, UpdateScheduleInput in) {
        String groupName = in.groupName() == null ? DEFAULT_GROUP : in.groupName();
        String arn = store.write(tx -> {
            activeGroup(tx, ctx, groupName);
            Schedule old = existingSchedule(tx, ctx, groupName, in.name());
            Schedule s = ScheduleSettings.of(ctx.accountId(), ctx.region(), groupName, in.name(), in.state(), in.description(),
                    in.scheduleExpression(), in.scheduleExpressionTimezone(), in.startDate(), in.endDate(), in.flexibleTimeWindow(), in.target(),
                    in.actionAfterCompletion(), in.kmsKeyArn(), old.created(), clock.millis(), old.clientToken());
            repo.put(tx, s);
            firing.start(tx, s);
            return s.arn();
        });
        firing.wake();
        return new UpdateScheduleOutput(arn);
    }

    @Override
    public GetScheduleOutput getSchedule(RequestContext ctx, GetScheduleInput in) {
        String groupName = in.groupName() == null ? DEFAULT_GROUP : in.groupName();
        Schedule s = store.read(tx -> existingSchedule(tx, ctx, groupName, in.name()));
        return new GetScheduleOutput(s.actionAfterCompletion(), s.arn(), Instant.ofEpochMilli(s.created()), s.description(), instant(s.endDate()),
                s.flexibleTimeWindow(), s.group(), s.kmsKeyArn(), Instant.ofEpochMilli(s.modified()), s.name(), s.expression(), s.timezone(),
                instant(s.startDate()), s.state(), s.target());
    }

    @Override
    public DeleteScheduleOutput deleteSchedule(RequestContext ctx, DeleteScheduleInput in) {
        String groupName = in.groupName() == null ? DEFAULT_GROUP : in.groupName();
        store.write(tx -> {
            Schedule s = existingSchedule(tx, ctx, groupName, in.name());
            firing.stop(tx, s);
            repo.delete(tx, s);
            return null;
        });
        return new DeleteScheduleOutput();
    }

    @Override
    public ListSchedulesOutput listSchedules(RequestContext ctx, ListSchedulesInput in) {
        List<Schedule> all = store.write(tx -> {
            if (in.groupName() != null) {
                existingGroup(tx, ctx, in.groupName());
            }
            return repo.schedules(tx, ctx.accountId(), ctx.region(), in.groupName());
        });
        List<Schedule> matching = all.stream()
                .filter(s -> in.namePrefix() == null || s.name().startsWith(in.namePrefix()))
                .filter(s -> in.state() == null || in.state().equals(s.state()))
                .sorted(Comparator.comparing(SchedulerService::listKey)).toList();
        Paging.Page<Schedule> page = listing("ListSchedules", ctx, in.groupName(), in.namePrefix(), in.state())
                .after(matching, SchedulerService::listKey, in.nextToken(), max(in.maxResults()));
        return new ListSchedulesOutput(page.nextToken(), page.items().stream().map(s -> new ScheduleSummary(s.arn(), Instant.ofEpochMilli(s.created()),
                s.group(), Instant.ofEpochMilli(s.modified()), s.name(), s.state(), new TargetSummary(s.target().arn()))).toList());
    }

    // ---- tags (schedule groups only: AWS's schedules take none)

    @Override
    public TagResourceOutput tagResource(RequestContext ctx, TagResourceInput in) {
        Map<String, String> tags = tags(in.tags());
        Tags.check(tags, TAG_RULES);
        store.write(tx -> {
            Tags.put(tx, taggedGroup(tx, ctx, in.resourceArn()).arn(), tags, TAG_RULES);
            return null;
        });
        return new TagResourceOutput();
    }

    @Override
    public UntagResourceOutput untagResource(RequestContext ctx, UntagResourceInput in) {
        store.write(tx -> {
            Tags.remove(tx, taggedGroup(tx, ctx, in.resourceArn()).arn(), in.tagKeys());
            return null;
        });
        return new UntagResourceOutput();
    }

    @Override
    public ListTagsForResourceOutput listTagsForResource(RequestContext ctx, ListTagsForResourceInput in) {
        Map<String, String> tags = store.write(tx -> Tags.list(tx, taggedGroup(tx, ctx, in.resourceArn()).arn()));
        return new ListTagsForResourceOutput(tags.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList());
    }

    /** The group an ARN names for tagging: a schedule group's ARN in the caller's account and region. */
    private Group taggedGroup(Tx tx, RequestContext ctx, String arn) throws SQLException {
        String prefix = SchedulerArns.group(ctx.region(), ctx.accountId(), "");
        if (!arn.startsWith(prefix) || arn.length() == prefix.length()) {
            throw validation("Invalid ResourceArn " + arn + ": only schedule groups can be tagged.");
        }
        return existingGroup(tx, ctx, arn.substring(prefix.length()));
    }

    // ---- helpers

    /** The group, or null; the {@code default} group is made the first time anything asks for it, as it always exists in AWS. */
    private Group group(Tx tx, RequestContext ctx, String name) throws SQLException {
        Group g = repo.group(tx, ctx.accountId(), ctx.region(), name);
        if (g == null && DEFAULT_GROUP.equals(name)) {
            long now = clock.millis();
            g = new Group(ctx.accountId(), ctx.region(), name, "ACTIVE", now, now, null);
            repo.insert(tx, g);
        }
        return g;
    }

    private Group existingGroup(Tx tx, RequestContext ctx, String name) throws SQLException {
        Group g = group(tx, ctx, name);
        if (g == null) {
            throw new AwsException("ResourceNotFoundException", "Schedule group " + name + " does not exist.");
        }
        return g;
    }

    /** A group schedules can be put in: it exists and is not being deleted. */
    private Group activeGroup(Tx tx, RequestContext ctx, String name) throws SQLException {
        Group g = existingGroup(tx, ctx, name);
        if (g.state().equals("DELETING")) {
            throw new AwsException("ConflictException", "Schedule group " + name + " is being deleted.");
        }
        return g;
    }

    private Schedule existingSchedule(Tx tx, RequestContext ctx, String group, String name) throws SQLException {
        Schedule s = repo.schedule(tx, ctx.accountId(), ctx.region(), group, name);
        if (s == null) {
            throw new AwsException("ResourceNotFoundException", "Schedule " + name + " does not exist.");
        }
        return s;
    }

    private static String listKey(Schedule s) {
        return s.group() + "/" + s.name();
    }

    private static Paging.Listing listing(String operation, RequestContext ctx, Object... filters) {
        Object[] parts = new Object[filters.length + 3];
        parts[0] = operation;
        parts[1] = ctx.accountId();
        parts[2] = ctx.region();
        System.arraycopy(filters, 0, parts, 3, filters.length);
        return Paging.Listing.of(token -> validation("Invalid NextToken " + token), parts);
    }

    /** MaxResults as the model bounds it, 1 to 100. */
    private static int max(Integer maxResults) {
        if (maxResults != null && (maxResults < 1 || maxResults > 100)) {
            throw validation("1 validation error detected: Value '" + maxResults + "' at 'maxResults' failed to satisfy constraint: Member must have "
                    + "value " + (maxResults < 1 ? "greater than or equal to 1" : "less than or equal to 100"));
        }
        return maxResults == null ? DEFAULT_MAX_RESULTS : maxResults;
    }

    private static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> out.put(t.key(), t.value()));
        }
        return out;
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    static AwsException validation(String message) {
        return new AwsException("ValidationException", message);
    }
}
