package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ARNs as Stratus makes and reads them: the partition follows the region, the resource keeps its colons. */
class ArnTest {
    @Test
    void aResourceArnIsInItsRegionsPartition() {
        assertEquals("arn:aws:sqs:us-east-1:123456789012:orders", Arn.of("sqs", "us-east-1", "123456789012", "orders").toString());
        assertEquals("arn:aws-cn:lambda:cn-north-1:123456789012:function:f", Arn.of("lambda", "cn-north-1", "123456789012", "function:f").toString());
        assertEquals("arn:aws-us-gov:sns:us-gov-west-1:123456789012:t", Arn.of("sns", "us-gov-west-1", "123456789012", "t").toString());
    }

    @Test
    void everyPartitionIsFoundByItsRegionNames() {
        assertEquals("aws", Arn.partitionOf("eu-west-1"));
        assertEquals("aws", Arn.partitionOf("il-central-1"));
        assertEquals("aws-cn", Arn.partitionOf("cn-northwest-1"));
        assertEquals("aws-us-gov", Arn.partitionOf("us-gov-east-1"));
        assertEquals("aws-iso", Arn.partitionOf("us-iso-east-1"));
        assertEquals("aws-iso-b", Arn.partitionOf("us-isob-east-1"));
        assertEquals("aws-iso-e", Arn.partitionOf("eu-isoe-west-1"));
        assertEquals("aws-iso-f", Arn.partitionOf("us-isof-south-1"));
        assertEquals("aws-eusc", Arn.partitionOf("eusc-de-east-1"));
        // As the SDKs do, a region no partition claims is taken to be in aws.
        assertEquals("aws", Arn.partitionOf("moon-east-1"));
    }

    @Test
    void anAccountRootHasNoRegionButItsPartition() {
        assertEquals("arn:aws:iam::111122223333:root", Arn.accountRoot("us-east-1", "111122223333").toString());
        assertEquals("arn:aws-cn:iam::111122223333:root", Arn.accountRoot("cn-north-1", "111122223333").toString());
    }

    @Test
    void aGlobalServicesArnHasNoRegionButItsPartition() {
        assertEquals("arn:aws:iam::111122223333:role/app/r", Arn.global("iam", "eu-west-1", "111122223333", "role/app/r").toString());
        assertEquals("arn:aws-us-gov:iam::111122223333:role/r", Arn.global("iam", "us-gov-west-1", "111122223333", "role/r").toString());
    }

    @Test
    void parsingGivesBackEachPart() {
        Arn a = Arn.parse("arn:aws-cn:sqs:cn-north-1:123456789012:orders.fifo").orElseThrow();
        assertEquals(new Arn("aws-cn", "sqs", "cn-north-1", "123456789012", "orders.fifo"), a);
        assertEquals("arn:aws-cn:sqs:cn-north-1:123456789012:orders.fifo", a.toString());
    }

    @Test
    void theResourceKeepsItsColonsAndSlashes() {
        Arn function = Arn.parse("arn:aws:lambda:us-east-1:123456789012:function:f:live").orElseThrow();
        assertEquals("function:f:live", function.resource());
        assertEquals(Optional.of("f:live"), function.resourceAfter("function:"));
        Arn group = Arn.parse("arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*").orElseThrow();
        assertEquals("log-group:/aws/lambda/f:*", group.resource());
        assertEquals(Optional.of("/aws/lambda/f:*"), group.resourceAfter("log-group:"));
        Arn bus = Arn.parse("arn:aws:events:us-east-1:123456789012:event-bus/orders/eu").orElseThrow();
        assertEquals(Optional.of("orders/eu"), bus.resourceAfter("event-bus/"));
    }

    @Test
    void aResourceOfAnotherTypeHasNothingAfterTheType() {
        Arn layer = Arn.parse("arn:aws:lambda:us-east-1:123456789012:layer:deps:3").orElseThrow();
        assertEquals(Optional.empty(), layer.resourceAfter("function:"));
        assertEquals(Optional.of(""), Arn.parse("arn:aws:lambda:us-east-1:123456789012:function:").orElseThrow().resourceAfter("function:"));
    }

    @Test
    void globalArnsLeaveRegionAndAccountEmpty() {
        assertEquals(new Arn("aws", "iam", "", "123456789012", "role/r"), Arn.parse("arn:aws:iam::123456789012:role/r").orElseThrow());
        assertEquals(new Arn("aws", "s3", "", "", "bucket/key"), Arn.parse("arn:aws:s3:::bucket/key").orElseThrow());
    }

    @Test
    void malformedTextIsNoArn() {
        assertEquals(Optional.empty(), Arn.parse(null));
        assertEquals(Optional.empty(), Arn.parse(""));
        assertEquals(Optional.empty(), Arn.parse("arn:"));
        assertEquals(Optional.empty(), Arn.parse("arn"));
        assertEquals(Optional.empty(), Arn.parse("orders"));
        assertEquals(Optional.empty(), Arn.parse("arn:aws:sqs:us-east-1:123456789012"), "five parts");
        assertEquals(Optional.empty(), Arn.parse("arn:aws:sqs:us-east-1:123456789012:"), "no resource");
        assertEquals(Optional.empty(), Arn.parse("arn::sqs:us-east-1:123456789012:orders"), "no partition");
        assertEquals(Optional.empty(), Arn.parse("arn:aws::us-east-1:123456789012:orders"), "no service");
        assertEquals(Optional.empty(), Arn.parse("ARN:aws:sqs:us-east-1:123456789012:orders"), "the prefix is lower case");
        assertEquals(Optional.empty(), Arn.parse("http://localhost/123456789012/orders"));
    }

    @Test
    void isOfNamesTheServiceInAnyPartition() {
        assertTrue(Arn.isOf("arn:aws:sqs:us-east-1:123456789012:q", "sqs"));
        assertTrue(Arn.isOf("arn:aws-cn:sqs:cn-north-1:123456789012:q", "sqs"));
        assertFalse(Arn.isOf("arn:aws:sns:us-east-1:123456789012:q", "sqs"));
        assertFalse(Arn.isOf("arn:aws:sqs:", "sqs"));
        assertFalse(Arn.isOf(null, "sqs"));
    }

    @Test
    void everyPartIsRequired() {
        assertThrows(NullPointerException.class, () -> new Arn("aws", "sqs", null, "123456789012", "q"));
        assertThrows(NullPointerException.class, () -> Arn.of("sqs", null, "123456789012", "q"));
    }
}
