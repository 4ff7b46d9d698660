package dev.stratus.autoscaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Zone balancing on launch and AWS's default termination policy on scale in. */
class PlacementTest {
    static final List<String> ZONES = List.of("z1", "z2", "z3");

    static Member member(String id, String zone, long launched, String lc) {
        Member m = new Member();
        m.instanceId = id;
        m.zone = zone;
        m.launchedMillis = launched;
        m.launchConfigurationName = lc;
        m.state = Member.IN_SERVICE;
        return m;
    }

    static Group group(String lc, String... policies) {
        Group g = new Group();
        g.zones = ZONES;
        g.launchConfigurationName = lc;
        if (policies.length > 0) {
            g.terminationPolicies = List.of(policies);
        }
        return g;
    }

    @Test
    void launchesFillTheEmptiestZonesFirstInTheGroupsOrder() {
        assertEquals(List.of("z1", "z2", "z3", "z1"), Placement.launchZones(ZONES, List.of(), 4));
        assertEquals(List.of("z2", "z3"), Placement.launchZones(ZONES, List.of(member("i-1", "z1", 0, "lc")), 2));
    }

    @Test
    void scaleInTakesFromTheBusiestZoneAnOutdatedInstanceFirstAndSparesProtectedOnes() {
        Member a = member("i-a", "z1", 0, "lc");
        Member b = member("i-b", "z1", 0, "old");
        Member c = member("i-c", "z2", 0, "lc");
        assertEquals(List.of(b), Placement.toTerminate(group("lc"), List.of(a, b, c), 1, 1_000));
        b.protectedFromScaleIn = true;
        assertEquals(List.of(a), Placement.toTerminate(group("lc"), List.of(a, b, c), 1, 1_000));
        a.protectedFromScaleIn = true;
        assertEquals(List.of(c), Placement.toTerminate(group("lc"), List.of(a, b, c), 2, 1_000), "no more than the unprotected");
    }

    @Test
    void terminationPoliciesOrderTheCandidatesOfAZone() {
        Member old = member("i-old", "z1", 1_000, "lc");
        Member young = member("i-young", "z1", 5_000, "lc");
        assertEquals(List.of(young), Placement.toTerminate(group("lc", "NewestInstance"), List.of(old, young), 1, 10_000));
        assertEquals(List.of(old), Placement.toTerminate(group("lc", "OldestInstance"), List.of(old, young), 1, 10_000));
        long now = 3_600_000L + 500;
        Member nearHour = member("i-near", "z1", 1_000, "lc");
        assertEquals(List.of(nearHour), Placement.toTerminate(group("lc", "ClosestToNextInstanceHour"),
                List.of(member("i-far", "z1", 400, "lc"), nearHour), 1, now),
                "the one launched at 1 s is 0.5 s from its next hour");
    }
}
