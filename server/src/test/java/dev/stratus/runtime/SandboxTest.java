package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's command lines, and what a process started with them can reach (the attacks themselves are in LambdaIsolationIT). */
class SandboxTest {
    @TempDir
    Path dir;

    Sandbox.Layout layout() throws Exception {
        return new Sandbox.Layout(Files.createDirectories(dir.resolve("env/task")), Files.createDirectories(dir.resolve("env/opt")),
                Files.createDirectories(dir.resolve("env/tmp")), Files.createDirectories(dir.resolve("runtime")));
    }

    @Test
    void turnedOffItRunsTheRuntimeAsAPlainProcessAndSaysWhy() throws Exception {
        System.setProperty("stratus.lambda.sandbox", "off");
        try {
            Sandbox s = Sandbox.detect();
            assertFalse(s.isolated());
            assertEquals("unsandboxed: turned off (stratus.lambda.sandbox / STRATUS_LAMBDA_SANDBOX)", s.status());
            Sandbox.Layout l = layout();
            List<String> command = s.command(l, new RuntimeLauncher.Launch(List.of("python3", "bootstrap.py"), Map.of(), "python3"), null);
            assertEquals(List.of("python3", "bootstrap.py"), command.subList(1, 3), "its own session, then the runtime as it was");
            assertEquals(l.task().toString(), s.inside(l, l.task().toString()), "host paths stay");
        } finally {
            System.clearProperty("stratus.lambda.sandbox");
        }
    }

    @Test
    void sandboxedItShowsTheCodeWhereAwsDoesAndNothingOfTheHostDirectories() throws Exception {
        Sandbox s = Sandbox.detect();
        assumeTrue(s.isolated(), s.status());
        Sandbox.Layout l = layout();
        assertEquals("/var/task:/opt/python:/var/runtime/python/bootstrap.py",
                s.inside(l, l.task() + ":" + l.opt().resolve("python") + ":" + l.runtimeDir().resolve("python/bootstrap.py")));
        if (s.status().equals("sandboxed")) {
            Files.setAttribute(l.tmp(), "unix:uid", Sandbox.UID);
        }
        // The test's own temporary directory (where a data directory would be) must not exist inside.
        String check = "test ! -e '" + dir + "' && test -w /tmp && ! test -w /var/task && ! test -w /usr && test -d /var/runtime";
        List<String> command = s.command(l, new RuntimeLauncher.Launch(List.of("/bin/sh", "-c", check), Map.of(), "sh"), null);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "inside the sandbox: " + check + "\n" + out);
    }
}
