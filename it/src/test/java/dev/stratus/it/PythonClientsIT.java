package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the boto3 and AWS CLI suites (src/test/python, pytest) against a Stratus started here, so the
 * build fails when Python's clients and Stratus disagree. pytest runs once; each of its cases becomes
 * a JUnit case of its own (named {@code file::test}, as pytest names it), read from pytest's JUnit XML
 * report: passed, failed with pytest's account of the failure, or skipped (pytest's skips and
 * expected failures). pytest's own output goes to {@code target/pytest/pytest.log}, named in every
 * failure, not to the build's console. Failed asynchronous Lambda events are retried after 1 s and
 * 2 s instead of AWS's minutes, and EC2 instances change state in half a second (boto3's and the
 * CLI's waiters poll the real clock).
 */
class PythonClientsIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().lambdaRetryDelay(1).ec2TransitionDelay(java.time.Duration.ofMillis(500));
    /** A second Stratus that verifies signatures (--auth strict), for the suites of strict mode. */
    @RegisterExtension
    static final StratusExtension STRICT = new StratusExtension().strictAuth();

    @TestFactory
    List<DynamicTest> boto3AndAwsCliSuites() throws Exception {
        Path suite = Path.of(System.getProperty("stratus.python.tests"));
        Path reports = Files.createDirectories(Path.of(System.getProperty("stratus.python.reports")));
        Path xml = reports.resolve("pytest.xml");
        Path log = reports.resolve("pytest.log");
        Files.deleteIfExists(xml);
        // xunit1 reports carry each case's file, from which pytest's own name of the case is rebuilt.
        ProcessBuilder pb = new ProcessBuilder("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "junit_family=xunit1",
                "--junitxml=" + xml, suite.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AWS_ENDPOINT_URL", STRATUS.endpoint().toString());
        pb.environment().put("STRATUS_STRICT_ENDPOINT_URL", STRICT.endpoint().toString());
        // The CLI suites run through each AWS CLI found; conftest.py skips a version that is missing.
        AwsClis.find(1).ifPresent(c -> pb.environment().put("STRATUS_AWS_CLI_V1", String.join(" ", c)));
        AwsClis.find(2).ifPresent(c -> pb.environment().put("STRATUS_AWS_CLI_V2", String.join(" ", c)));
        Process p = pb.start();
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        List<DynamicTest> cases = Files.exists(xml) ? cases(xml, log) : new ArrayList<>();
        // 0: all passed, 1: some failed (each failure is its case's); anything else is pytest's own trouble.
        if (!finished || p.exitValue() > 1 || cases.isEmpty()) {
            String why = finished ? "pytest exited with " + p.exitValue() : "pytest ran past 10 minutes";
            cases.add(DynamicTest.dynamicTest("pytest", () -> fail(why + "; see " + log + ":\n" + tail(log))));
        }
        return cases;
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
