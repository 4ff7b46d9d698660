package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuntimesTest {
    private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:f";

    @Test
    void initStartNamesTheRuntimeVersionAsAwsDoes() {
        String python = Runtimes.initStart("python3.12", ARN);
        assertTrue(python.matches("INIT_START Runtime Version: python:3\\.12\\.v1\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:[0-9a-f]{64}"),
                python);
        assertEquals(python, Runtimes.initStart("python3.12", ARN), "stable");
        assertNotEquals(python.substring(python.lastIndexOf(':')), Runtimes.initStart("python3.13", ARN).substring(python.lastIndexOf(':')));
        assertTrue(Runtimes.initStart("nodejs20.x", ARN).startsWith("INIT_START Runtime Version: nodejs:20.v1\t"));
        assertTrue(Runtimes.initStart("ruby3.3", ARN).startsWith("INIT_START Runtime Version: ruby:3.3.v1\t"));
        assertTrue(Runtimes.initStart("java21", ARN).startsWith("INIT_START Runtime Version: java:21.v1\t"));
        assertTrue(Runtimes.initStart("java8.al2", ARN).startsWith("INIT_START Runtime Version: java:8.al2.v1\t"));
        assertTrue(Runtimes.initStart("provided.al2023", ARN).startsWith("INIT_START Runtime Version: provided:al2023.v1\t"));
    }
}
