package dev.stratus.ec2;

import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What EBS needs to know of an instance to attach a volume to it or snapshot its volumes: where it
 * is, its state, and the device its root volume is at. EC2's instances give it; until they exist,
 * {@link #NONE} knows of no instance.
 */
@FunctionalInterface
interface InstanceLookup {
    InstanceLookup NONE = (tx, account, region, instanceId) -> Optional.empty();

    /** The instance (a terminated one too while it stays visible), or empty when the account has none by that id in the region. */
    Optional<Placement> find(Tx tx, String account, String region, String instanceId) throws SQLException;

    /** An instance's zone, its state's name ({@code pending}, {@code running}, …) and its root device name ({@code /dev/xvda}). */
    record Placement(String instanceId, String availabilityZone, String state, String rootDeviceName) {
    }
}
