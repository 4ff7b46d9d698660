package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.call;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.cloudtrail.CloudTrailService;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.model.ServiceModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of CloudTrail (json 1.1): trail operations aimed at {@code sweep-trail} (by name and
 * by ARN), made again after DeleteTrail; LookupEvents over what the sweep itself left in event
 * history; the rest of the model (event data stores, channels, Lake queries) answers 501.
 */
final class CloudTrailSweepTarget {
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final String TRAIL = "sweep-trail";
    static final String TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:000000000000:trail/" + TRAIL;

    private CloudTrailSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("cloudtrail");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=Name", List.of(TRAIL, TRAIL, TRAIL_ARN, "sweep-other"));
        known.put("=TrailName", List.of(TRAIL, TRAIL, TRAIL_ARN));
        known.put("=S3BucketName", List.of("sweep-bucket", "sweep-bucket", "Bad_Bucket"));
        known.put("=ResourceId", List.of(TRAIL_ARN, TRAIL_ARN, "arn:aws:cloudtrail:us-east-1:000000000000:trail/gone"));
        known.put("=ResourceIdList", List.of(TRAIL_ARN));
        known.put("=trailNameList", List.of(TRAIL, TRAIL_ARN));
        known.put("=AttributeKey", List.of("EventName", "Username", "ReadOnly"));
        known.put("=ReadWriteType", List.of("All", "ReadOnly", "WriteOnly"));
        known.put("=Field", List.of("eventCategory", "eventCategory", "eventName", "readOnly"));
        known.put("=Equals", List.of("Management", "Data"));
        Target[] t = new Target[1];
        // ListTrails pages with tokens but does not declare CloudTrail's InvalidNextTokenException, which answers a bad one.
        t[0] = new Target(model, CONTENT_TYPE, CloudTrailService.class,
                Set.of("ValidationException", "SerializationException", "AccessDeniedException", "InvalidNextTokenException"), known,
                Set.of("DeleteTrail"), REQUESTS_PER_OPERATION,
                () -> {
                    var r = call(t[0], "CreateTrail", "{\"Name\":\"" + TRAIL + "\",\"S3BucketName\":\"sweep-bucket\"}");
                    // The trail may be there from an earlier setup.
                    assertTrue(r.statusCode() == 200 || r.body().contains("TrailAlreadyExistsException"), r.body());
                });
        return t[0];
    }
}
