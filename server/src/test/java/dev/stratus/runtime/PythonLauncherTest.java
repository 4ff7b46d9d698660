package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonLauncherTest {
    private static final RuntimeLauncher.Spec SPEC = new RuntimeLauncher.Spec(
            "python3.12", "app.handler", Path.of("/env/task"), Path.of("/env/opt"), Path.of("/rt"), 256);

    @Test
    void runsTheBootstrapUnbufferedWithTheTaskRootAndLayersOnThePath() {
        RuntimeLauncher.Launch launch = new PythonLauncher(k -> null, k -> null).launch(SPEC);
        assertEquals(List.of("-u", "/rt/python/bootstrap.py"), launch.command().subList(1, 3));
        assertTrue(launch.command().get(0).contains("python"), launch.command().get(0));
        assertEquals(String.join(File.pathSeparator, "/env/task", "/env/opt/python/lib/python3.12/site-packages", "/env/opt/python"),
                launch.environment().get("PYTHONPATH"));
        assertEquals("AWS_Lambda_python3.12", launch.environment().get("AWS_EXECUTION_ENV"));
    }

    @Test
    void theInterpreterOfARuntimeCanBeChosenByPropertyOrVariable() {
        Map<String, String> env = Map.of("STRATUS_RUNTIME_PYTHON3_12", "/usr/bin/python3.12", "STRATUS_RUNTIME_PYTHON3_9", "/opt/py39");
        assertEquals("/usr/bin/python3.12", new PythonLauncher(k -> null, env::get).launch(SPEC).command().get(0));
        Map<String, String> props = Map.of("stratus.runtime.python3.12", "/custom/python");
        assertEquals("/custom/python", new PythonLauncher(props::get, env::get).launch(SPEC).command().get(0));
        RuntimeLauncher.Spec other = new RuntimeLauncher.Spec("python3.13", "app.handler", SPEC.taskRoot(), SPEC.optDir(), SPEC.runtimeDir(), 128);
        String unconfigured = new PythonLauncher(props::get, env::get).launch(other).command().get(0);
        assertTrue(unconfigured.equals("python3") || java.nio.file.Files.isExecutable(Path.of(unconfigured)),
                "python3 from PATH, resolved to the interpreter itself: " + unconfigured);
    }
}
