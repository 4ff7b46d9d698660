// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class S3Dispatcher implements ServiceDispatcher {
    private final S3Api api;

    public S3Dispatcher(S3Api api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AbortMultipartUpload":
                return api.abortMultipartUpload(context, Json.read(input, AbortMultipartUploadRequest.class));
            case "CompleteMultipartUpload":
                return api.completeMultipartUpload(context, Json.read(input, CompleteMultipartUploadRequest.class));
            case "CopyObject":
                return api.copyObject(context, Json.read(input, CopyObjectRequest.class));
            case "CreateBucket":
                return api.createBucket(context, Json.read(input, CreateBucketRequest.class));
            case "CreateBucketMetadataConfiguration":
                api.createBucketMetadataConfiguration(context, Json.read(input, CreateBucketMetadataConfigurationRequest.class));
                return null;
            case "CreateBucketMetadataTableConfiguration":
                api.createBucketMetadataTableConfiguration(context, Json.read(input, CreateBucketMetadataTableConfigurationRequest.class));
                return null;
            case "CreateMultipartUpload":
                return api.createMultipartUpload(context, Json.read(input, CreateMultipartUploadRequest.class));
            case "CreateSession":
                return api.createSession(context, Json.read(input, CreateSessionRequest.class));
            case "DeleteBucket":
                api.deleteBucket(context, Json.read(input, DeleteBucketRequest.class));
                return null;
            case "DeleteBucketAnalyticsConfiguration":
                api.deleteBucketAnalyticsConfiguration(context, Json.read(input, DeleteBucketAnalyticsConfigurationRequest.class));
                return null;
            case "DeleteBucketCors":
                api.deleteBucketCors(context, Json.read(input, DeleteBucketCorsRequest.class));
                return null;
            case "DeleteBucketEncryption":
                api.deleteBucketEncryption(context, Json.read(input, DeleteBucketEncryptionRequest.class));
                return null;
            case "DeleteBucketIntelligentTieringConfiguration":
                api.deleteBucketIntelligentTieringConfiguration(context, Json.read(input, DeleteBucketIntelligentTieringConfigurationRequest.class));
                return null;
            case "DeleteBucketInventoryConfiguration":
                api.deleteBucketInventoryConfiguration(context, Json.read(input, DeleteBucketInventoryConfigurationRequest.class));
                return null;
            case "DeleteBucketLifecycle":
                api.deleteBucketLifecycle(context, Json.read(input, DeleteBucketLifecycleRequest.class));
                return null;
            case "DeleteBucketMetadataConfiguration":
                api.deleteBucketMetadataConfiguration(context, Json.read(input, DeleteBucketMetadataConfigurationRequest.class));
                return null;
            case "DeleteBucketMetadataTableConfiguration":
                api.deleteBucketMetadataTableConfiguration(context, Json.read(input, DeleteBucketMetadataTableConfigurationRequest.class));
                return null;
            case "DeleteBucketMetricsConfiguration":
                api.deleteBucketMetricsConfiguration(context, Json.read(input, DeleteBucketMetricsConfigurationRequest.class));
                return null;
            case "DeleteBucketOwnershipControls":
                api.deleteBucketOwnershipControls(context, Json.read(input, DeleteBucketOwnershipControlsRequest.class));
                return null;
            case "DeleteBucketPolicy":
                api.deleteBucketPolicy(context, Json.read(input, DeleteBucketPolicyRequest.class));
                return null;
            case "DeleteBucketReplication":
                api.deleteBucketReplication(context, Json.read(input, DeleteBucketReplicationRequest.class));
                return null;
            case "DeleteBucketTagging":
                api.deleteBucketTagging(context, Json.read(input, DeleteBucketTaggingRequest.class));
                return null;
            case "DeleteBucketWebsite":
                api.deleteBucketWebsite(context, Json.read(input, DeleteBucketWebsiteRequest.class));
                return null;
            case "DeleteObject":
                return api.deleteObject(context, Json.read(input, DeleteObjectRequest.class));
            case "DeleteObjectTagging":
                return api.deleteObjectTagging(context, Json.read(input, DeleteObjectTaggingRequest.class));
            case "DeleteObjects":
                return api.deleteObjects(context, Json.read(input, DeleteObjectsRequest.class));
            case "DeletePublicAccessBlock":
                api.deletePublicAccessBlock(context, Json.read(input, DeletePublicAccessBlockRequest.class));
                return null;
            case "GetBucketAbac":
                return api.getBucketAbac(context, Json.read(input, GetBucketAbacRequest.class));
            case "GetBucketAccelerateConfiguration":
                return api.getBucketAccelerateConfiguration(context, Json.read(input, GetBucketAccelerateConfigurationRequest.class));
            case "GetBucketAcl":
                return api.getBucketAcl(context, Json.read(input, GetBucketAclRequest.class));
            case "GetBucketAnalyticsConfiguration":
                return api.getBucketAnalyticsConfiguration(context, Json.read(input, GetBucketAnalyticsConfigurationRequest.class));
            case "GetBucketCors":
                return api.getBucketCors(context, Json.read(input, GetBucketCorsRequest.class));
            case "GetBucketEncryption":
                return api.getBucketEncryption(context, Json.read(input, GetBucketEncryptionRequest.class));
            case "GetBucketIntelligentTieringConfiguration":
                return api.getBucketIntelligentTieringConfiguration(context, Json.read(input, GetBucketIntelligentTieringConfigurationRequest.class));
            case "GetBucketInventoryConfiguration":
                return api.getBucketInventoryConfiguration(context, Json.read(input, GetBucketInventoryConfigurationRequest.class));
            case "GetBucketLifecycle":
                return api.getBucketLifecycle(context, Json.read(input, GetBucketLifecycleRequest.class));
            case "GetBucketLifecycleConfiguration":
                return api.getBucketLifecycleConfiguration(context, Json.read(input, GetBucketLifecycleConfigurationRequest.class));
            case "GetBucketLocation":
                return api.getBucketLocation(context, Json.read(input, GetBucketLocationRequest.class));
            case "GetBucketLogging":
                return api.getBucketLogging(context, Json.read(input, GetBucketLoggingRequest.class));
            case "GetBucketMetadataConfiguration":
                return api.getBucketMetadataConfiguration(context, Json.read(input, GetBucketMetadataConfigurationRequest.class));
            case "GetBucketMetadataTableConfiguration":
                return api.getBucketMetadataTableConfiguration(context, Json.read(input, GetBucketMetadataTableConfigurationRequest.class));
            case "GetBucketMetricsConfiguration":
                return api.getBucketMetricsConfiguration(context, Json.read(input, GetBucketMetricsConfigurationRequest.class));
            case "GetBucketNotification":
                return api.getBucketNotification(context, Json.read(input, GetBucketNotificationConfigurationRequest.class));
            case "GetBucketNotificationConfiguration":
                return api.getBucketNotificationConfiguration(context, Json.read(input, GetBucketNotificationConfigurationRequest.class));
            case "GetBucketOwnershipControls":
                return api.getBucketOwnershipControls(context, Json.read(input, GetBucketOwnershipControlsRequest.class));
            case "GetBucketPolicy":
                return api.getBucketPolicy(context, Json.read(input, GetBucketPolicyRequest.class));
            case "GetBucketPolicyStatus":
                return api.getBucketPolicyStatus(context, Json.read(input, GetBucketPolicyStatusRequest.class));
            case "GetBucketReplication":
                return api.getBucketReplication(context, Json.read(input, GetBucketReplicationRequest.class));
            case "GetBucketRequestPayment":
                return api.getBucketRequestPayment(context, Json.read(input, GetBucketRequestPaymentRequest.class));
            case "GetBucketTagging":
                return api.getBucketTagging(context, Json.read(input, GetBucketTaggingRequest.class));
            case "GetBucketVersioning":
                return api.getBucketVersioning(context, Json.read(input, GetBucketVersioningRequest.class));
            case "GetBucketWebsite":
                return api.getBucketWebsite(context, Json.read(input, GetBucketWebsiteRequest.class));
            case "GetObject":
                return api.getObject(context, Json.read(input, GetObjectRequest.class));
            case "GetObjectAcl":
                return api.getObjectAcl(context, Json.read(input, GetObjectAclRequest.class));
            case "GetObjectAttributes":
                return api.getObjectAttributes(context, Json.read(input, GetObjectAttributesRequest.class));
            case "GetObjectLegalHold":
                return api.getObjectLegalHold(context, Json.read(input, GetObjectLegalHoldRequest.class));
            case "GetObjectLockConfiguration":
                return api.getObjectLockConfiguration(context, Json.read(input, GetObjectLockConfigurationRequest.class));
            case "GetObjectRetention":
                return api.getObjectRetention(context, Json.read(input, GetObjectRetentionRequest.class));
            case "GetObjectTagging":
                return api.getObjectTagging(context, Json.read(input, GetObjectTaggingRequest.class));
            case "GetObjectTorrent":
                return api.getObjectTorrent(context, Json.read(input, GetObjectTorrentRequest.class));
            case "GetPublicAccessBlock":
                return api.getPublicAccessBlock(context, Json.read(input, GetPublicAccessBlockRequest.class));
            case "HeadBucket":
                return api.headBucket(context, Json.read(input, HeadBucketRequest.class));
            case "HeadObject":
                return api.headObject(context, Json.read(input, HeadObjectRequest.class));
            case "ListBucketAnalyticsConfigurations":
                return api.listBucketAnalyticsConfigurations(context, Json.read(input, ListBucketAnalyticsConfigurationsRequest.class));
            case "ListBucketIntelligentTieringConfigurations":
                return api.listBucketIntelligentTieringConfigurations(context, Json.read(input, ListBucketIntelligentTieringConfigurationsRequest.class));
            case "ListBucketInventoryConfigurations":
                return api.listBucketInventoryConfigurations(context, Json.read(input, ListBucketInventoryConfigurationsRequest.class));
            case "ListBucketMetricsConfigurations":
                return api.listBucketMetricsConfigurations(context, Json.read(input, ListBucketMetricsConfigurationsRequest.class));
            case "ListBuckets":
                return api.listBuckets(context, Json.read(input, ListBucketsRequest.class));
            case "ListDirectoryBuckets":
                return api.listDirectoryBuckets(context, Json.read(input, ListDirectoryBucketsRequest.class));
            case "ListMultipartUploads":
                return api.listMultipartUploads(context, Json.read(input, ListMultipartUploadsRequest.class));
            case "ListObjectVersions":
                return api.listObjectVersions(context, Json.read(input, ListObjectVersionsRequest.class));
            case "ListObjects":
                return api.listObjects(context, Json.read(input, ListObjectsRequest.class));
            case "ListObjectsV2":
                return api.listObjectsV2(context, Json.read(input, ListObjectsV2Request.class));
            case "ListParts":
                return api.listParts(context, Json.read(input, ListPartsRequest.class));
            case "PutBucketAbac":
                api.putBucketAbac(context, Json.read(input, PutBucketAbacRequest.class));
                return null;
            case "PutBucketAccelerateConfiguration":
                api.putBucketAccelerateConfiguration(context, Json.read(input, PutBucketAccelerateConfigurationRequest.class));
                return null;
            case "PutBucketAcl":
                api.putBucketAcl(context, Json.read(input, PutBucketAclRequest.class));
                return null;
            case "PutBucketAnalyticsConfiguration":
                api.putBucketAnalyticsConfiguration(context, Json.read(input, PutBucketAnalyticsConfigurationRequest.class));
                return null;
            case "PutBucketCors":
                api.putBucketCors(context, Json.read(input, PutBucketCorsRequest.class));
                return null;
            case "PutBucketEncryption":
                api.putBucketEncryption(context, Json.read(input, PutBucketEncryptionRequest.class));
                return null;
            case "PutBucketIntelligentTieringConfiguration":
                api.putBucketIntelligentTieringConfiguration(context, Json.read(input, PutBucketIntelligentTieringConfigurationRequest.class));
                return null;
            case "PutBucketInventoryConfiguration":
                api.putBucketInventoryConfiguration(context, Json.read(input, PutBucketInventoryConfigurationRequest.class));
                return null;
            case "PutBucketLifecycle":
                api.putBucketLifecycle(context, Json.read(input, PutBucketLifecycleRequest.class));
                return null;
            case "PutBucketLifecycleConfiguration":
                return api.putBucketLifecycleConfiguration(context, Json.read(input, PutBucketLifecycleConfigurationRequest.class));
            case "PutBucketLogging":
                api.putBucketLogging(context, Json.read(input, PutBucketLoggingRequest.class));
                return null;
            case "PutBucketMetricsConfiguration":
                api.putBucketMetricsConfiguration(context, Json.read(input, PutBucketMetricsConfigurationRequest.class));
                return null;
            case "PutBucketNotification":
                api.putBucketNotification(context, Json.read(input, PutBucketNotificationRequest.class));
                return null;
            case "PutBucketNotificationConfiguration":
                api.putBucketNotificationConfiguration(context, Json.read(input, PutBucketNotificationConfigurationRequest.class));
                return null;
            case "PutBucketOwnershipControls":
                api.putBucketOwnershipControls(context, Json.read(input, PutBucketOwnershipControlsRequest.class));
                return null;
            case "PutBucketPolicy":
                api.putBucketPolicy(context, Json.read(input, PutBucketPolicyRequest.class));
                return null;
            case "PutBucketReplication":
                api.putBucketReplication(context, Json.read(input, PutBucketReplicationRequest.class));
                return null;
            case "PutBucketRequestPayment":
                api.putBucketRequestPayment(context, Json.read(input, PutBucketRequestPaymentRequest.class));
                return null;
            case "PutBucketTagging":
                api.putBucketTagging(context, Json.read(input, PutBucketTaggingRequest.class));
                return null;
            case "PutBucketVersioning":
                api.putBucketVersioning(context, Json.read(input, PutBucketVersioningRequest.class));
                return null;
            case "PutBucketWebsite":
                api.putBucketWebsite(context, Json.read(input, PutBucketWebsiteRequest.class));
                return null;
            case "PutObject":
                return api.putObject(context, Json.read(input, PutObjectRequest.class));
            case "PutObjectAcl":
                return api.putObjectAcl(context, Json.read(input, PutObjectAclRequest.class));
            case "PutObjectLegalHold":
                return api.putObjectLegalHold(context, Json.read(input, PutObjectLegalHoldRequest.class));
            case "PutObjectLockConfiguration":
                return api.putObjectLockConfiguration(context, Json.read(input, PutObjectLockConfigurationRequest.class));
            case "PutObjectRetention":
                return api.putObjectRetention(context, Json.read(input, PutObjectRetentionRequest.class));
            case "PutObjectTagging":
                return api.putObjectTagging(context, Json.read(input, PutObjectTaggingRequest.class));
            case "PutPublicAccessBlock":
                api.putPublicAccessBlock(context, Json.read(input, PutPublicAccessBlockRequest.class));
                return null;
            case "RenameObject":
                return api.renameObject(context, Json.read(input, RenameObjectRequest.class));
            case "RestoreObject":
                return api.restoreObject(context, Json.read(input, RestoreObjectRequest.class));
            case "SelectObjectContent":
                return api.selectObjectContent(context, Json.read(input, SelectObjectContentRequest.class));
            case "UpdateBucketMetadataInventoryTableConfiguration":
                api.updateBucketMetadataInventoryTableConfiguration(context, Json.read(input, UpdateBucketMetadataInventoryTableConfigurationRequest.class));
                return null;
            case "UpdateBucketMetadataJournalTableConfiguration":
                api.updateBucketMetadataJournalTableConfiguration(context, Json.read(input, UpdateBucketMetadataJournalTableConfigurationRequest.class));
                return null;
            case "UpdateObjectEncryption":
                return api.updateObjectEncryption(context, Json.read(input, UpdateObjectEncryptionRequest.class));
            case "UploadPart":
                return api.uploadPart(context, Json.read(input, UploadPartRequest.class));
            case "UploadPartCopy":
                return api.uploadPartCopy(context, Json.read(input, UploadPartCopyRequest.class));
            case "WriteGetObjectResponse":
                api.writeGetObjectResponse(context, Json.read(input, WriteGetObjectResponseRequest.class));
                return null;
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
