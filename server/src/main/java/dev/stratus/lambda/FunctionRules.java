package dev.stratus.lambda;

import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.runtime.Runtimes;
import dev.stratus.runtime.Zips;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What AWS checks of a function's configuration and package beyond the model's own constraints. */
final class FunctionRules {
    static final int MIN_MEMORY = 128;
    static final int MAX_MEMORY = 10_240;
    static final int MAX_TIMEOUT = 900;
    static final int MAX_ENVIRONMENT_BYTES = 4096;
    static final long MAX_ZIPPED = 50L * 1024 * 1024;
    static final long MAX_UNZIPPED = 250L * 1024 * 1024;
    /** Variables the platform sets that a function may not set itself. */
    static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION",
            "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
            "LAMBDA_RUNTIME_DIR");

    private FunctionRules() {
    }

    static void runtime(String runtime) {
        if (runtime != null && !Runtimes.SUPPORTED.contains(runtime)) {
            throw invalid("The runtime parameter of " + runtime + " is no longer supported for creating or updating AWS Lambda functions. "
                    + "We recommend you use a supported runtime while creating or updating functions.");
        }
    }

    static void memory(Integer memorySize) {
        if (memorySize != null && memorySize > MAX_MEMORY) {
            throw new AwsException("ValidationException", "1 validation error detected: Value '" + memorySize
                    + "' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to " + MAX_MEMORY);
        }
    }

    static void timeout(Integer timeout) {
        if (timeout != null && timeout > MAX_TIMEOUT) {
            throw new AwsException("ValidationException", "1 validation error detected: Value '" + timeout
                    + "' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to " + MAX_TIMEOUT);
        }
    }

    static void environment(Map<String, String> variables) {
        if (variables == null) {
            return;
        }
        var reserved = variables.keySet().stream().filter(RESERVED_VARIABLES::contains).sorted().toList();
        if (!reserved.isEmpty()) {
            throw invalid("Lambda was unable to configure your environment variables because the environment variables you have provided "
                    + "contains reserved keys that are currently not supported for modification. Reserved keys used in this request: "
                    + String.join(", ", reserved));
        }
        String measured = dev.stratus.protocol.Json.string(variables);
        if (measured.getBytes(StandardCharsets.UTF_8).length > MAX_ENVIRONMENT_BYTES) {
            throw invalid("Lambda was unable to configure your environment variables because the environment variables you have provided "
                    + "exceeded the 4KB limit. String measured: " + measured);
        }
    }

    /** A package uploaded in the request must be at most 50 MB, and a zip that unpacks to at most 250 MB. */
    static void zip(byte[] zip) {
        if (zip.length > MAX_ZIPPED) {
            throw new AwsException("RequestEntityTooLargeException", "Zipped size must be smaller than " + MAX_ZIPPED + " bytes", 413);
        }
        unzips(zip);
    }

    /** A package from S3, which the 50 MB limit does not bind: a zip that unpacks to at most 250 MB. */
    static void unzips(byte[] zip) {
        long unzipped = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries++;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    unzipped += n;
                    if (unzipped > MAX_UNZIPPED) {
                        throw unzippedTooLarge();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw invalid("Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
        if (entries == 0) {
            throw invalid("Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
        refuseUnsafeEntries(zip);
    }

    /**
     * Refused when uploaded, not when first unpacked at Invoke: an entry that would land outside
     * the code directory ({@code ..}, an absolute name) or a symbolic link, which could point anywhere.
     */
    private static void refuseUnsafeEntries(byte[] zip) {
        String unsafe;
        try {
            unsafe = Zips.unsafeEntry(zip);
        } catch (IOException e) {
            throw invalid("Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
        if (unsafe != null) {
            throw invalid("Could not unzip uploaded file. Please check your file, then try to upload again. The entry " + unsafe
                    + " is a symbolic link or leaves the package (an absolute path or ..).");
        }
    }

    static AwsException unzippedTooLarge() {
        return invalid("Unzipped size must be smaller than " + MAX_UNZIPPED + " bytes");
    }

    static AwsException invalid(String message) {
        return new AwsException("InvalidParameterValueException", message);
    }

    /** The listing {@code scope} names, whose markers are good only for it; a bad one is answered as AWS does. */
    static Paging.Listing listing(Object... scope) {
        return Paging.Listing.of(marker -> invalid("Invalid marker: " + marker), scope);
    }

    /** A page of at most {@code maxItems} (else {@code defaultMax}) of a listing kept whole, from where {@code marker} points. */
    static <T> Paging.Page<T> page(List<T> all, String marker, Integer maxItems, int defaultMax, Object... scope) {
        return listing(scope).page(all, marker, maxItems == null ? defaultMax : maxItems);
    }
}
