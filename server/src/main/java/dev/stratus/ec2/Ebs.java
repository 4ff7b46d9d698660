package dev.stratus.ec2;

import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;

/**
 * Amazon EBS inside EC2: its volumes (also the {@link Volumes} instances use) and its snapshots,
 * built together over their tables (migration {@code ec2.ebs}), timers and events.
 */
record Ebs(EbsVolumes volumes, EbsSnapshots snapshots) {

    /**
     * @param zones     the region's availability zones (EC2's network knows them)
     * @param instances where an instance is and its state (EC2's instances know them)
     * @param images    the snapshots images stand on (EC2's images know them)
     */
    static Ebs build(Store store, Clock clock, Timers timers, ServiceEvents bus, ResourceTags tags, EbsDelays delays, Zones zones,
                     InstanceLookup instances, ImageSnapshots images) {
        store.migrate(EbsRepository.MIGRATION, EbsRepository.MIGRATIONS);
        EbsEvents events = new EbsEvents(bus);
        EbsSnapshots snapshots = new EbsSnapshots(store, clock, timers, events, tags, delays, instances, images);
        return new Ebs(new EbsVolumes(store, clock, timers, events, tags, delays, zones, instances, snapshots), snapshots);
    }
}
