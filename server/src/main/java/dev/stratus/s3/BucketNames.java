package dev.stratus.s3;

import dev.stratus.protocol.AwsException;
import java.util.regex.Pattern;

/** S3's rules for general purpose bucket names, as its user guide lists them. */
final class BucketNames {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private BucketNames() {
    }

    static void check(String name) {
        if (!ALLOWED.matcher(name).matches() || name.contains("..") || IP_ADDRESS.matcher(name).matches() || name.startsWith("xn--")
                || name.startsWith("sthree-") || name.startsWith("amzn-s3-demo-") || name.endsWith("-s3alias") || name.endsWith("--ol-s3")
                || name.endsWith(".mrap") || name.endsWith("--x-s3") || name.endsWith("--table-s3")) {
            throw new AwsException("InvalidBucketName", "The specified bucket is not valid.").with("BucketName", name);
        }
    }
}
