package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AwsException;
import org.junit.jupiter.api.Test;

/** Each volume type's sizes, IOPS and throughput, as CreateVolume's reference gives them. */
class VolumeTypesTest {

    static String refusal(String type, int size, Integer iops, Integer throughput) {
        return assertThrows(AwsException.class, () -> VolumeTypes.check(type, size, iops, throughput, false)).code();
    }

    @Test
    void sizesWithinEachTypesBounds() {
        assertEquals(new VolumeTypes.Shape("gp2", 1, 100, null, false), VolumeTypes.check(null, 1, null, null, false));
        assertEquals(16_000, VolumeTypes.check("gp2", 16_384, null, null, false).iops(), "gp2's baseline tops out at 16,000");
        assertEquals(300, VolumeTypes.check("gp2", 100, null, null, false).iops(), "3 IOPS per GiB");
        assertEquals(65_536, VolumeTypes.check("gp3", 65_536, null, null, false).size());
        assertEquals("InvalidParameterValue", refusal("gp3", 65_537, null, null));
        assertEquals("InvalidParameterValue", refusal("io1", 3, 100, null));
        assertEquals("InvalidParameterValue", refusal("sc1", 124, null, null));
        assertEquals("InvalidParameterValue", refusal("standard", 1_025, null, null));
        assertEquals(new VolumeTypes.Shape("st1", 125, null, null, false), VolumeTypes.check("st1", 125, null, null, false));
    }

    @Test
    void iopsAndThroughputWhereTheTypeTakesThem() {
        assertEquals(new VolumeTypes.Shape("gp3", 1, 3_000, 125, false), VolumeTypes.check("gp3", 1, 3_000, null, false),
                "gp3's baseline IOPS at any size");
        assertEquals("InvalidParameterValue", refusal("gp3", 1, 3_001, null));
        assertEquals(16_000, VolumeTypes.check("gp3", 32, 16_000, 1_000, false).iops());
        assertEquals("InvalidParameterValue", refusal("gp3", 1_000, 80_001, null));
        assertEquals("InvalidParameterValue", refusal("gp3", 10, null, 2_001));
        assertEquals("InvalidParameterCombination", refusal("io2", 10, null, 200));
        assertEquals("InvalidParameterCombination", refusal("st1", 500, 500, null));
        assertEquals("InvalidParameterValue", refusal("io2", 10, 99, null));
        assertEquals(10_000, VolumeTypes.check("io2", 10, 10_000, null, true).iops(), "io2 allows 1,000 IOPS per GiB");
        assertEquals("Iops to volume size ratio of 51.000000 is too high; maximum is 50.000000.",
                assertThrows(AwsException.class, () -> VolumeTypes.check("io1", 100, 5_100, null, false)).getMessage());
        assertEquals("InvalidParameterCombination",
                assertThrows(AwsException.class, () -> VolumeTypes.check("gp2", 10, null, null, true)).code());
    }
}
