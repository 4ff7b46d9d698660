package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.AwsException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CompositeRuleTest {
    private static final Map<String, String> STATES = Map.of("cpu", "ALARM", "disk", "OK", "my alarm (1)", "INSUFFICIENT_DATA",
            "arn:aws:cloudwatch:us-east-1:000000000000:alarm:mem", "ALARM");
    private static final Function<String, String> STATE = STATES::get;

    private static boolean holds(String rule) {
        return CompositeRule.parse(rule).holds(STATE);
    }

    @Test
    void statesConstantsAndOperators() {
        assertTrue(holds("ALARM(cpu)"));
        assertFalse(holds("ALARM(disk)"));
        assertTrue(holds("OK(disk)"));
        assertTrue(holds("INSUFFICIENT_DATA(\"my alarm (1)\")"));
        assertTrue(holds("TRUE"));
        assertFalse(holds("FALSE"));
        assertTrue(holds("ALARM(cpu) AND OK(disk)"));
        assertFalse(holds("ALARM(cpu) AND ALARM(disk)"));
        assertTrue(holds("ALARM(disk) OR ALARM(cpu)"));
        assertTrue(holds("NOT ALARM(disk)"));
        assertTrue(holds("ALARM(arn:aws:cloudwatch:us-east-1:000000000000:alarm:mem)"));
    }

    @Test
    void precedenceAndParentheses() {
        // NOT binds tightest, then AND, then OR.
        assertTrue(holds("ALARM(cpu) OR ALARM(disk) AND FALSE"));
        assertFalse(holds("(ALARM(cpu) OR ALARM(disk)) AND FALSE"));
        assertFalse(holds("NOT ALARM(cpu) AND TRUE"));
        assertTrue(holds("NOT (ALARM(disk) AND TRUE)"));
        assertTrue(holds(" ( ALARM( cpu ) ) "));
    }

    @Test
    void namesTheAlarmsItRefersTo() {
        assertEquals(List.of("cpu", "disk", "my alarm (1)"),
                List.copyOf(CompositeRule.alarms(CompositeRule.parse("ALARM(cpu) AND (OK(disk) OR NOT INSUFFICIENT_DATA(\"my alarm (1)\")) OR ALARM(cpu)"))));
    }

    @Test
    void refusesBrokenRules() {
        for (String bad : List.of("", "ALARM(cpu", "ALARM()", "ALARM(cpu) AND", "ALARM(cpu) ALARM(disk)", "FOO(cpu)", "(TRUE", "ALARM(\"cpu)",
                "ALARM(cpu) XOR TRUE", "TRUE)")) {
            AwsException e = assertThrows(AwsException.class, () -> CompositeRule.parse(bad), bad);
            assertEquals("ValidationError", e.code());
        }
        assertThrows(AwsException.class, () -> CompositeRule.parse("TRUE OR ".repeat(2000) + "TRUE"));
    }
}
