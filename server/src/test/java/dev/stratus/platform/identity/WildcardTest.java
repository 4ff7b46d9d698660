package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WildcardTest {

    @Test
    void starMatchesAnyRunAndQuestionMarkOneCharacter() {
        assertTrue(Wildcard.of("*").matches(""));
        assertTrue(Wildcard.of("*").matches("anything:at/all"));
        assertTrue(Wildcard.of("kms:*").matches("kms:decrypt"));
        assertFalse(Wildcard.of("kms:*").matches("km:decrypt"));
        assertTrue(Wildcard.of("kms:decrypt").matches("kms:decrypt"));
        assertFalse(Wildcard.of("kms:decrypt").matches("kms:decrypt2"));
        assertTrue(Wildcard.of("iam:*accesskey*").matches("iam:createaccesskey"));
        assertTrue(Wildcard.of("iam:*report").matches("iam:generatecredentialreport"));
        assertFalse(Wildcard.of("iam:*report").matches("iam:generatecredentialreports"));
        assertTrue(Wildcard.of("a?c").matches("abc"));
        assertFalse(Wildcard.of("a?c").matches("ac"));
        assertTrue(Wildcard.of("*a*b*c*").matches("xxaxxbxxcxx"));
        assertFalse(Wildcard.of("*a*b*c*").matches("xxcxxbxxaxx"));
        assertTrue(Wildcard.of("a**b").matches("ab"));
        assertTrue(Wildcard.of("arn:aws:s3:::*log*").matches("arn:aws:s3:::carlossalazar-logs"));
        assertFalse(Wildcard.of("arn:aws:s3:::*log*").matches("arn:aws:s3:::carlossalazar"));
    }

    @Test
    void aLongSubjectAgainstManyStarsStaysFast() {
        String subject = "a".repeat(20_000);
        long start = System.nanoTime();
        assertFalse(Wildcard.of("*a*a*a*a*a*a*a*a*b").matches(subject));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "no exponential backtracking");
    }

    @Test
    void charactersMarkedLiteralMatchOnlyThemselves() {
        boolean[] literal = new boolean[3];
        literal[1] = true;
        Wildcard w = Wildcard.of("a*b", literal);
        assertTrue(w.matches("a*b"));
        assertFalse(w.matches("axb"));
        assertTrue(Wildcard.of("*?", new boolean[] {false, true}).matches("what?"));
        assertFalse(Wildcard.of("*?", new boolean[] {false, true}).matches("what!"));
    }

    @Test
    void anArnPatternSplitsIntoSixPartsTheLastKeepingItsColons() {
        Wildcard[] parts = Wildcard.of("arn:aws:sns:*:123456789012:topic:with:colons").arnParts();
        assertEquals("[arn, aws, sns, *, 123456789012, topic:with:colons]", Arrays.toString(parts));
        assertNull(Wildcard.of("arn:aws:sns").arnParts());
    }
}
