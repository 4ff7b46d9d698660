package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;

/** EC2's service over an in-memory store with a manual clock, for the network's tests. */
abstract class NetworkFixture {
    static final String ACCOUNT = "111122223333";
    final SqliteStore store = SqliteStore.inMemory();
    final ManualClock clock = new ManualClock(1_700_000_000_000L);
    final Timers timers = new Timers(store, clock);
    final ResourceTags tags = new ResourceTags();
    final Ec2Service ec2 = new Ec2Service(TaggedStores.tagged(store), tags, new Ec2Network(store, tags, clock, timers), null, null, null);
    final Network network = ec2.network();

    @AfterEach
    void close() {
        timers.close();
        store.close();
    }

    static RequestContext ctx(String operation) {
        return ctx(operation, "us-east-1", ACCOUNT);
    }

    static RequestContext ctx(String operation, String region, String account) {
        return new RequestContext("r", "ec2", operation, region, account, "test", "localhost",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::" + account + ":root", account));
    }

    /** The code of the AWS error {@code call} fails with. */
    static String code(Executable call) {
        return assertThrows(AwsException.class, call).code();
    }
}
