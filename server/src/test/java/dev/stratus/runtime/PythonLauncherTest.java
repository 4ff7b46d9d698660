package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonLauncherTest {
    @TempDir
    Path dir;

    private static RuntimeLauncher.Spec spec(String runtime) {
        return new RuntimeLauncher.Spec(runtime, "app.handler", Path.of("/env/task"), Path.of("/env/opt"), Path.of("/rt"), 256);
    }

    @Test
    void runsTheBootstrapUnbufferedWithTheTaskRootAndLayersOnThePath() {
        RuntimeLauncher.Launch launch = new PythonLauncher(k -> null, k -> null, c -> Optional.empty()).launch(spec("python3.12"));
        assertEquals(List.of("python3", "-u", "/rt/python/bootstrap.py"), launch.command(), "nothing found: python3, which fails as today");
        assertEquals(String.join(File.pathSeparator, "/env/task", "/env/opt/python/lib/python3.12/site-packages", "/env/opt/python"),
                launch.environment().get("PYTHONPATH"));
        assertEquals("AWS_Lambda_python3.12", launch.environment().get("AWS_EXECUTION_ENV"));
        assertEquals("python3.12 not found; running on python3", launch.runsOn());
    }

    @Test
    void theInterpreterOfARuntimeCanBeChosenByPropertyOrVariable() {
        Map<String, String> env = Map.of("STRATUS_RUNTIME_PYTHON3_12", "/usr/bin/python3.12", "STRATUS_RUNTIME_PYTHON3_9", "/opt/py39");
        RuntimeLauncher.Launch byVariable = new PythonLauncher(k -> null, env::get,
                c -> Optional.of("/usr/bin/python3.12\n3.12.4\n/usr/lib/python3/dist-packages\n")).launch(spec("python3.12"));
        assertEquals("/usr/bin/python3.12", byVariable.command().get(0));
        assertEquals("python3.12 → /usr/bin/python3.12 (Python 3.12.4), as STRATUS_RUNTIME_PYTHON3_12 says", byVariable.runsOn());
        Map<String, String> props = Map.of("stratus.runtime.python3.12", "/custom/python");
        RuntimeLauncher.Launch byProperty = new PythonLauncher(props::get, env::get, c -> Optional.empty()).launch(spec("python3.12"));
        assertEquals("/custom/python", byProperty.command().get(0));
        assertEquals("python3.12 → /custom/python, as stratus.runtime.python3.12 says", byProperty.runsOn(), "it is used even when it does not answer");
    }

    /**
     * This machine's layout: pyenv's shims on PATH (python3.12 fails there: 3.12 is not selected), the
     * system's python3.11 with boto3, and pyenv's 3.9, 3.12 and 3.13 without it.
     */
    @Test
    void eachRuntimeRunsOnItsVersionElseTheNearestAndIsResolvedOnce() throws IOException {
        Path shims = executable("pyenv/shims/python3.12").getParent();
        executable("pyenv/shims/python3");
        Path bin = executable("bin/python3").getParent();
        executable("bin/python3.11");
        Path pyenv = dir.resolve("pyenv");
        executable("pyenv/versions/3.9.18/bin/python3");
        executable("pyenv/versions/3.12.1/bin/python3");
        executable("pyenv/versions/3.12.1/bin/python3.12");
        executable("pyenv/versions/3.13.0/bin/python3");
        String site = "/usr/lib/python3/dist-packages";
        Map<String, String> answers = Map.of(
                bin + "/python3", "/usr/bin/python3.11\n3.11.2\n" + site + "\n",
                bin + "/python3.11", "/usr/bin/python3.11\n3.11.2\n" + site + "\n",
                pyenv + "/versions/3.9.18/bin/python3", pyenv + "/versions/3.9.18/bin/python3\n3.9.18\n\n",
                pyenv + "/versions/3.12.1/bin/python3.12", pyenv + "/versions/3.12.1/bin/python3.12\n3.12.1\n\n",
                pyenv + "/versions/3.13.0/bin/python3", pyenv + "/versions/3.13.0/bin/python3\n3.13.0\n\n");
        Map<String, Integer> runs = new HashMap<>();
        PythonLauncher launcher = new PythonLauncher(k -> null,
                Map.of("PATH", shims + File.pathSeparator + bin, "PYENV_ROOT", pyenv.toString())::get,
                c -> {
                    runs.merge(c.get(0), 1, Integer::sum);
                    return Optional.ofNullable(answers.get(c.get(0)));
                });

        RuntimeLauncher.Launch py312 = launcher.launch(spec("python3.12"));
        assertEquals(List.of(pyenv + "/versions/3.12.1/bin/python3.12", "-u", "/rt/python/bootstrap.py", site), py312.command(),
                "pyenv's 3.12 with boto3 from the PATH's python3 after its own packages");
        assertEquals("python3.12 → " + pyenv + "/versions/3.12.1/bin/python3.12 (Python 3.12.1)", py312.runsOn());

        RuntimeLauncher.Launch py311 = launcher.launch(spec("python3.11"));
        assertEquals(List.of("/usr/bin/python3.11", "-u", "/rt/python/bootstrap.py"), py311.command(), "the real file, and its own boto3");
        assertEquals("python3.11 → /usr/bin/python3.11 (Python 3.11.2)", py311.runsOn());

        assertEquals("python3.10 not found; running on /usr/bin/python3.11 (Python 3.11.2)", launcher.launch(spec("python3.10")).runsOn(),
                "3.9 and 3.11 are as near: the newer");
        assertEquals("python3.14 not found; running on " + pyenv + "/versions/3.13.0/bin/python3 (Python 3.13.0)",
                launcher.launch(spec("python3.14")).runsOn());

        launcher.launch(spec("python3.12"));
        launcher.launch(spec("python3.14"));
        assertTrue(runs.keySet().stream().noneMatch(c -> c.startsWith(shims.toString())), "pyenv's shims are not run: " + runs);
        assertEquals(1, runs.values().stream().mapToInt(Integer::intValue).max().orElseThrow(), "each candidate ran once: " + runs);
    }

    private Path executable(String relative) throws IOException {
        return FakeExecutables.at(dir, relative);
    }
}
