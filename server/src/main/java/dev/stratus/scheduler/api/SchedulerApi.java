// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of scheduler, one method each; those a service does not override answer 501. */
public interface SchedulerApi {

    default CreateScheduleOutput createSchedule(RequestContext context, CreateScheduleInput input) {
        throw AwsException.notImplemented(context);
    }

    default CreateScheduleGroupOutput createScheduleGroup(RequestContext context, CreateScheduleGroupInput input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteScheduleOutput deleteSchedule(RequestContext context, DeleteScheduleInput input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteScheduleGroupOutput deleteScheduleGroup(RequestContext context, DeleteScheduleGroupInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetScheduleOutput getSchedule(RequestContext context, GetScheduleInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetScheduleGroupOutput getScheduleGroup(RequestContext context, GetScheduleGroupInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListScheduleGroupsOutput listScheduleGroups(RequestContext context, ListScheduleGroupsInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListSchedulesOutput listSchedules(RequestContext context, ListSchedulesInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsForResourceOutput listTagsForResource(RequestContext context, ListTagsForResourceInput input) {
        throw AwsException.notImplemented(context);
    }

    default TagResourceOutput tagResource(RequestContext context, TagResourceInput input) {
        throw AwsException.notImplemented(context);
    }

    default UntagResourceOutput untagResource(RequestContext context, UntagResourceInput input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateScheduleOutput updateSchedule(RequestContext context, UpdateScheduleInput input) {
        throw AwsException.notImplemented(context);
    }
}
