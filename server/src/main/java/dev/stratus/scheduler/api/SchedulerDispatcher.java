// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class SchedulerDispatcher implements ServiceDispatcher {
    private final SchedulerApi api;

    public SchedulerDispatcher(SchedulerApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "CreateSchedule":
                return api.createSchedule(context, Json.read(input, CreateScheduleInput.class));
            case "CreateScheduleGroup":
                return api.createScheduleGroup(context, Json.read(input, CreateScheduleGroupInput.class));
            case "DeleteSchedule":
                return api.deleteSchedule(context, Json.read(input, DeleteScheduleInput.class));
            case "DeleteScheduleGroup":
                return api.deleteScheduleGroup(context, Json.read(input, DeleteScheduleGroupInput.class));
            case "GetSchedule":
                return api.getSchedule(context, Json.read(input, GetScheduleInput.class));
            case "GetScheduleGroup":
                return api.getScheduleGroup(context, Json.read(input, GetScheduleGroupInput.class));
            case "ListScheduleGroups":
                return api.listScheduleGroups(context, Json.read(input, ListScheduleGroupsInput.class));
            case "ListSchedules":
                return api.listSchedules(context, Json.read(input, ListSchedulesInput.class));
            case "ListTagsForResource":
                return api.listTagsForResource(context, Json.read(input, ListTagsForResourceInput.class));
            case "TagResource":
                return api.tagResource(context, Json.read(input, TagResourceInput.class));
            case "UntagResource":
                return api.untagResource(context, Json.read(input, UntagResourceInput.class));
            case "UpdateSchedule":
                return api.updateSchedule(context, Json.read(input, UpdateScheduleInput.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
