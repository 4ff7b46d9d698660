package dev.stratus.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One runtime family (Python, Node.js, Java, provided): how to start an execution environment's process. */
public interface RuntimeLauncher {

    /**
     * What an environment is started with. The process runs in {@code taskRoot} with AWS's platform
     * variables already set ({@code AWS_LAMBDA_RUNTIME_API}, {@code _HANDLER}, {@code LAMBDA_TASK_ROOT}, …);
     * {@code optDir} holds the function's layers merged, as AWS mounts them at /opt;
     * {@code runtimeDir} holds the files Stratus ships for runtimes (resources under dev/stratus/runtime).
     */
    record Spec(String runtime, String handler, Path taskRoot, Path optDir, Path runtimeDir, int memoryMb) {
    }

    /**
     * The command line, the variables this runtime adds (PYTHONPATH, NODE_PATH, …), what runs the
     * function, for its log ({@code python3.12 → /usr/bin/python3.12 (Python 3.12.1)}), and
     * {@code readable}: what else the runtime reads outside the task root, layers, runtime files and
     * its interpreter's installation (a sandbox shows it read-only).
     */
    record Launch(List<String> command, Map<String, String> environment, String runsOn, List<Path> readable) {
        Launch(List<String> command, Map<String, String> environment, String runsOn) {
            this(command, environment, runsOn, List.of());
        }
    }

    /** @throws InvalidEntrypoint when there is nothing to run, as a custom runtime without its bootstrap */
    Launch launch(Spec spec);

    /** What AWS reports as Runtime.InvalidEntrypoint: the environment has no program to start. */
    final class InvalidEntrypoint extends RuntimeException {
        public InvalidEntrypoint(String message) {
            super(message);
        }
    }
}
