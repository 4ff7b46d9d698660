package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void readsBlocksAndRefusesWhatIsNotOne() {
        assertEquals("10.0.0.0/16", Cidr.parse("10.0.0.0/16").orElseThrow().toString());
        assertEquals(65536, Cidr.parse("10.0.0.0/16").orElseThrow().size());
        assertTrue(Cidr.parse("10.0.0.1/16").isEmpty(), "host bits set");
        assertTrue(Cidr.parse("10.0.0.256/32").isEmpty());
        assertTrue(Cidr.parse("10.0.0.0/33").isEmpty());
        assertTrue(Cidr.parse("10.0.0/16").isEmpty());
        assertTrue(Cidr.parse(null).isEmpty());
    }

    @Test
    void containsOverlapsAndCountsAddresses() {
        Cidr vpc = Cidr.parse("172.31.0.0/16").orElseThrow();
        Cidr subnet = Cidr.parse("172.31.16.0/20").orElseThrow();
        assertTrue(vpc.contains(subnet));
        assertFalse(subnet.contains(vpc));
        assertTrue(subnet.overlaps(vpc));
        assertFalse(subnet.overlaps(Cidr.parse("172.31.32.0/20").orElseThrow()));
        assertEquals("172.31.16.4", subnet.address(4));
        assertEquals(4, subnet.offsetOf("172.31.16.4"));
        assertEquals(-1, subnet.offsetOf("172.31.32.4"));
        assertEquals("0.0.0.0/0", Cidr.parse("0.0.0.0/0").orElseThrow().toString());
        assertTrue(Cidr.parse("0.0.0.0/0").orElseThrow().contains(subnet));
    }
}
