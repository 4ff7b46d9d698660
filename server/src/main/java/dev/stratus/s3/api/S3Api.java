// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of s3, one method each; those a service does not override answer 501. */
public interface S3Api {

    default AbortMultipartUploadOutput abortMultipartUpload(RequestContext context, AbortMultipartUploadRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CompleteMultipartUploadOutput completeMultipartUpload(RequestContext context, CompleteMultipartUploadRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CopyObjectOutput copyObject(RequestContext context, CopyObjectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateBucketOutput createBucket(RequestContext context, CreateBucketRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createBucketMetadataConfiguration(RequestContext context, CreateBucketMetadataConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createBucketMetadataTableConfiguration(RequestContext context, CreateBucketMetadataTableConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateMultipartUploadOutput createMultipartUpload(RequestContext context, CreateMultipartUploadRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSessionOutput createSession(RequestContext context, CreateSessionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucket(RequestContext context, DeleteBucketRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketAnalyticsConfiguration(RequestContext context, DeleteBucketAnalyticsConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketCors(RequestContext context, DeleteBucketCorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketEncryption(RequestContext context, DeleteBucketEncryptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketIntelligentTieringConfiguration(RequestContext context, DeleteBucketIntelligentTieringConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketInventoryConfiguration(RequestContext context, DeleteBucketInventoryConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketLifecycle(RequestContext context, DeleteBucketLifecycleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketMetadataConfiguration(RequestContext context, DeleteBucketMetadataConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketMetadataTableConfiguration(RequestContext context, DeleteBucketMetadataTableConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketMetricsConfiguration(RequestContext context, DeleteBucketMetricsConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketOwnershipControls(RequestContext context, DeleteBucketOwnershipControlsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketPolicy(RequestContext context, DeleteBucketPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketReplication(RequestContext context, DeleteBucketReplicationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketTagging(RequestContext context, DeleteBucketTaggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteBucketWebsite(RequestContext context, DeleteBucketWebsiteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteObjectOutput deleteObject(RequestContext context, DeleteObjectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteObjectTaggingOutput deleteObjectTagging(RequestContext context, DeleteObjectTaggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteObjectsOutput deleteObjects(RequestContext context, DeleteObjectsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deletePublicAccessBlock(RequestContext context, DeletePublicAccessBlockRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketAbacOutput getBucketAbac(RequestContext context, GetBucketAbacRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketAccelerateConfigurationOutput getBucketAccelerateConfiguration(RequestContext context, GetBucketAccelerateConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketAclOutput getBucketAcl(RequestContext context, GetBucketAclRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketAnalyticsConfigurationOutput getBucketAnalyticsConfiguration(RequestContext context, GetBucketAnalyticsConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketCorsOutput getBucketCors(RequestContext context, GetBucketCorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketEncryptionOutput getBucketEncryption(RequestContext context, GetBucketEncryptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketIntelligentTieringConfigurationOutput getBucketIntelligentTieringConfiguration(RequestContext context, GetBucketIntelligentTieringConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketInventoryConfigurationOutput getBucketInventoryConfiguration(RequestContext context, GetBucketInventoryConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketLifecycleOutput getBucketLifecycle(RequestContext context, GetBucketLifecycleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketLifecycleConfigurationOutput getBucketLifecycleConfiguration(RequestContext context, GetBucketLifecycleConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketLocationOutput getBucketLocation(RequestContext context, GetBucketLocationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketLoggingOutput getBucketLogging(RequestContext context, GetBucketLoggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketMetadataConfigurationOutput getBucketMetadataConfiguration(RequestContext context, GetBucketMetadataConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketMetadataTableConfigurationOutput getBucketMetadataTableConfiguration(RequestContext context, GetBucketMetadataTableConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketMetricsConfigurationOutput getBucketMetricsConfiguration(RequestContext context, GetBucketMetricsConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default NotificationConfigurationDeprecated getBucketNotification(RequestContext context, GetBucketNotificationConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default NotificationConfiguration getBucketNotificationConfiguration(RequestContext context, GetBucketNotificationConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketOwnershipControlsOutput getBucketOwnershipControls(RequestContext context, GetBucketOwnershipControlsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketPolicyOutput getBucketPolicy(RequestContext context, GetBucketPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketPolicyStatusOutput getBucketPolicyStatus(RequestContext context, GetBucketPolicyStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketReplicationOutput getBucketReplication(RequestContext context, GetBucketReplicationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketRequestPaymentOutput getBucketRequestPayment(RequestContext context, GetBucketRequestPaymentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketTaggingOutput getBucketTagging(RequestContext context, GetBucketTaggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketVersioningOutput getBucketVersioning(RequestContext context, GetBucketVersioningRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetBucketWebsiteOutput getBucketWebsite(RequestContext context, GetBucketWebsiteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetObjectOutput getObject(RequestContext context, GetObjectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetObjectAclOutput getObjectAcl(RequestContext context, GetObjectAclRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetObjectAttributesOutput getObjectAttributes(RequestContext context, GetObjectAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetObjectLegalHoldOutput getObjectLegalHold(RequestContext context, GetObjectLegalHoldRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetObjectLockConfigurationOutput getObjectLockConfiguration(RequestContext context, GetObjectLockConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetObjectRetentionOutput getObjectRetention(RequestContext context, GetObjectRetentionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetObjectTaggingOutput getObjectTagging(RequestContext context, GetObjectTaggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetObjectTorrentOutput getObjectTorrent(RequestContext context, GetObjectTorrentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetPublicAccessBlockOutput getPublicAccessBlock(RequestContext context, GetPublicAccessBlockRequest input) {
        throw AwsException.notImplemented(context);
    }

    default HeadBucketOutput headBucket(RequestContext context, HeadBucketRequest input) {
        throw AwsException.notImplemented(context);
    }

    default HeadObjectOutput headObject(RequestContext context, HeadObjectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListBucketAnalyticsConfigurationsOutput listBucketAnalyticsConfigurations(RequestContext context, ListBucketAnalyticsConfigurationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListBucketIntelligentTieringConfigurationsOutput listBucketIntelligentTieringConfigurations(RequestContext context, ListBucketIntelligentTieringConfigurationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListBucketInventoryConfigurationsOutput listBucketInventoryConfigurations(RequestContext context, ListBucketInventoryConfigurationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListBucketMetricsConfigurationsOutput listBucketMetricsConfigurations(RequestContext context, ListBucketMetricsConfigurationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListBucketsOutput listBuckets(RequestContext context, ListBucketsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListDirectoryBucketsOutput listDirectoryBuckets(RequestContext context, ListDirectoryBucketsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListMultipartUploadsOutput listMultipartUploads(RequestContext context, ListMultipartUploadsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListObjectVersionsOutput listObjectVersions(RequestContext context, ListObjectVersionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListObjectsOutput listObjects(RequestContext context, ListObjectsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListObjectsV2Output listObjectsV2(RequestContext context, ListObjectsV2Request input) {
        throw AwsException.notImplemented(context);
    }

    default ListPartsOutput listParts(RequestContext context, ListPartsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketAbac(RequestContext context, PutBucketAbacRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketAccelerateConfiguration(RequestContext context, PutBucketAccelerateConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketAcl(RequestContext context, PutBucketAclRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketAnalyticsConfiguration(RequestContext context, PutBucketAnalyticsConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketCors(RequestContext context, PutBucketCorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketEncryption(RequestContext context, PutBucketEncryptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketIntelligentTieringConfiguration(RequestContext context, PutBucketIntelligentTieringConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketInventoryConfiguration(RequestContext context, PutBucketInventoryConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketLifecycle(RequestContext context, PutBucketLifecycleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutBucketLifecycleConfigurationOutput putBucketLifecycleConfiguration(RequestContext context, PutBucketLifecycleConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketLogging(RequestContext context, PutBucketLoggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketMetricsConfiguration(RequestContext context, PutBucketMetricsConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketNotification(RequestContext context, PutBucketNotificationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketNotificationConfiguration(RequestContext context, PutBucketNotificationConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketOwnershipControls(RequestContext context, PutBucketOwnershipControlsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketPolicy(RequestContext context, PutBucketPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketReplication(RequestContext context, PutBucketReplicationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketRequestPayment(RequestContext context, PutBucketRequestPaymentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketTagging(RequestContext context, PutBucketTaggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketVersioning(RequestContext context, PutBucketVersioningRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBucketWebsite(RequestContext context, PutBucketWebsiteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutObjectOutput putObject(RequestContext context, PutObjectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutObjectAclOutput putObjectAcl(RequestContext context, PutObjectAclRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutObjectLegalHoldOutput putObjectLegalHold(RequestContext context, PutObjectLegalHoldRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutObjectLockConfigurationOutput putObjectLockConfiguration(RequestContext context, PutObjectLockConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutObjectRetentionOutput putObjectRetention(RequestContext context, PutObjectRetentionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutObjectTaggingOutput putObjectTagging(RequestContext context, PutObjectTaggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putPublicAccessBlock(RequestContext context, PutPublicAccessBlockRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RenameObjectOutput renameObject(RequestContext context, RenameObjectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreObjectOutput restoreObject(RequestContext context, RestoreObjectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SelectObjectContentOutput selectObjectContent(RequestContext context, SelectObjectContentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateBucketMetadataInventoryTableConfiguration(RequestContext context, UpdateBucketMetadataInventoryTableConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateBucketMetadataJournalTableConfiguration(RequestContext context, UpdateBucketMetadataJournalTableConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateObjectEncryptionResponse updateObjectEncryption(RequestContext context, UpdateObjectEncryptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UploadPartOutput uploadPart(RequestContext context, UploadPartRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UploadPartCopyOutput uploadPartCopy(RequestContext context, UploadPartCopyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void writeGetObjectResponse(RequestContext context, WriteGetObjectResponseRequest input) {
        throw AwsException.notImplemented(context);
    }
}
