package dev.stratus.runtime;

import dev.stratus.platform.Arn;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Java runtimes (java8.al2, java11, java17, java21, java25): AWS's runtime interface client, shipped
 * in {@code <runtimeDir>/java}, run on a JDK of the runtime's version, with the JVM options AWS's
 * managed runtimes use.
 *
 * <p>The JDK of runtime javaN is the one {@code stratus.runtime.javaN.home} (property) or
 * {@code STRATUS_RUNTIME_JAVAN_HOME} (variable) names, else the installed JDK of major version N,
 * else the nearest newer one, looked for under /usr/lib/jvm, in {@code JAVA_HOME} and in the JDK
 * Stratus itself runs on.
 *
 * <p>The command is AWS's: the heap capped at 85% of the function's memory, the serial collector,
 * C1 only from java17 on (java11 and older keep the JVM's default tiering, as on AWS), and only the
 * client's jars on the class path. The client loads the function itself, from its working directory
 * (the task root) and the task root's {@code lib/*.jar}; it looks for layers in a fixed
 * {@code /opt/java/lib}, so a layer's {@code java/lib/*.jar} go on the class path instead.
 * {@code JAVA_TOOL_OPTIONS} in the function's variables reaches the JVM as it does on AWS.
 *
 * <p>Startup: the first environment of a JDK and option set starts without help; a moment later a
 * training run in the background starts the client once more on a built-in handler (no function
 * code runs) and saves the classes it loaded — an AOT cache on JDK 25 and newer, a dynamic CDS
 * archive from JDK 13 — which later environments map instead of loading and verifying those classes
 * again (about half the time to the first {@code /next} on the measured machine). Archives live in
 * {@code stratus.runtime.java.cds.dir} / {@code STRATUS_RUNTIME_JAVA_CDS_DIR}, else in
 * {@code <runtimeDir>/java/cds}; {@code stratus.runtime.java.cds=off} (or the variable
 * {@code STRATUS_RUNTIME_JAVA_CDS=off}) turns them off. Environments are killed rather than let exit,
 * so the JVM's own archive-at-exit options (AutoCreateSharedArchive) would never write anything; the
 * training run is stopped with SIGTERM, on which the JVM does write.
 */
final class JavaLauncher implements RuntimeLauncher {
    private static final Logger LOG = Logger.getLogger(JavaLauncher.class.getName());
    static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
    /** A JDK method the client accepts as a handler (a Map in, a Map out), so training runs no function code. */
    static final String TRAINING_HANDLER = "java.util.Collections::unmodifiableMap";
    private static final Pattern RUNTIME = Pattern.compile("java(\\d+)(\\..*)?");
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([^\"\\s]+)\"?");
    private static final List<Path> JDK_ROOTS = List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/lib64/jvm"),
            Path.of("/Library/Java/JavaVirtualMachines"));
    private static final long TRAINING_DELAY_MS = 2_000;
    private static final long TRAINING_ANSWER_MS = 60_000;
    private static final long TRAINING_EXIT_MS = 120_000;
    private static final Set<Process> TRAINING = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    /** An installed JDK: its home, major version and full version (as its {@code release} file gives them). */
    record Jdk(Path home, int major, String version) {
        Path java() {
            return home.resolve("bin").resolve("java");
        }
    }

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;
    private final List<Path> jdkRoots;
    private final List<Path> jdkHomes;
    private final long trainingDelayMs;
    private final Map<String, Boolean> trained = new ConcurrentHashMap<>();
    private volatile List<Jdk> installed;

    JavaLauncher() {
        this(System::getProperty, System::getenv, JDK_ROOTS, List.of(Path.of(System.getProperty("java.home"))), TRAINING_DELAY_MS);
    }

    /**
     * @param jdkRoots folders whose subfolders are JDKs
     * @param jdkHomes more JDKs to consider (besides {@code JAVA_HOME}): Stratus's own
     * @param trainingDelayMs how long after the first launch of an option set its training run starts
     */
    JavaLauncher(UnaryOperator<String> properties, UnaryOperator<String> environment, List<Path> jdkRoots, List<Path> jdkHomes,
                 long trainingDelayMs) {
        this.properties = properties;
        this.environment = environment;
        this.jdkRoots = List.copyOf(jdkRoots);
        this.jdkHomes = List.copyOf(jdkHomes);
        this.trainingDelayMs = trainingDelayMs;
    }

    @Override
    public Launch launch(Spec spec) {
        int wanted = majorOf(spec.runtime());
        Jdk jdk = jdkFor(wanted);
        List<String> options = options(wanted, jdk, spec.runtimeDir());
        List<Path> clientJars = jars(spec.runtimeDir().resolve("java"));
        if (clientJars.isEmpty()) {
            throw new IllegalStateException("AWS's Java runtime interface client is missing from " + spec.runtimeDir().resolve("java"));
        }
        List<Path> classPath = new ArrayList<>(clientJars);
        classPath.addAll(jars(spec.optDir().resolve("java/lib")));

        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        if (spec.memoryMb() > 0) {
            command.add(heap(spec.memoryMb()));
        }
        command.addAll(options);
        cache(jdk, options, clientJars, spec).ifPresent(command::addAll);
        command.add("-classpath");
        command.add(join(classPath));
        command.add(MAIN_CLASS);
        command.add(spec.handler());
        Interpreters.Interpreter java = new Interpreters.Interpreter(jdk.java().toString(), jdk.version(), "");
        Interpreters.Choice choice = new Interpreters.Choice(spec.runtime(), java.path(), Optional.of(java), jdk.major() == wanted, null);
        // The archives may be kept outside the runtime files; a sandboxed JVM must still map them.
        return new Launch(List.copyOf(command), Map.of("AWS_EXECUTION_ENV", "AWS_Lambda_" + spec.runtime()), choice.describe("Java"),
                List.of(cacheDir(spec)));
    }

    /** The Java version a runtime identifier names: java8.al2 → 8, java21 → 21. */
    static int majorOf(String runtime) {
        Matcher m = RUNTIME.matcher(runtime);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Java runtime: " + runtime);
        }
        return Integer.parseInt(m.group(1));
    }

    /** AWS's heap cap: 85% of the function's memory, in KiB as AWS writes it (512 MB → 445645k). */
    static String heap(int memoryMb) {
        return "-XX:MaxHeapSize=" + Math.round(memoryMb * 1024 * 0.85) + "k";
    }

    /** The options of AWS's managed runtime for this runtime version, as far as the chosen JDK knows them. */
    private static List<String> options(int runtimeMajor, Jdk jdk, Path runtimeDir) {
        List<String> options = new ArrayList<>();
        options.add("-XX:+UseSerialGC");
        if (runtimeMajor >= 17) {
            options.add("-XX:+TieredCompilation");
            options.add("-XX:TieredStopAtLevel=1");
        }
        if (jdk.major() >= 9) {
            // The client reads a file descriptor's private field when Lambda hands it a telemetry pipe.
            options.add("--add-opens=java.base/java.io=ALL-UNNAMED");
            options.add("-XX:+ErrorFileToStderr");
        }
        if (jdk.major() >= 22) {
            // The client loads its JNI library; without this, JDK 22+ warns on stderr, into the function's log.
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        options.add("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
        Path jni = jniLibrary(runtimeDir.resolve("java/jni"));
        if (Files.isRegularFile(jni)) {
            // Given by path, the client does not unpack its library to the one /tmp/.libaws-lambda-jni.so all would share.
            options.add("-D" + JNI_PROPERTY + "=" + jni);
        }
        return options;
    }

    /** The client's JNI library for this machine, as the client names its copies. */
    private static Path jniLibrary(Path dir) {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String cpu = arch.equals("aarch64") || arch.equals("arm64") ? "aarch_64" : "x86_64";
        boolean musl = Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
        return dir.resolve("libaws-lambda-jni.linux" + (musl ? "_musl-" : "-") + cpu + ".so");
    }

    // ---- choosing a JDK

    /** The JDK for runtime java{@code wanted}: the configured one, else the same major, else the nearest newer. */
    Jdk jdkFor(int wanted) {
        String configured = properties.apply("stratus.runtime.java" + wanted + ".home");
        if (configured == null || configured.isBlank()) {
            configured = environment.apply("STRATUS_RUNTIME_JAVA" + wanted + "_HOME");
        }
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured.trim());
            Jdk jdk = describe(home).orElse(null);
            if (jdk == null) {
                if (!Files.isExecutable(home.resolve("bin/java"))) {
                    throw new IllegalStateException("the JDK configured for java" + wanted + " has no bin/java: " + home);
                }
                jdk = new Jdk(home, wanted, Integer.toString(wanted));
            }
            return jdk;
        }
        List<Jdk> all = installed();
        return all.stream()
                .filter(j -> j.major() >= wanted)
                .min(Comparator.comparingInt((Jdk j) -> j.major() - wanted)
                        .thenComparing(Jdk::version, JavaLauncher::compareVersions)
                        .thenComparing(j -> j.home().toString()))
                .orElseThrow(() -> new IllegalStateException("no JDK " + wanted + " or newer for runtime java" + wanted
                        + " (found " + (all.isEmpty() ? "none" : all.stream().map(j -> j.home() + " (" + j.version() + ")").toList())
                        + "); install one under /usr/lib/jvm or name one with STRATUS_RUNTIME_JAVA" + wanted + "_HOME"));
    }

    /** Newest first among JDKs of one major version. */
    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\D+");
        String[] y = b.split("\\D+");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length && !x[i].isEmpty() ? Long.parseLong(x[i]) : 0;
            long q = i < y.length && !y[i].isEmpty() ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(q, p);
            }
        }
        return 0;
    }

    private List<Jdk> installed() {
        List<Jdk> found = installed;
        if (found == null) {
            Set<Path> homes = new LinkedHashSet<>();
            for (Path root : jdkRoots) {
                try (Stream<Path> dirs = Files.list(root)) {
                    dirs.sorted().forEach(d -> {
                        homes.add(d);
                        homes.add(d.resolve("Contents/Home"));
                    });
                } catch (IOException e) {
                    // No such folder here.
                }
            }
            String javaHome = environment.apply("JAVA_HOME");
            if (javaHome != null && !javaHome.isBlank()) {
                homes.add(Path.of(javaHome.trim()));
            }
            homes.addAll(jdkHomes);
            Map<Path, Jdk> byRealPath = new LinkedHashMap<>();
            for (Path home : homes) {
                try {
                    Path real = home.toRealPath();
                    describe(real).ifPresent(j -> byRealPath.putIfAbsent(real, j));
                } catch (IOException e) {
                    // Not there.
                }
            }
            found = List.copyOf(byRealPath.values());
            installed = found;
        }
        return found;
    }

    /** A JDK (or JRE) home: one with an executable bin/java and a {@code release} file naming its version. */
    static Optional<Jdk> describe(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.ISO_8859_1));
            if (!m.find()) {
                return Optional.empty();
            }
            String version = m.group(1);
            String[] parts = version.split("[._+-]");
            int major = Integer.parseInt(parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0]);
            return Optional.of(new Jdk(home, major, version));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    // ---- class data sharing

    /**
     * The options that map this option set's archive, when it is there; else none, and a training run
     * is scheduled to make it.
     */
    private Optional<List<String>> cache(Jdk jdk, List<String> options, List<Path> clientJars, Spec spec) {
        if (jdk.major() < 13 || isOff(properties.apply("stratus.runtime.java.cds")) || isOff(environment.apply("STRATUS_RUNTIME_JAVA_CDS"))) {
            return Optional.empty();
        }
        Path cacheDir = cacheDir(spec);
        boolean aot = jdk.major() >= 25;
        Path file = cacheDir.resolve(jdk.major() + "-" + key(jdk, options, clientJars) + (aot ? ".aot" : ".jsa"));
        if (Files.isRegularFile(file)) {
            // A stale or foreign archive is skipped by the JVM; its notes about that would land in the function's log.
            return Optional.of(aot
                    ? List.of("-XX:AOTCache=" + file, "-Xlog:aot=off", "-Xlog:cds=off")
                    : List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds=off"));
        }
        if (trained.putIfAbsent(file.toString(), Boolean.TRUE) == null) {
            List<String> training = new ArrayList<>();
            training.add(jdk.java().toString());
            training.add(heap(Math.max(spec.memoryMb(), 128)));
            training.addAll(options);
            Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
            training.add((aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + partial);
            training.addAll(List.of("-classpath", join(clientJars), MAIN_CLASS, TRAINING_HANDLER));
            Thread.ofVirtual().name("java-cds-training").start(() -> train(training, partial, file));
        }
        return Optional.empty();
    }

    /** Where the class archives are: {@code stratus.runtime.java.cds.dir}, else the variable, else under the runtime files. */
    private Path cacheDir(Spec spec) {
        String dir = properties.apply("stratus.runtime.java.cds.dir");
        if (dir == null || dir.isBlank()) {
            dir = environment.apply("STRATUS_RUNTIME_JAVA_CDS_DIR");
        }
        return dir == null || dir.isBlank() ? spec.runtimeDir().resolve("java/cds") : Path.of(dir.trim());
    }

    private static boolean isOff(String value) {
        return value != null && (value.equalsIgnoreCase("off") || value.equalsIgnoreCase("false") || value.equals("0"));
    }

    /** Names the archive after everything the JVM checks it against: the JDK, the options, the jars (path, size, time). */
    private static String key(Jdk jdk, List<String> options, List<Path> jars) {
        StringBuilder s = new StringBuilder().append(jdk.home()).append('\n').append(jdk.version()).append('\n');
        options.forEach(o -> s.append(o).append('\n'));
        for (Path jar : jars) {
            s.append(jar).append('\n');
            try {
                s.append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
            } catch (IOException e) {
                s.append("?\n");
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the client once against a one-event Runtime API of its own, on {@link #TRAINING_HANDLER};
     * once it has answered, stops it with SIGTERM so that the JVM writes the archive, and moves the
     * archive into place in one step (environments starting meanwhile never see half of one).
     */
    private void train(List<String> command, Path partial, Path file) {
        Path task = null;
        Process process = null;
        CountDownLatch answered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean served = new AtomicBoolean();
        try {
            Thread.sleep(trainingDelayMs);
            long started = System.nanoTime();
            Files.createDirectories(file.getParent());
            removeAbandoned(file.getParent());
            task = Files.createTempDirectory(file.getParent(), "training-");
            try (RuntimeApiServer api = new RuntimeApiServer(r -> {
                if (r.method().equals("GET") && r.path().endsWith("/runtime/invocation/next")) {
                    if (served.compareAndSet(false, true)) {
                        return new RuntimeApiServer.Response(200, "application/json", Map.of(
                                "Lambda-Runtime-Aws-Request-Id", "00000000-0000-0000-0000-000000000000",
                                "Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + TRAINING_ANSWER_MS),
                                "Lambda-Runtime-Invoked-Function-Arn", Arn.of("lambda", "us-east-1", "000000000000", "function:stratus-java-training").toString(),
                                "Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0"),
                                "{\"training\":{\"nested\":[1,2.5,\"three\",true,null]}}".getBytes(StandardCharsets.UTF_8));
                    }
                    answered.countDown();
                    release.await();
                    return RuntimeApiServer.Response.json(404, "{}");
                }
                if (r.method().equals("POST")) {
                    answered.countDown();
                    return RuntimeApiServer.Response.json(202, "{\"status\":\"OK\"}");
                }
                return RuntimeApiServer.Response.json(404, "{}");
            }, (client, server) -> true)) { // Any caller may have the training's built-in event: it carries nothing of a function.
                ProcessBuilder pb = new ProcessBuilder(command).directory(task.toFile()).redirectErrorStream(true)
                        .redirectOutput(file.resolveSibling(file.getFileName() + ".log").toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                Map<String, String> env = pb.environment();
                Map<String, String> keep = new LinkedHashMap<>();
                for (String k : List.of("PATH", "HOME", "LD_LIBRARY_PATH")) {
                    if (System.getenv(k) != null) {
                        keep.put(k, System.getenv(k));
                    }
                }
                env.clear();
                env.putAll(keep);
                env.put("AWS_LAMBDA_RUNTIME_API", api.address());
                env.put("AWS_LAMBDA_FUNCTION_NAME", "stratus-java-training");
                env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
                env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128");
                env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/stratus-java-training");
                env.put("AWS_LAMBDA_LOG_STREAM_NAME", "training");
                env.put("AWS_REGION", "us-east-1");
                env.put("_HANDLER", TRAINING_HANDLER);
                env.put("LAMBDA_TASK_ROOT", task.toString());
                env.put("TMPDIR", task.toString());
                process = pb.start();
                registerForShutdown(process);
                boolean ok = answered.await(TRAINING_ANSWER_MS, TimeUnit.MILLISECONDS);
                process.destroy();
                if (!process.waitFor(TRAINING_EXIT_MS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    ok = false;
                }
                release.countDown();
                if (ok && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    LOG.info(() -> "Java class archive made in " + ms + " ms: " + file);
                } else {
                    LOG.warning("the Java class archive training run made no archive; see " + file.getFileName() + ".log in " + file.getParent());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the Java class archive training run failed: " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release.countDown();
            if (process != null) {
                process.destroyForcibly();
                TRAINING.remove(process);
            }
            try {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + ".config"));
                if (task != null) {
                    Zips.deleteTree(task);
                }
            } catch (IOException e) {
                LOG.fine(() -> "cannot clean up after the training run: " + e.getMessage());
            }
        }
    }

    /** What training runs of Stratus processes that died meanwhile left behind (a run takes three minutes at most). */
    private static void removeAbandoned(Path cacheDir) {
        long before = System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(10);
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if ((name.endsWith(".partial") || name.endsWith(".partial.config") || name.startsWith("training-"))
                        && Files.getLastModifiedTime(p).toMillis() < before) {
                    Zips.deleteTree(p);
                }
            }
        } catch (IOException e) {
            LOG.fine(() -> "cannot tidy " + cacheDir + ": " + e.getMessage());
        }
    }

    /** A training run still going when Stratus stops is stopped with it. */
    private static void registerForShutdown(Process process) {
        if (!HOOKED.getAndSet(true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TRAINING.forEach(Process::destroyForcibly), "java-cds-training-stop"));
        }
        TRAINING.add(process);
    }

    private static List<Path> jars(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
