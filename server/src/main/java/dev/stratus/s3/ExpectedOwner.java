package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.store.Store;

/**
 * S3's x-amz-expected-bucket-owner, for every operation that takes it: when the bucket belongs to
 * another account than the one named, the request is refused with AccessDenied before the
 * operation runs, as S3 does. A bucket that does not exist is left to the operation to answer.
 */
final class ExpectedOwner implements ServiceDispatcher {
    private final ServiceDispatcher operations;
    private final Store store;
    private final S3Repository repo;

    ExpectedOwner(ServiceDispatcher operations, Store store, S3Repository repo) {
        this.operations = operations;
        this.store = store;
        this.repo = repo;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        String expected = input.path("ExpectedBucketOwner").asText(null);
        String name = input.path("Bucket").asText(null);
        if (expected != null && name != null) {
            Bucket b = store.read(tx -> repo.bucket(tx, name));
            if (b != null && !b.account().equals(expected)) {
                throw new AwsException("AccessDenied", "Access Denied", 403);
            }
        }
        return operations.invoke(operation, context, input);
    }
}
