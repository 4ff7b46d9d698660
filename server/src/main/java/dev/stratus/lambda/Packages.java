package dev.stratus.lambda;

import dev.stratus.platform.Ports;
import dev.stratus.platform.port.Objects;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.StreamingBlob;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where a deployment package or layer comes from: the request's ZipFile, or the S3 object its
 * S3Bucket, S3Key and S3ObjectVersion name, read with the caller's own permission (as AWS reads it
 * with the caller's credentials) and refused in the words AWS Lambda uses for S3's errors.
 */
final class Packages {
    /** S3 is assembled after Lambda: its port is found when a package is read, not when this is built. */
    private final Ports ports;

    Packages(Ports ports) {
        this.ports = ports;
    }

    /** Where a request says its package is. */
    record Source(byte[] zipFile, String bucket, String key, String version) {
        boolean fromS3() {
            return zipFile == null && (bucket != null || key != null);
        }
    }

    /**
     * The package's bytes, checked as AWS checks them: a ZipFile within 50 MB, either within 250 MB
     * unpacked. {@code noSource} is the refusal when the request names none.
     */
    byte[] read(RequestContext ctx, Source source, String noSource) {
        if (source.zipFile() != null) {
            FunctionRules.zip(source.zipFile());
            return source.zipFile();
        }
        if (source.bucket() == null || source.key() == null) {
            throw FunctionRules.invalid(noSource);
        }
        byte[] zip = fromS3(ctx, source);
        FunctionRules.unzips(zip);
        return zip;
    }

    private byte[] fromS3(RequestContext ctx, Source source) {
        Objects s3 = ports.find(Objects.class)
                .orElseThrow(() -> FunctionRules.invalid("S3 is not running in this Stratus: upload the package as ZipFile."));
        StreamingBlob object;
        try {
            object = s3.open(ctx.principal(), ctx.region(), source.bucket(), source.key(), source.version());
        } catch (Objects.Unreadable e) {
            throw refusal(source, e);
        }
        // A zip is never much larger than what it holds: one past the unpacked limit cannot be a package.
        if (object.length() > FunctionRules.MAX_UNZIPPED) {
            throw FunctionRules.unzippedTooLarge();
        }
        try (InputStream in = object.open()) {
            return in.readNBytes((int) FunctionRules.MAX_UNZIPPED + 1);
        } catch (IOException e) {
            throw new AwsException("ServiceException", "Error occurred while GetObject: " + e.getMessage(), 500);
        }
    }

    /** As AWS Lambda words S3's refusals: access denied as its own AccessDeniedException, the rest as invalid parameters. */
    static AwsException refusal(Source source, Objects.Unreadable e) {
        String s3Error = "S3 Error Code: " + e.code() + ". S3 Error Message: " + e.getMessage();
        if (e.code().equals("AccessDenied")) {
            return new AwsException("AccessDeniedException", "Your access has been denied by S3, please make sure your request credentials have "
                    + "permission to GetObject for " + source.bucket() + "/" + source.key() + ". " + s3Error, 403);
        }
        return FunctionRules.invalid("Error occurred while GetObject. " + s3Error);
    }
}
