package dev.stratus.s3;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.s3.api.S3Dispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Amazon S3: buckets and objects, object bytes as files under {@code dir} (beside the state, or a
 * temporary folder when the state is in memory).
 */
public final class S3Module implements ServiceModule {
    private final S3Service s3;

    /** Where object bytes live, and whether each is forced to disk before its PUT is answered (--fsync always). */
    public record Settings(Path dir, boolean fsync) {
    }

    public S3Module(Platform platform, Settings settings) {
        platform.store().migrate("s3", S3Repository.MIGRATIONS);
        platform.store().migrate("s3.multipart", Uploads.MIGRATIONS);
        S3Repository repo = new S3Repository();
        BlobStore blobs = new BlobStore(settings.dir(), settings.fsync());
        try {
            blobs.sweep(platform.store().read(repo::blobsNamed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.s3 = new S3Service(platform.store(), platform.clock(), blobs, repo, S3Events.NONE);
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("s3");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new S3Dispatcher(s3);
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
