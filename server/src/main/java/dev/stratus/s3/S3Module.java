package dev.stratus.s3;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.CorsRules;
import dev.stratus.platform.port.Keys;
import dev.stratus.platform.port.Objects;
import dev.stratus.platform.port.Queues;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.s3.api.S3Dispatcher;
import dev.stratus.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Amazon S3: buckets and objects, object bytes as files under {@code dir} (beside the state, a
 * temporary folder when the state is in memory, or the folder every node sharing a store mounts).
 */
public final class S3Module implements ServiceModule {
    private final S3Service s3;
    private final S3Buckets buckets;
    private final Store store;
    private final S3Repository repo;
    private final BlobStore blobs;

    /** Where object bytes live, and whether each is forced to disk before its PUT is answered (--fsync always). */
    public record Settings(Path dir, boolean fsync) {
    }

    public S3Module(Platform platform, Settings settings) {
        platform.store().migrate("s3", S3Repository.MIGRATIONS);
        platform.store().migrate("s3.multipart", Uploads.MIGRATIONS);
        this.store = platform.store();
        this.repo = new S3Repository();
        BlobDirectoryMark.check(platform.store(), settings.dir());
        this.blobs = new BlobStore(settings.dir(), settings.fsync());
        try {
            blobs.sweep(() -> platform.store().read(repo::blobsNamed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Notifier notifier = new Notifier(platform.jobs(), platform.ports().find(ServiceEvents.class).orElse(null), platform.clock());
        BucketNotifications notifications = new BucketNotifications(platform.store(), platform.clock(), repo, platform.jobs(),
                new DestinationPolicies(platform.access(), platform.ports().get(Queues.class)));
        this.buckets = S3Buckets.of(platform.store(), platform.clock(), platform.timers(), repo, blobs, notifier, platform.ports().get(Keys.class));
        this.s3 = new S3Service(platform.store(), platform.clock(), blobs, repo, notifier, buckets, notifications);
        platform.access().resourcePolicies("s3", buckets.policies()::policyOf);
        platform.ports().offer(CorsRules.class, buckets.cors());
        platform.ports().offer(Objects.class, new ObjectReads(s3, platform.access()));
    }

    @Override
    public void start() {
        buckets.expiry().start();
    }

    @Override
    public void stop() {
        blobs.close();
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("s3");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new ExpectedOwner(new S3Dispatcher(s3), store, repo);
    }

    @Override
    public Actions actions() {
        return new S3Actions();
    }

    @Override
    public Refusal refusal() {
        return new Refusal("AccessDenied", 403, java.util.function.UnaryOperator.identity());
    }
}
