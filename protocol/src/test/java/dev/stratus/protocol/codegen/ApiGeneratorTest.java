package dev.stratus.protocol.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiGeneratorTest {
    @Test
    void memberNamesBecomeJavaNames() {
        assertEquals("queueUrl", ApiGenerator.fieldName("QueueUrl"));
        assertEquals("md5OfBody", ApiGenerator.fieldName("MD5OfBody"));
        assertEquals("awsTraceHeader", ApiGenerator.fieldName("AWSTraceHeader"));
        assertEquals("tags", ApiGenerator.fieldName("tags"));
        assertEquals("id", ApiGenerator.fieldName("ID"));
        assertEquals("defaultValue", ApiGenerator.fieldName("Default"));
        assertEquals("StringShape", ApiGenerator.className("String"));
    }
}
