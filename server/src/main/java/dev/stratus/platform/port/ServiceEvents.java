package dev.stratus.platform.port;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;

/**
 * EventBridge as AWS services reach it: a service puts its own events ({@code aws.ec2} "EC2
 * Instance State-change Notification", …) on the default bus of the account and region they
 * happened in. The event is routed inside the caller's transaction, so the deliveries its rules
 * owe commit with the change the event reports, or not at all.
 */
public interface ServiceEvents {

    /** Puts {@code event} on its account's default bus in its region, inside {@code tx}. */
    void put(Tx tx, Event event) throws SQLException;

    /**
     * An event as an AWS service sends it: {@code source} ({@code aws.<service>}), its detail-type,
     * the ARNs of the resources it concerns, and its detail (a JSON object); stamped with Stratus's
     * clock when it is put.
     */
    record Event(String source, String detailType, String account, String region, List<String> resources, JsonNode detail) {
    }
}
