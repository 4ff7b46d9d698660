package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeLauncherTest {
    @TempDir
    Path dir;

    private static RuntimeLauncher.Spec spec(String runtime, int memoryMb) {
        return new RuntimeLauncher.Spec(runtime, "index.handler", Path.of("/env/task"), Path.of("/env/opt"), Path.of("/rt"), memoryMb);
    }

    @Test
    void sizesTheHeapFromMemoryAndPutsLayersOnNodePath() {
        NodeLauncher launcher = new NodeLauncher(k -> null, k -> null, c -> Optional.empty());
        RuntimeLauncher.Launch launch = launcher.launch(spec("nodejs20.x", 1024));
        assertEquals(List.of("node", "--expose-gc", "--max-semi-space-size=51", "--max-old-space-size=921", "/rt/nodejs/bootstrap.js"),
                launch.command());
        assertEquals(String.join(File.pathSeparator, "/env/opt/nodejs/node20/node_modules", "/env/opt/nodejs/node_modules", "/env/task"),
                launch.environment().get("NODE_PATH"));
        assertEquals("AWS_Lambda_nodejs20.x", launch.environment().get("AWS_EXECUTION_ENV"));
        assertEquals("--max-old-space-size=115", launcher.launch(spec("nodejs18.x", 128)).command().get(3));
    }

    @Test
    void theNodeOfARuntimeCanBeChosenByPropertyOrVariable() {
        Map<String, String> env = Map.of("STRATUS_RUNTIME_NODEJS22_X", "/opt/node22/bin/node");
        assertEquals("/opt/node22/bin/node", new NodeLauncher(k -> null, env::get, c -> Optional.empty()).launch(spec("nodejs22.x", 512)).command().get(0));
        Map<String, String> props = Map.of("stratus.runtime.nodejs22.x", "/custom/node");
        NodeLauncher launcher = new NodeLauncher(props::get, env::get, c -> Optional.empty());
        assertEquals("/custom/node", launcher.launch(spec("nodejs22.x", 512)).command().get(0));
        assertEquals("node", launcher.launch(spec("nodejs24.x", 512)).command().get(0));
    }

    /** node 20 on PATH, nvm's 18 and 22, nodenv's 22 too. */
    @Test
    void eachRuntimeRunsOnItsMajorVersionElseTheNearest() throws IOException {
        Path bin = executable("bin/node").getParent();
        Path nvm = dir.resolve("nvm");
        executable("nvm/versions/node/v18.19.0/bin/node");
        executable("nvm/versions/node/v22.3.0/bin/node");
        executable("nodenv/versions/22.1.0/bin/node");
        Map<String, String> answers = Map.of(
                bin + "/node", "/usr/bin/node\n20.20.2\n",
                nvm + "/versions/node/v18.19.0/bin/node", nvm + "/versions/node/v18.19.0/bin/node\n18.19.0\n",
                nvm + "/versions/node/v22.3.0/bin/node", nvm + "/versions/node/v22.3.0/bin/node\n22.3.0\n",
                dir + "/nodenv/versions/22.1.0/bin/node", dir + "/nodenv/versions/22.1.0/bin/node\n22.1.0\n");
        NodeLauncher launcher = new NodeLauncher(k -> null,
                Map.of("PATH", bin.toString(), "NVM_DIR", nvm.toString(), "HOME", dir.toString(), "NODENV_ROOT", dir.resolve("nodenv").toString())::get,
                c -> Optional.ofNullable(answers.get(c.get(0))));

        assertEquals("nodejs20.x → /usr/bin/node (Node.js 20.20.2)", launcher.launch(spec("nodejs20.x", 128)).runsOn());
        assertEquals("/usr/bin/node", launcher.launch(spec("nodejs20.x", 128)).command().get(0));
        assertEquals("nodejs22.x → " + nvm + "/versions/node/v22.3.0/bin/node (Node.js 22.3.0)", launcher.launch(spec("nodejs22.x", 128)).runsOn(),
                "the newest 22");
        assertEquals("nodejs18.x → " + nvm + "/versions/node/v18.19.0/bin/node (Node.js 18.19.0)", launcher.launch(spec("nodejs18.x", 128)).runsOn());
        assertEquals("nodejs24.x not found; running on " + nvm + "/versions/node/v22.3.0/bin/node (Node.js 22.3.0)",
                launcher.launch(spec("nodejs24.x", 128)).runsOn());
        assertEquals("nodejs21.x not found; running on " + nvm + "/versions/node/v22.3.0/bin/node (Node.js 22.3.0)",
                launcher.launch(spec("nodejs21.x", 128)).runsOn(), "20 and 22 are as near: the newer");
    }

    private Path executable(String relative) throws IOException {
        return FakeExecutables.at(dir, relative);
    }
}
