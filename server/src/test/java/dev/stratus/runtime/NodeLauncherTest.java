package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeLauncherTest {
    private static RuntimeLauncher.Spec spec(String runtime, int memoryMb) {
        return new RuntimeLauncher.Spec(runtime, "index.handler", Path.of("/env/task"), Path.of("/env/opt"), Path.of("/rt"), memoryMb);
    }

    @Test
    void sizesTheHeapFromMemoryAndPutsLayersOnNodePath() {
        RuntimeLauncher.Launch launch = new NodeLauncher(k -> null, k -> null).launch(spec("nodejs20.x", 1024));
        assertEquals(List.of("node", "--expose-gc", "--max-semi-space-size=51", "--max-old-space-size=921", "/rt/nodejs/bootstrap.js"),
                launch.command());
        assertEquals(String.join(File.pathSeparator, "/env/opt/nodejs/node20/node_modules", "/env/opt/nodejs/node_modules", "/env/task"),
                launch.environment().get("NODE_PATH"));
        assertEquals("AWS_Lambda_nodejs20.x", launch.environment().get("AWS_EXECUTION_ENV"));
        assertEquals("--max-old-space-size=115", new NodeLauncher(k -> null, k -> null).launch(spec("nodejs18.x", 128)).command().get(3));
    }

    @Test
    void theNodeOfARuntimeCanBeChosenByPropertyOrVariable() {
        Map<String, String> env = Map.of("STRATUS_RUNTIME_NODEJS22_X", "/opt/node22/bin/node");
        assertEquals("/opt/node22/bin/node", new NodeLauncher(k -> null, env::get).launch(spec("nodejs22.x", 512)).command().get(0));
        Map<String, String> props = Map.of("stratus.runtime.nodejs22.x", "/custom/node");
        assertEquals("/custom/node", new NodeLauncher(props::get, env::get).launch(spec("nodejs22.x", 512)).command().get(0));
        assertEquals("node", new NodeLauncher(props::get, env::get).launch(spec("nodejs24.x", 512)).command().get(0));
    }
}
