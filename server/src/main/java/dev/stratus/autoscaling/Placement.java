package dev.stratus.autoscaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a group launches and what it terminates, as AWS's guide says: a launch goes to the zone with
 * the fewest of the group's instances (the first such zone in the group's order); a scale-in takes
 * instances not protected from scale in, from the zone with the most, chosen by the group's
 * termination policies — Default: those of an older launch configuration or template first, then the
 * one closest to its next billing hour — until the count is reached.
 */
final class Placement {

    /** A subnet a group launches into, and its availability zone. */
    record Subnet(String subnetId, String zone) {
    }

    private Placement() {
    }

    /** The zone of each of {@code count} new instances, balancing {@code running} (the instances the group counts) across its zones. */
    static List<String> launchZones(List<String> zones, List<Member> running, int count) {
        Map<String, Integer> load = new LinkedHashMap<>();
        zones.forEach(z -> load.put(z, 0));
        running.forEach(m -> load.computeIfPresent(m.zone, (z, n) -> n + 1));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String least = null;
            for (Map.Entry<String, Integer> e : load.entrySet()) {
                if (least == null || e.getValue() < load.get(least)) {
                    least = e.getKey();
                }
            }
            load.merge(least, 1, Integer::sum);
            out.add(least);
        }
        return out;
    }

    /** Which of {@code running} to terminate to shrink by {@code count}, fewer when protection leaves too few. */
    static List<Member> toTerminate(Group g, List<Member> running, int count, long nowMillis) {
        List<Member> candidates = new ArrayList<>(running.stream().filter(m -> !m.protectedFromScaleIn).toList());
        List<Member> chosen = new ArrayList<>();
        while (chosen.size() < count && !candidates.isEmpty()) {
            List<Member> zone = busiestZone(g.zones, running, chosen, candidates);
            Member pick = zone.stream().min(order(g, nowMillis)).orElseThrow();
            chosen.add(pick);
            candidates.remove(pick);
        }
        return chosen;
    }

    /** The candidates in the zone with the most instances still running once {@code chosen} are gone. */
    private static List<Member> busiestZone(List<String> zones, List<Member> running, List<Member> chosen, List<Member> candidates) {
        Map<String, Integer> load = new LinkedHashMap<>();
        for (Member m : running) {
            if (!chosen.contains(m)) {
                load.merge(m.zone, 1, Integer::sum);
            }
        }
        String busiest = null;
        for (Member c : candidates) {
            int n = load.getOrDefault(c.zone, 0);
            if (busiest == null || n > load.getOrDefault(busiest, 0)
                    || (n == load.getOrDefault(busiest, 0) && zones.indexOf(c.zone) > zones.indexOf(busiest))) {
                busiest = c.zone;
            }
        }
        String zone = busiest;
        return candidates.stream().filter(c -> Objects.equals(c.zone, zone)).toList();
    }

    /** The group's termination policies, in order, as one ordering of candidates (the first is terminated first). */
    private static Comparator<Member> order(Group g, long nowMillis) {
        Comparator<Member> c = (a, b) -> 0;
        for (String policy : g.terminationPolicies) {
            c = c.thenComparing(switch (policy) {
                case "OldestInstance" -> Comparator.comparingLong((Member m) -> m.launchedMillis);
                case "NewestInstance" -> Comparator.comparingLong((Member m) -> -m.launchedMillis);
                case "OldestLaunchConfiguration", "OldestLaunchTemplate" -> outdatedFirst(g);
                case "ClosestToNextInstanceHour" -> closestToNextHour(nowMillis);
                default -> outdatedFirst(g).thenComparing(closestToNextHour(nowMillis));
            });
        }
        return c.thenComparing(m -> m.instanceId);
    }

    private static Comparator<Member> outdatedFirst(Group g) {
        return Comparator.comparing((Member m) -> current(g, m) ? 1 : 0);
    }

    private static boolean current(Group g, Member m) {
        if (g.launchConfigurationName != null) {
            return g.launchConfigurationName.equals(m.launchConfigurationName);
        }
        return m.launchTemplate != null && Groups.launchTemplateOf(g) != null
                && Objects.equals(m.launchTemplate.launchTemplateId(), Groups.launchTemplateOf(g).launchTemplateId());
    }

    private static Comparator<Member> closestToNextHour(long nowMillis) {
        return Comparator.comparingLong(m -> 3_600_000L - Math.floorMod(nowMillis - m.launchedMillis, 3_600_000L));
    }
}
