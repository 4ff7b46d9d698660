package dev.stratus.ec2;

import java.time.Duration;

/**
 * How long EBS's states last before they move on by themselves: a new volume is {@code creating},
 * an attachment {@code attaching}, a detachment {@code detaching}, a deleted volume {@code
 * deleting}, a snapshot or its copy {@code pending}, and a modification {@code optimizing}.
 */
record EbsDelays(Duration volumeCreate, Duration attach, Duration detach, Duration volumeDelete, Duration snapshot, Duration copy,
                 Duration modification) {

    /** What AWS typically takes for a small volume: seconds to become available, tens of seconds for a snapshot. */
    static final EbsDelays DEFAULT = new EbsDelays(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(10));
}
