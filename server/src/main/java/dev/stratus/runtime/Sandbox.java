package dev.stratus.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * How execution environments are isolated on this host, decided once: with bubblewrap (bwrap)
 * each environment gets its own mount namespace (the system read-only, the code at /var/task and
 * the layers at /opt read-only, only /tmp writable, nothing else of the host: no data directory,
 * no other function's files), its own PID namespace (it sees and signals only its own processes,
 * and they all die with it), and its own IPC and UTS namespaces. It keeps the host's network, so
 * the function reaches Stratus at AWS_ENDPOINT_URL and the Internet as on AWS.
 *
 * <p>When Stratus runs as root, bwrap sets the sandbox up as root and {@code setpriv} then becomes
 * AWS's unprivileged sandbox user (uid 993, gid 990) with no capabilities and no way to gain any
 * (no_new_privs; bwrap mounts everything nosuid). Run by another user, bwrap uses an unprivileged
 * user namespace and the function runs as that user. As root, each environment also gets its own
 * cgroups ({@link EnvironmentCgroup}).
 *
 * <p>Without bwrap, or where it cannot create namespaces, environments run as plain processes
 * as before, and {@link #status()} says why.
 */
final class Sandbox {
    private static final Logger LOG = Logger.getLogger(Sandbox.class.getName());
    /** AWS's sandbox user, sbx_user1051. */
    static final int UID = 993;
    static final int GID = 990;
    private static final List<String> SYSTEM = List.of("/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
    private static final List<String> CONTROLLERS = List.of("memory", "pids", "freezer");
    private static final Path CGROUP_FS = Path.of("/sys/fs/cgroup");
    /** util-linux's setsid: without cgroups an environment leads its own session, so that its processes can be found. */
    private static final String SETSID = Files.isExecutable(Path.of("/usr/bin/setsid")) ? "/usr/bin/setsid" : "setsid";
    private static volatile Sandbox host;

    /** An environment's own directories on the host, and the shipped runtime files. */
    record Layout(Path task, Path opt, Path tmp, Path runtimeDir) {
    }

    private final String bwrap;
    private final String setpriv;
    private final boolean root;
    /** Controller → the cgroup under which environments get theirs; empty without cgroups. */
    private final Map<String, Path> cgroupParents;
    private final String status;

    private Sandbox(String bwrap, String setpriv, boolean root, Map<String, Path> cgroupParents, String status) {
        this.bwrap = bwrap;
        this.setpriv = setpriv;
        this.root = root;
        this.cgroupParents = cgroupParents;
        this.status = status;
    }

    /** This host's sandbox, probed on first use and logged once. */
    static Sandbox host() {
        Sandbox s = host;
        if (s == null) {
            synchronized (Sandbox.class) {
                s = host;
                if (s == null) {
                    s = detect();
                    host = s;
                    if (s.isolated()) {
                        LOG.info("Lambda functions run " + s.status);
                    } else {
                        LOG.warning("Lambda functions run " + s.status + ": they can read and signal what Stratus can (docs/security.md)");
                    }
                }
            }
        }
        return s;
    }

    /** "sandboxed", or what is missing: "sandboxed without cgroups: …", "unsandboxed: …". */
    String status() {
        return status;
    }

    boolean isolated() {
        return bwrap != null;
    }

    /** The environment's cgroups, created now; null where there are none. */
    EnvironmentCgroup cgroup(String id, int memoryMb) throws IOException {
        return cgroupParents.isEmpty() ? null : EnvironmentCgroup.create(cgroupParents, id, memoryMb);
    }

    /** Removes the cgroups a previous Stratus left for environment {@code id}, killing what runs in them. */
    void removeLeftoverCgroup(String id) {
        if (!cgroupParents.isEmpty()) {
            EnvironmentCgroup.of(cgroupParents, id).remove();
        }
    }

    /** Gives the environment's /tmp to the sandbox user, the only place it may write. */
    void prepare(Layout layout) throws IOException {
        if (isolated() && root) {
            Files.setAttribute(layout.tmp(), "unix:uid", UID);
            Files.setAttribute(layout.tmp(), "unix:gid", GID);
        }
    }

    /**
     * The command line that starts {@code runtime} (the launcher's command, with host paths) in
     * the environment's sandbox, inside its cgroups when there are.
     */
    List<String> command(Layout layout, RuntimeLauncher.Launch runtime, EnvironmentCgroup cgroup) {
        List<String> command = new ArrayList<>();
        if (cgroup != null) {
            // The shell joins the cgroups, then becomes bwrap: everything after it starts inside them.
            command.addAll(List.of("/bin/sh", "-c", cgroup.joinScript() + " && exec \"$@\"", "sh"));
        } else {
            command.add(SETSID);
        }
        if (!isolated()) {
            command.addAll(runtime.command());
            return command;
        }
        command.addAll(bwrap(mounts(layout, runtime)));
        for (String arg : runtime.command()) {
            command.add(inside(layout, arg));
        }
        return command;
    }

    /** A value (argument or variable) with the environment's host paths replaced by the sandbox's. */
    String inside(Layout layout, String value) {
        if (!isolated()) {
            return value;
        }
        return value.replace(layout.task().toString(), "/var/task")
                .replace(layout.opt().toString(), "/opt")
                .replace(layout.tmp().toString(), "/tmp")
                .replace(layout.runtimeDir().toString(), "/var/runtime");
    }

    /** bwrap and its options around {@code mounts}, ending with "--" and, as root, the switch to the sandbox user. */
    private List<String> bwrap(List<String> mounts) {
        List<String> c = new ArrayList<>(List.of(bwrap, "--die-with-parent", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"));
        if (!root) {
            c.add("--unshare-user");
        }
        for (String dir : SYSTEM) {
            Path p = Path.of(dir);
            if (Files.isSymbolicLink(p)) {
                c.addAll(List.of("--symlink", readLink(p), dir));
            } else if (Files.isDirectory(p)) {
                c.addAll(List.of("--ro-bind", dir, dir));
            }
        }
        c.addAll(mounts);
        c.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        if (root) {
            // setpriv needs these three to change users and drop every capability; it drops them with the rest.
            c.addAll(List.of("--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SETPCAP", "--",
                    setpriv, "--reuid=" + UID, "--regid=" + GID, "--clear-groups", "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all"));
        }
        c.add("--");
        return c;
    }

    /**
     * The environment's own mounts: /tmp writable; code, layers and the shipped runtime files
     * read-only where AWS has them (/var/task, /opt, /var/runtime: the Java class archives still
     * match there, checked on JDK 17 and 25); read-only at its own path the interpreter's
     * installation when it lies outside the system directories (a pyenv Python under /root).
     */
    private List<String> mounts(Layout layout, RuntimeLauncher.Launch runtime) {
        // bwrap makes a missing mount point's parents 0700; the sandbox user must pass through /var.
        List<String> m = new ArrayList<>(List.of(
                "--perms", "0755", "--dir", "/var",
                "--bind", layout.tmp().toString(), "/tmp",
                "--ro-bind", layout.task().toString(), "/var/task",
                "--ro-bind", layout.opt().toString(), "/opt",
                "--ro-bind", layout.runtimeDir().toString(), "/var/runtime",
                "--chdir", "/var/task"));
        Set<Path> readOnly = new LinkedHashSet<>();
        installations(runtime.command().get(0)).stream().filter(Sandbox::narrow).forEach(readOnly::add);
        readOnly.addAll(runtime.readable());
        Set<Path> made = new LinkedHashSet<>();
        for (Path p : readOnly) {
            if (covered(layout, p) || !Files.exists(p)) {
                continue;
            }
            // Parents are made world-searchable: a host /root is 0700, and the sandbox user must reach /root/.pyenv.
            for (Path parent = p.getParent(); parent != null && parent.getParent() != null; parent = parent.getParent()) {
                made.add(parent);
            }
        }
        made.stream().sorted().filter(d -> !covered(layout, d) && !readOnly.contains(d) && !d.equals(Path.of("/tmp")))
                .forEach(d -> m.addAll(List.of("--perms", "0755", "--dir", d.toString())));
        for (Path p : readOnly) {
            if (!covered(layout, p) && Files.exists(p)) {
                m.addAll(List.of("--ro-bind", p.toString(), p.toString()));
            }
        }
        return m;
    }

    /** Whether the sandbox already shows {@code p}: a system directory, or the environment's own. */
    private static boolean covered(Layout layout, Path p) {
        for (String dir : SYSTEM) {
            if (p.startsWith(dir)) {
                return true;
            }
        }
        return p.startsWith(layout.task()) || p.startsWith(layout.opt()) || p.startsWith(layout.runtimeDir());
    }

    /**
     * The installation an interpreter belongs to ({@code …/bin/python3} → {@code …}), as named and
     * after its symbolic links (a virtualenv's python links to the base interpreter's).
     */
    private static List<Path> installations(String executable) {
        Path named = executable.contains(File.separator) ? Path.of(executable) : onPath(executable);
        if (named == null || !named.isAbsolute()) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        out.add(installation(named));
        try {
            out.add(installation(named.toRealPath()));
        } catch (IOException missing) {
            // The launch fails inside the sandbox the same way it would outside.
        }
        return out;
    }

    private static Path installation(Path executable) {
        Path dir = executable.getParent();
        return dir.getFileName() != null && dir.getFileName().toString().equals("bin") && dir.getParent() != null ? dir.getParent() : dir;
    }

    /**
     * Whether an installation may be shown whole: not the root or a top-level directory
     * ({@code /bin/sh} would make it "/", {@code /home/bin/x} all of /home), which would show the host.
     */
    private static boolean narrow(Path installation) {
        return installation.getNameCount() >= 2;
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name).toAbsolutePath();
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Probes this host: bwrap present and able to create namespaces, setpriv when root, writable cgroups when root. */
    static Sandbox detect() {
        if (isOff(System.getProperty("stratus.lambda.sandbox")) || isOff(System.getenv("STRATUS_LAMBDA_SANDBOX"))) {
            return none("unsandboxed: turned off (stratus.lambda.sandbox / STRATUS_LAMBDA_SANDBOX)");
        }
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return none("unsandboxed: not Linux");
        }
        Path bwrap = onPath("bwrap");
        if (bwrap == null) {
            return none("unsandboxed: bubblewrap (bwrap) is not installed");
        }
        boolean root = uid() == 0;
        Path setpriv = onPath("setpriv");
        if (root && setpriv == null) {
            return none("unsandboxed: setpriv (util-linux) is not installed");
        }
        Sandbox candidate = new Sandbox(bwrap.toString(), setpriv == null ? null : setpriv.toString(), root, Map.of(), "sandboxed");
        String failure = probe(candidate);
        if (failure != null) {
            return none("unsandboxed: bwrap cannot create the sandbox here (" + failure + ")");
        }
        if (!root) {
            return new Sandbox(candidate.bwrap, candidate.setpriv, false, Map.of(),
                    "sandboxed without cgroups (Stratus is not root): memory is counted per process, a process that leaves its session is not counted");
        }
        Map<String, Path> parents = new LinkedHashMap<>();
        try {
            for (String controller : CONTROLLERS) {
                parents.put(controller, Files.createDirectories(ownCgroup(controller).resolve("stratus")));
            }
            EnvironmentCgroup.create(parents, "probe-" + ProcessHandle.current().pid(), 128).remove();
        } catch (IOException | RuntimeException e) {
            return new Sandbox(candidate.bwrap, candidate.setpriv, true, Map.of(),
                    "sandboxed without cgroups (" + e.getMessage() + "): memory is counted per process, a process that leaves its session is not counted");
        }
        return new Sandbox(candidate.bwrap, candidate.setpriv, true, Map.copyOf(parents), "sandboxed");
    }

    private static Sandbox none(String status) {
        return new Sandbox(null, null, false, Map.of(), status);
    }

    /** Runs {@code true} in a sandbox; null when it worked, else bwrap's complaint. */
    private static String probe(Sandbox s) {
        try {
            List<String> command = new ArrayList<>(s.bwrap(List.of()));
            command.add("true");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "it did not finish";
            }
            return p.exitValue() == 0 ? null : out.isEmpty() ? "exit status " + p.exitValue() : out.lines().findFirst().orElse(out);
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Stratus's own cgroup of {@code controller}, from /proc/self/cgroup (v1: "4:memory:/path"). */
    private static Path ownCgroup(String controller) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
            String[] parts = line.split(":", 3);
            if (parts.length == 3 && List.of(parts[1].split(",")).contains(controller)) {
                Path dir = CGROUP_FS.resolve(controller).resolve(parts[2].substring(1));
                if (!Files.isDirectory(dir)) {
                    throw new IOException("no " + controller + " cgroup at " + dir);
                }
                return dir;
            }
        }
        throw new IOException("no " + controller + " cgroup controller (cgroups v1)");
    }

    private static int uid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean isOff(String value) {
        return value != null && List.of("off", "false", "no", "0").contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
