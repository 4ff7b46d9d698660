package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaLauncherTest {
    @TempDir
    Path dir;

    // ---- choosing the JDK

    @Test
    void aRuntimeGetsAJdkOfItsVersionElseTheNearestNewerOne() throws IOException {
        Path jvm = Files.createDirectories(dir.resolve("jvm"));
        jdk(jvm.resolve("jdk-17"), "17.0.2");
        jdk(jvm.resolve("jdk-21.0.1"), "21.0.1");
        jdk(jvm.resolve("jdk-21.0.9"), "21.0.9");
        jdk(jvm.resolve("jdk-25"), "25.0.3");
        jdk(jvm.resolve("jre-8"), "1.8.0_392");
        Files.writeString(Files.createDirectories(jvm.resolve("src-only")).resolve("release"), "JAVA_VERSION=\"17.0.1\"\n");
        JavaLauncher launcher = launcher(Map.of(), Map.of(), List.of(jvm));

        assertEquals(jvm.resolve("jre-8").toRealPath(), launcher.jdkFor(8).home());
        assertEquals(jvm.resolve("jdk-17").toRealPath(), launcher.jdkFor(11).home());
        assertEquals(jvm.resolve("jdk-17").toRealPath(), launcher.jdkFor(17).home());
        assertEquals(jvm.resolve("jdk-21.0.9").toRealPath(), launcher.jdkFor(21).home(), "the newest update of the major");
        assertEquals(jvm.resolve("jdk-25").toRealPath(), launcher.jdkFor(22).home());
        assertEquals(25, launcher.jdkFor(25).major());
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> launcher.jdkFor(26));
        assertTrue(none.getMessage().contains("STRATUS_RUNTIME_JAVA26_HOME"), none.getMessage());
    }

    @Test
    void javaHomeIsAmongTheCandidatesAndALinkedJdkCountsOnce() throws IOException {
        Path elsewhere = jdk(dir.resolve("elsewhere/jdk21"), "21.0.4");
        Path jvm = Files.createDirectories(dir.resolve("jvm"));
        Files.createSymbolicLink(jvm.resolve("java-21-link"), elsewhere);
        JavaLauncher launcher = launcher(Map.of(), Map.of("JAVA_HOME", elsewhere.toString()), List.of(jvm));
        assertEquals(elsewhere.toRealPath(), launcher.jdkFor(17).home());
    }

    @Test
    void theJdkOfARuntimeCanBeNamedByPropertyOrVariable() throws IOException {
        Path jvm = Files.createDirectories(dir.resolve("jvm"));
        jdk(jvm.resolve("jdk-25"), "25.0.3");
        Path byVariable = jdk(dir.resolve("mine-21"), "21.0.2");
        Path byProperty = jdk(dir.resolve("other-21"), "21.0.3");
        assertEquals(byVariable, launcher(Map.of(), Map.of("STRATUS_RUNTIME_JAVA21_HOME", byVariable.toString()), List.of(jvm)).jdkFor(21).home());
        assertEquals(byProperty, launcher(Map.of("stratus.runtime.java21.home", byProperty.toString()),
                Map.of("STRATUS_RUNTIME_JAVA21_HOME", byVariable.toString()), List.of(jvm)).jdkFor(21).home());
        assertThrows(IllegalStateException.class,
                () -> launcher(Map.of(), Map.of("STRATUS_RUNTIME_JAVA21_HOME", dir.resolve("nothing").toString()), List.of(jvm)).jdkFor(21));
    }

    @Test
    void runtimeIdentifiersAndHeapSizes() {
        assertEquals(8, JavaLauncher.majorOf("java8.al2"));
        assertEquals(11, JavaLauncher.majorOf("java11"));
        assertEquals(25, JavaLauncher.majorOf("java25"));
        assertThrows(IllegalArgumentException.class, () -> JavaLauncher.majorOf("python3.12"));
        assertEquals("-XX:MaxHeapSize=445645k", JavaLauncher.heap(512), "as AWS's java17 runtime starts a 512 MB function");
        assertEquals("-XX:MaxHeapSize=111411k", JavaLauncher.heap(128));
        assertEquals("-XX:MaxHeapSize=8912896k", JavaLauncher.heap(10240));
    }

    // ---- the command

    @Test
    void theCommandIsAwssWithTheClientJarsAndLayerJarsOnTheClassPath() throws IOException {
        Path jvm = Files.createDirectories(dir.resolve("jvm"));
        Path jdk = jdk(jvm.resolve("jdk-21"), "21.0.5").toRealPath();
        Path runtimeDir = Files.createDirectories(dir.resolve("rt"));
        Path java = Files.createDirectories(runtimeDir.resolve("java/jni"));
        for (String jar : List.of("utils-lite.jar", "aws-lambda-java-runtime-interface-client.jar", "aws-lambda-java-core.jar")) {
            Files.writeString(java.getParent().resolve(jar), "");
        }
        Files.writeString(java.resolve("libaws-lambda-jni.linux-x86_64.so"), "");
        Files.writeString(java.resolve("libaws-lambda-jni.linux-aarch_64.so"), "");
        Path opt = Files.createDirectories(dir.resolve("opt/java/lib")).getParent().getParent();
        Files.writeString(opt.resolve("java/lib/layer-b.jar"), "");
        Files.writeString(opt.resolve("java/lib/layer-a.jar"), "");
        Files.writeString(opt.resolve("java/lib/notes.txt"), "");
        JavaLauncher launcher = launcher(Map.of("stratus.runtime.java.cds", "off"), Map.of(), List.of(jvm));

        RuntimeLauncher.Launch launch = launcher.launch(new RuntimeLauncher.Spec("java21", "example.Hello::handleRequest",
                dir.resolve("task"), opt, runtimeDir, 512));
        List<String> c = launch.command();
        assertEquals(jdk.resolve("bin/java").toString(), c.get(0));
        assertEquals("-XX:MaxHeapSize=445645k", c.get(1));
        assertTrue(c.containsAll(List.of("-XX:+UseSerialGC", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac")), c.toString());
        assertFalse(c.contains("--enable-native-access=ALL-UNNAMED"), "JDK 21 does not warn about JNI");
        String arch = System.getProperty("os.arch").equals("aarch64") ? "aarch_64" : "x86_64";
        assertTrue(c.stream().anyMatch(o -> o.equals("-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI="
                + java.resolve("libaws-lambda-jni.linux-" + arch + ".so"))) || Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")), c.toString());
        assertEquals(List.of("-classpath", String.join(File.pathSeparator,
                        runtimeDir.resolve("java/aws-lambda-java-core.jar").toString(),
                        runtimeDir.resolve("java/aws-lambda-java-runtime-interface-client.jar").toString(),
                        runtimeDir.resolve("java/utils-lite.jar").toString(),
                        opt.resolve("java/lib/layer-a.jar").toString(),
                        opt.resolve("java/lib/layer-b.jar").toString()),
                JavaLauncher.MAIN_CLASS, "example.Hello::handleRequest"), c.subList(c.size() - 4, c.size()));
        assertFalse(c.stream().anyMatch(o -> o.contains("SharedArchiveFile") || o.contains("AOTCache")), "class archives are off");
        assertEquals(Map.of("AWS_EXECUTION_ENV", "AWS_Lambda_java21"), launch.environment());
        assertEquals("java21 → " + jdk.resolve("bin/java") + " (Java 21.0.5)", launch.runsOn());

        RuntimeLauncher.Launch launch11 = launcher.launch(new RuntimeLauncher.Spec("java11", "example.Hello", dir.resolve("task"), opt, runtimeDir, 1024));
        assertEquals("java11 not found; running on " + jdk.resolve("bin/java") + " (Java 21.0.5)", launch11.runsOn());
        List<String> java11 = launch11.command();
        assertEquals("-XX:MaxHeapSize=891290k", java11.get(1));
        assertFalse(java11.contains("-XX:TieredStopAtLevel=1"), "AWS keeps the JVM's default tiering up to java11");
        assertEquals(jdk.resolve("bin/java").toString(), java11.get(0), "no JDK 11 here: the nearest newer");
    }

    @Test
    void withoutTheClientJarsTheLaunchFailsClearly() throws IOException {
        Path jvm = Files.createDirectories(dir.resolve("jvm"));
        jdk(jvm.resolve("jdk-21"), "21.0.5");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> launcher(Map.of(), Map.of(), List.of(jvm))
                .launch(new RuntimeLauncher.Spec("java21", "a.B", dir, dir, dir.resolve("rt"), 128)));
        assertTrue(e.getMessage().contains("runtime interface client"), e.getMessage());
    }

    // ---- the real client on this JVM

    /**
     * Starts AWS's client as an environment would, on the JDK running this test, against a one-event
     * Runtime API, with a JDK method as handler; then lets the training run make the class archive and
     * starts again with it, expecting the same answer and no archive chatter in the output.
     */
    @Test
    void theClientAnswersAnEventThenStartsAgainFromTheTrainedArchive() throws Exception {
        Path runtimeDir = Files.createDirectories(dir.resolve("runtime"));
        copyClientFiles(runtimeDir.resolve("java"));
        Path cds = dir.resolve("cds");
        int major = Runtime.version().feature();
        JavaLauncher launcher = new JavaLauncher(Map.of("stratus.runtime.java" + major + ".home", System.getProperty("java.home"),
                "stratus.runtime.java.cds.dir", cds.toString())::get, k -> null, List.of(), List.of(), 0);
        RuntimeLauncher.Spec spec = new RuntimeLauncher.Spec("java" + major, JavaLauncher.TRAINING_HANDLER,
                Files.createDirectories(dir.resolve("task")), Files.createDirectories(dir.resolve("opt")), runtimeDir, 256);

        List<String> first = launcher.launch(spec).command();
        assertFalse(first.stream().anyMatch(o -> o.contains("SharedArchiveFile") || o.contains("AOTCache")), "no archive yet");
        assertEquals("{\"hello\":[1,\"two\"]}", invoke(first, spec, "{\"hello\":[1,\"two\"]}"));

        String suffix = major >= 25 ? ".aot" : ".jsa";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (archives(cds, suffix).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, archives(cds, suffix).size(), "the training run made one archive");
        List<String> second = launcher.launch(spec).command();
        assertTrue(second.contains((major >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archives(cds, suffix).get(0)), second.toString());
        assertEquals("{\"again\":true}", invoke(second, spec, "{\"again\":true}"));
        String output = Files.readString(spec.taskRoot().resolve("../output.log"));
        assertFalse(output.contains("[cds]") || output.contains("[aot]") || output.contains("WARNING"), output);
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (leftovers(cds) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, leftovers(cds), "the training run cleans up after itself");
    }

    private static List<Path> archives(Path cds, String suffix) throws IOException {
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static long leftovers(Path cds) throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(p -> p.getFileName().toString().contains("partial") || p.getFileName().toString().startsWith("training-")).count();
        }
    }

    /** Runs the command as an environment with one event; the body the runtime posts as its response. */
    private static String invoke(List<String> command, RuntimeLauncher.Spec spec, String event) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        AtomicBoolean served = new AtomicBoolean();
        try (RuntimeApiServer api = new RuntimeApiServer(r -> {
            if (r.method().equals("GET") && r.path().endsWith("/invocation/next")) {
                if (served.compareAndSet(false, true)) {
                    return new RuntimeApiServer.Response(200, "application/json", Map.of(
                            "Lambda-Runtime-Aws-Request-Id", "11111111-2222-3333-4444-555555555555",
                            "Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000),
                            "Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:f"),
                            event.getBytes(StandardCharsets.UTF_8));
                }
                answer.join();
                return RuntimeApiServer.Response.json(404, "{}");
            }
            String body = new String(r.body(), StandardCharsets.UTF_8);
            answer.complete(r.path().endsWith("/response") ? body : r.path() + " " + body);
            return RuntimeApiServer.Response.json(202, "{\"status\":\"OK\"}");
        }, (client, server) -> true)) {
            ProcessBuilder pb = new ProcessBuilder(command).directory(spec.taskRoot().toFile()).redirectErrorStream(true)
                    .redirectOutput(spec.taskRoot().resolve("../output.log").toFile());
            Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                    "AWS_LAMBDA_RUNTIME_API", api.address(), "AWS_LAMBDA_FUNCTION_NAME", "f", "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST",
                    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()), "_HANDLER", spec.handler(),
                    "LAMBDA_TASK_ROOT", spec.taskRoot().toString()));
            pb.environment().clear();
            pb.environment().putAll(env);
            Process process = pb.start();
            try {
                return answer.get(30, TimeUnit.SECONDS);
            } finally {
                answer.complete("gone");
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    // ---- helpers

    /**
     * The client's files as the build puts them in the server's resources (not through RuntimeFiles,
     * which under a test run finds this test's own dev/stratus/runtime folder first).
     */
    private static void copyClientFiles(Path target) throws Exception {
        java.net.URL client = JavaLauncherTest.class.getClassLoader().getResource("dev/stratus/runtime/java/aws-lambda-java-runtime-interface-client.jar");
        assertTrue(client != null && client.getProtocol().equals("file"), "the build copies the client into the server's resources: " + client);
        Path source = Path.of(client.toURI()).getParent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private static JavaLauncher launcher(Map<String, String> properties, Map<String, String> environment, List<Path> roots) {
        return new JavaLauncher(properties::get, environment::get, roots, List.of(), 0);
    }

    /** A stand-in JDK: an executable bin/java and the release file that names its version. */
    private static Path jdk(Path home, String version) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
