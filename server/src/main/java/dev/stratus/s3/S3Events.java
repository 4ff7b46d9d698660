package dev.stratus.s3;

import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.store.Tx;
import java.sql.SQLException;

/**
 * What S3 owes when objects change: the bucket's event notifications, written in the same
 * transaction as the change so that none is lost or sent for a change that did not commit.
 * {@code eventName} is S3's, without the {@code s3:} prefix ({@code ObjectCreated:Put}).
 */
interface S3Events {
    /** A bucket that notifies nothing. */
    S3Events NONE = new S3Events() {
        @Override
        public void objectCreated(Tx tx, RequestContext ctx, Bucket bucket, ObjectVersion object, String eventName) {
        }

        @Override
        public void objectRemoved(Tx tx, RequestContext ctx, Bucket bucket, ObjectVersion object, String eventName) {
        }
    };

    void objectCreated(Tx tx, RequestContext ctx, Bucket bucket, ObjectVersion object, String eventName) throws SQLException;

    void objectRemoved(Tx tx, RequestContext ctx, Bucket bucket, ObjectVersion object, String eventName) throws SQLException;
}
