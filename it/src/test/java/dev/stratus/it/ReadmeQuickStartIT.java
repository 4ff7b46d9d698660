package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's quick start, run as written (only the port differs), must work. */
class ReadmeQuickStartIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    @Test
    void quickStartCommandsRun() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("stratus.readme")));
        int section = readme.indexOf("## Quick start");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        String script = readme.substring(start, readme.indexOf("```", start))
                .replace("localhost:4566", "127.0.0.1:" + STRATUS.port());
        Path log = Files.createTempFile("readme", ".log");
        Path dir = Files.createTempDirectory("readme");
        Process p = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the quick start hung");
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("\"Body\": \"{\\\"id\\\": 1}\""), output);
        assertTrue(output.contains("\"ApproximateNumberOfMessagesNotVisible\": \"1\""), output);
        assertTrue(output.contains("{\"hello\": \"stratus\"}"), output);
        assertTrue(output.contains("got {'name': 'stratus'}") && output.contains("REPORT RequestId: "), output);
    }
}
