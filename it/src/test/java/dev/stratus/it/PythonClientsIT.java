package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.testkit.StratusExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the boto3 and AWS CLI suites (src/test/python, pytest) against a Stratus started here,
 * so the build fails when Python's clients and Stratus disagree. Failed asynchronous Lambda events
 * are retried after 1 s and 2 s instead of AWS's minutes.
 */
class PythonClientsIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().lambdaRetryDelay(1);

    @Test
    void boto3AndAwsCliSuitesPass() throws Exception {
        Path suite = Path.of(System.getProperty("stratus.python.tests"));
        Path log = Files.createTempFile("pytest", ".log");
        ProcessBuilder pb = new ProcessBuilder("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", suite.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AWS_ENDPOINT_URL", STRATUS.endpoint().toString());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertEquals(0, p.exitValue(), "pytest failed:\n" + output);
    }
}
