package dev.stratus.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Custom runtimes (provided, provided.al2, provided.al2023): the package's own {@code bootstrap}, else a layer's in /opt. */
final class ProvidedLauncher implements RuntimeLauncher {
    @Override
    public Launch launch(Spec spec) {
        Path own = spec.taskRoot().resolve("bootstrap");
        Path bootstrap = Files.exists(own) || !Files.exists(spec.optDir().resolve("bootstrap")) ? own : spec.optDir().resolve("bootstrap");
        if (!Files.isRegularFile(bootstrap)) {
            throw new InvalidEntrypoint("Couldn't find valid bootstrap(s): [" + own + " " + spec.optDir().resolve("bootstrap") + "]");
        }
        if (!Files.isExecutable(bootstrap)) {
            throw new InvalidEntrypoint("fork/exec " + bootstrap + ": permission denied");
        }
        return new Launch(List.of(bootstrap.toString()), Map.of(), spec.runtime() + " → " + bootstrap);
    }
}
