package dev.stratus.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.platform.Ports;
import dev.stratus.platform.port.Objects;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.StreamingBlob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PackagesTest {
    static final Principal ALICE = new Principal(Principal.Type.USER, "arn:aws:iam::123456789012:user/alice", "123456789012");
    static final RequestContext CTX = new RequestContext("r", "lambda", "CreateFunction", "eu-west-1", "123456789012", "AKIA", "localhost", ALICE);
    static final byte[] ZIP = zip();

    final Ports ports = new Ports();
    final Packages packages = new Packages(ports);
    final List<String> reads = new ArrayList<>();

    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("app.rb"));
            zip.write("def handler(event:, context:) = event\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** S3 as the port answers: the package at code/app.zip, S3's refusal for the rest. */
    void s3(String code, String message, long size) {
        ports.offer(Objects.class, (caller, region, bucket, key, version) -> {
            reads.add(caller.id() + " " + region + " " + bucket + "/" + key + " " + version);
            if (code != null) {
                throw new Objects.Unreadable(code, message);
            }
            return StreamingBlob.of(size, () -> new ByteArrayInputStream(ZIP));
        });
    }

    String refusal(Packages.Source source) {
        AwsException e = assertThrows(AwsException.class, () -> packages.read(CTX, source, "Please provide a source for function code."));
        return e.status() + " " + e.code() + ": " + e.getMessage();
    }

    @Test
    void aPackageFromS3IsReadForTheCallerInTheRequestsRegion() {
        s3(null, null, ZIP.length);
        assertArrayEquals(ZIP, packages.read(CTX, new Packages.Source(null, "code", "app.zip", "v2"), "none"));
        assertEquals(List.of(ALICE.id() + " eu-west-1 code/app.zip v2"), reads);
    }

    @Test
    void aZipFileNeedsNoS3() {
        assertArrayEquals(ZIP, packages.read(CTX, new Packages.Source(ZIP, null, null, null), "none"));
        assertEquals("400 InvalidParameterValueException: Please provide a source for function code.",
                refusal(new Packages.Source(null, null, null, null)));
        assertEquals("400 InvalidParameterValueException: Please provide a source for function code.",
                refusal(new Packages.Source(null, "code", null, null)));
    }

    @Test
    void s3sRefusalsAreAnsweredInLambdasWords() {
        s3("NoSuchKey", "The specified key does not exist.", 0);
        assertEquals("400 InvalidParameterValueException: Error occurred while GetObject. S3 Error Code: NoSuchKey. "
                + "S3 Error Message: The specified key does not exist.", refusal(new Packages.Source(null, "code", "app.zip", null)));
    }

    @Test
    void accessDeniedByS3IsLambdasAccessDeniedException() {
        s3("AccessDenied", "Access Denied", 0);
        assertEquals("403 AccessDeniedException: Your access has been denied by S3, please make sure your request credentials have permission "
                + "to GetObject for code/app.zip. S3 Error Code: AccessDenied. S3 Error Message: Access Denied",
                refusal(new Packages.Source(null, "code", "app.zip", null)));
    }

    @Test
    void anObjectLargerThanAnyPackageUnpacksIsRefusedUnread() {
        s3(null, null, FunctionRules.MAX_UNZIPPED + 1);
        assertEquals("400 InvalidParameterValueException: Unzipped size must be smaller than 262144000 bytes",
                refusal(new Packages.Source(null, "code", "app.zip", null)));
    }

    @Test
    void anObjectThatIsNoZipIsRefusedAsAnUploadedOneIs() {
        ports.offer(Objects.class, (caller, region, bucket, key, version) -> StreamingBlob.of("not a zip".getBytes(StandardCharsets.UTF_8)));
        assertEquals("400 InvalidParameterValueException: Could not unzip uploaded file. Please check your file, then try to upload again.",
                refusal(new Packages.Source(null, "code", "app.txt", null)));
    }
}
