package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the boto3 and AWS CLI suites (src/test/python, pytest) against a Stratus started here, so the
 * build fails when Python's clients and Stratus disagree. Each of pytest's cases becomes a JUnit case
 * of its own (named {@code file::test}, as pytest names it), read from pytest's JUnit XML reports:
 * passed, failed with pytest's account of the failure, or skipped (pytest's skips and expected
 * failures). The files run in two pytest processes at once, each with its own output in
 * {@code target/pytest/pytest-N.log}, named in every failure, not on the build's console. Failed
 * asynchronous Lambda events are retried after 1 s and 2 s instead of AWS's minutes, and EC2
 * instances change state in half a second (boto3's and the CLI's waiters poll the real clock). The
 * suites run beside the Java test classes (which run one after another): they mostly wait.
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonClientsIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().lambdaRetryDelay(1).ec2TransitionDelay(java.time.Duration.ofMillis(500));
    /** A second Stratus that verifies signatures (--auth strict), for the suites of strict mode. */
    @RegisterExtension
    static final StratusExtension STRICT = new StratusExtension().strictAuth();

    /** pytest processes run side by side against the same Stratus: most of a suite's time is waiting (waiters, retries, the CLI starting). */
    private static final int SHARDS = 2;

    @TestFactory
    List<DynamicTest> boto3AndAwsCliSuites() throws Exception {
        Path suite = Path.of(System.getProperty("stratus.python.tests"));
        Path reports = Files.createDirectories(Path.of(System.getProperty("stratus.python.reports")));
        List<Shard> shards = new ArrayList<>();
        List<List<Path>> files = shards(suite);
        for (int i = 0; i < files.size(); i++) {
            shards.add(start(suite, files.get(i), reports.resolve("pytest-" + (i + 1) + ".xml"), reports.resolve("pytest-" + (i + 1) + ".log")));
        }
        List<DynamicTest> cases = new ArrayList<>();
        for (Shard shard : shards) {
            boolean finished = shard.process().waitFor(15, TimeUnit.MINUTES);
            if (!finished) {
                shard.process().destroyForcibly();
            }
            List<DynamicTest> found = Files.exists(shard.xml()) ? cases(shard.xml(), shard.log()) : new ArrayList<>();
            // 0: all passed, 1: some failed (each failure is its case's); anything else is pytest's own trouble.
            if (!finished || shard.process().exitValue() > 1 || found.isEmpty()) {
                String why = finished ? "pytest exited with " + shard.process().exitValue() : "pytest ran past 15 minutes";
                found.add(DynamicTest.dynamicTest("pytest " + shard.log().getFileName(), () -> fail(why + "; see " + shard.log() + ":\n" + tail(shard.log()))));
            }
            cases.addAll(found);
        }
        return cases;
    }

    private record Shard(Process process, Path xml, Path log) {
    }

    /** The suite's files in {@link #SHARDS} groups of about the same size, the largest files placed first. */
    private static List<List<Path>> shards(Path suite) throws IOException {
        List<Path> files;
        try (var listed = Files.list(suite)) {
            files = listed.filter(f -> f.getFileName().toString().matches("test_.*\\.py")).sorted(Comparator.comparingLong(PythonClientsIT::size).reversed())
                    .toList();
        }
        List<List<Path>> groups = new ArrayList<>();
        long[] sizes = new long[SHARDS];
        for (int i = 0; i < SHARDS; i++) {
            groups.add(new ArrayList<>());
        }
        for (Path f : files) {
            int smallest = 0;
            for (int i = 1; i < SHARDS; i++) {
                smallest = sizes[i] < sizes[smallest] ? i : smallest;
            }
            groups.get(smallest).add(f);
            sizes[smallest] += size(f);
        }
        return groups;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One pytest over {@code files}, its output to {@code log}. */
    private static Shard start(Path suite, List<Path> files, Path xml, Path log) throws IOException {
        Files.deleteIfExists(xml);
        List<String> command = new ArrayList<>(List.of("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "junit_family=xunit1",
                "--rootdir=" + suite, "--junitxml=" + xml));
        files.forEach(f -> command.add(f.toString()));
        // xunit1 reports carry each case's file, from which pytest's own name of the case is rebuilt.
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AWS_ENDPOINT_URL", STRATUS.endpoint().toString());
        pb.environment().put("STRATUS_STRICT_ENDPOINT_URL", STRICT.endpoint().toString());
        // The CLI suites run through each AWS CLI found; conftest.py skips a version that is missing.
        AwsClis.find(1).ifPresent(c -> pb.environment().put("STRATUS_AWS_CLI_V1", String.join(" ", c)));
        AwsClis.find(2).ifPresent(c -> pb.environment().put("STRATUS_AWS_CLI_V2", String.join(" ", c)));
        return new Shard(pb.start(), xml, log);
    }

    /** One JUnit case per {@code <testcase>} of pytest's report. */
    private static List<DynamicTest> cases(Path xml, Path log) throws Exception {
        NodeList testcases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("testcase");
        List<DynamicTest> cases = new ArrayList<>();
        for (int i = 0; i < testcases.getLength(); i++) {
            Element testcase = (Element) testcases.item(i);
            Element problem = first(testcase, "failure", "error");
            Element skipped = first(testcase, "skipped");
            String name = nodeId(testcase);
            cases.add(DynamicTest.dynamicTest(name, () -> {
                if (problem != null) {
                    // The name too: Maven's list of failures shows the message, not a dynamic test's name.
                    fail(name + ": " + problem.getAttribute("message") + "\n" + problem.getTextContent() + "\n(pytest's whole output: " + log + ")");
                }
                if (skipped != null) {
                    Assumptions.abort(skipped.getAttribute("type") + ": " + skipped.getAttribute("message"));
                }
            }));
        }
        return cases;
    }

    /** pytest's name of a case: {@code test_sqs_boto3.py::TestTags::test_tag_queue}. */
    private static String nodeId(Element testcase) {
        String file = testcase.getAttribute("file");
        String module = file.replaceFirst("\\.py$", "").replace('/', '.');
        String classname = testcase.getAttribute("classname");
        String inClass = classname.startsWith(module + ".") ? classname.substring(module.length() + 1).replace(".", "::") + "::" : "";
        return (file.isEmpty() ? classname : file) + "::" + inClass + testcase.getAttribute("name");
    }

    private static Element first(Element parent, String... names) {
        for (String name : names) {
            NodeList found = parent.getElementsByTagName(name);
            if (found.getLength() > 0) {
                return (Element) found.item(0);
            }
        }
        return null;
    }

    /** The end of pytest's output, where it says what went wrong. */
    private static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() <= 8000 ? text : "…" + text.substring(text.length() - 8000);
    }
}
