package dev.stratus.ec2;

import dev.stratus.ec2.api.IpPermission;
import dev.stratus.ec2.api.IpRange;
import dev.stratus.ec2.api.Ipv6Range;
import dev.stratus.ec2.api.PrefixListId;
import dev.stratus.ec2.api.ReferencedSecurityGroup;
import dev.stratus.ec2.api.SecurityGroupRule;
import dev.stratus.ec2.api.UserIdGroupPair;
import dev.stratus.protocol.AwsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Security group rules as EC2 takes them (IpPermissions: a protocol, a port range and any number
 * of sources, each one rule) and gives them back: each rule on its own (DescribeSecurityGroupRules)
 * and rules of one protocol and port range gathered into one IpPermission (DescribeSecurityGroups).
 * Protocols are kept by name where EC2 names them ({@code tcp}, {@code udp}, {@code icmp},
 * {@code icmpv6}) and {@code -1} for all; ports are kept only for the protocols that have them.
 */
final class Permissions {
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*/\\d{1,3}");
    private static final Pattern DESCRIPTION = Pattern.compile("[a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]*");

    /** What a rule matches: everything but its id, description and tags. */
    record Match(boolean egress, String protocol, Integer from, Integer to, String cidrIpv4, String cidrIpv6, String prefixListId,
                 String groupId) {
    }

    /** A rule asked for: what it matches, the account of the group it references (if one) and its description. */
    record Wanted(Match match, String userId, String description) {
    }

    /** Resolves a group a rule references, by id or (in the same VPC) by name, to its id; InvalidGroup.NotFound when there is none. */
    interface Groups {
        String resolve(String groupId, String groupName);
    }

    private Permissions() {
    }

    /** The rules the IpPermissions ask for, each checked as EC2 checks them. */
    static List<Wanted> parse(boolean egress, List<IpPermission> permissions, String account, Groups groups) {
        List<Wanted> out = new ArrayList<>();
        for (IpPermission p : permissions) {
            String protocol = protocol(p.ipProtocol());
            Integer from = null;
            Integer to = null;
            if (protocol.equals("tcp") || protocol.equals("udp")) {
                if (p.fromPort() == null || p.toPort() == null) {
                    throw new AwsException("InvalidParameterValue", "Invalid value 'null' for portRange. Must specify both from and to ports "
                            + "with TCP/UDP.");
                }
                if (p.fromPort() < 0 || p.toPort() > 65535 || p.fromPort() > p.toPort()) {
                    throw new AwsException("InvalidParameterValue", "Invalid value '" + p.fromPort() + "-" + p.toPort()
                            + "' for portRange. Must be within 0 and 65535, and the from port must not be greater than the to port.");
                }
                from = p.fromPort();
                to = p.toPort();
            } else if (protocol.equals("icmp") || protocol.equals("icmpv6")) {
                from = p.fromPort() == null ? -1 : p.fromPort();
                to = p.toPort() == null ? -1 : p.toPort();
                if (from < -1 || from > 255 || to < -1 || to > 255) {
                    throw new AwsException("InvalidParameterValue", "Invalid value '" + from + "," + to + "' for icmp type and code.");
                }
            }
            int before = out.size();
            for (IpRange r : list(p.ipRanges())) {
                Cidr cidr = Cidr.parse(r.cidrIp()).orElseThrow(() -> new AwsException("InvalidParameterValue",
                        "CIDR block " + r.cidrIp() + " is malformed"));
                out.add(new Wanted(new Match(egress, protocol, from, to, cidr.toString(), null, null, null), null, description(r.description())));
            }
            for (Ipv6Range r : list(p.ipv6Ranges())) {
                if (r.cidrIpv6() == null || !IPV6_CIDR.matcher(r.cidrIpv6()).matches()) {
                    throw new AwsException("InvalidParameterValue", "CIDR block " + r.cidrIpv6() + " is malformed");
                }
                out.add(new Wanted(new Match(egress, protocol, from, to, null, r.cidrIpv6().toLowerCase(), null, null), null,
                        description(r.description())));
            }
            for (PrefixListId pl : list(p.prefixListIds())) {
                if (pl.prefixListId() == null || !pl.prefixListId().matches("pl-[0-9a-f]{8,17}")) {
                    throw new AwsException("InvalidPrefixListId.Malformed", "The prefix list ID '" + pl.prefixListId() + "' is malformed.");
                }
                out.add(new Wanted(new Match(egress, protocol, from, to, null, null, pl.prefixListId(), null), null,
                        description(pl.description())));
            }
            for (UserIdGroupPair pair : list(p.userIdGroupPairs())) {
                String groupId = groups.resolve(pair.groupId(), pair.groupName());
                out.add(new Wanted(new Match(egress, protocol, from, to, null, null, null, groupId),
                        pair.userId() == null ? account : pair.userId(), description(pair.description())));
            }
            if (out.size() == before) {
                throw new AwsException("InvalidParameterValue", "The request must name a source or destination for each rule: an IP range, "
                        + "an IPv6 range, a prefix list or a security group.");
            }
        }
        return out;
    }

    /** The legacy form (CidrIp, IpProtocol, FromPort, ToPort, SourceSecurityGroupName) as one IpPermission. */
    static IpPermission legacy(String cidrIp, String protocol, Integer from, Integer to, String sourceGroupName, String sourceOwner) {
        if (cidrIp == null && sourceGroupName == null && protocol == null) {
            return null;
        }
        return new IpPermission(protocol == null ? "-1" : protocol, from, to,
                sourceGroupName == null ? null : List.of(new UserIdGroupPair(null, sourceOwner, sourceGroupName, null, null, null, null)),
                cidrIp == null ? null : List.of(new IpRange(null, cidrIp)), null, null);
    }

    /** EC2's name for a protocol given by name or number; {@code -1} for all. */
    static String protocol(String given) {
        String p = given == null ? "" : given.toLowerCase();
        return switch (p) {
            case "tcp", "6" -> "tcp";
            case "udp", "17" -> "udp";
            case "icmp", "1" -> "icmp";
            case "icmpv6", "58" -> "icmpv6";
            case "-1", "all" -> "-1";
            default -> {
                try {
                    int n = Integer.parseInt(p);
                    if (n >= 0 && n <= 255) {
                        yield Integer.toString(n);
                    }
                } catch (NumberFormatException e) {
                    // refused below
                }
                throw new AwsException("InvalidParameterValue", "Invalid value '" + given + "' for IP protocol. Unknown protocol.");
            }
        };
    }

    /** The rule as DescribeSecurityGroupRules shows it (without tags); ports -1 where the protocol has none. */
    static SecurityGroupRule rule(String region, String account, String ruleId, String groupId, Wanted w) {
        Match m = w.match();
        boolean ports = m.from() != null;
        return new SecurityGroupRule(ruleId, groupId, account, m.egress(), m.protocol(), ports ? m.from() : -1, ports ? m.to() : -1,
                m.cidrIpv4(), m.cidrIpv6(), m.prefixListId(),
                m.groupId() == null ? null : new ReferencedSecurityGroup(m.groupId(), null, w.userId(), null, null),
                w.description(), null, ResourceType.SECURITY_GROUP_RULE.arn(region, account, ruleId));
    }

    /** What a stored rule matches. */
    static Match match(SecurityGroupRule r) {
        boolean ports = r.ipProtocol().equals("tcp") || r.ipProtocol().equals("udp") || r.ipProtocol().startsWith("icmp");
        return new Match(r.isEgress(), r.ipProtocol(), ports ? r.fromPort() : null, ports ? r.toPort() : null, r.cidrIpv4(), r.cidrIpv6(),
                r.prefixListId(), r.referencedGroupInfo() == null ? null : r.referencedGroupInfo().groupId());
    }

    /** Rules of one direction gathered as DescribeSecurityGroups shows them: one IpPermission per protocol and port range, in rule order. */
    static List<IpPermission> gather(List<SecurityGroupRule> rules) {
        Map<List<Object>, IpPermission> out = new LinkedHashMap<>();
        for (SecurityGroupRule r : rules) {
            Match m = match(r);
            IpPermission p = out.computeIfAbsent(java.util.Arrays.asList(m.protocol(), m.from(), m.to()),
                    k -> new IpPermission(m.protocol(), m.from(), m.to(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            if (m.cidrIpv4() != null) {
                p.ipRanges().add(new IpRange(r.description(), m.cidrIpv4()));
            } else if (m.cidrIpv6() != null) {
                p.ipv6Ranges().add(new Ipv6Range(r.description(), m.cidrIpv6()));
            } else if (m.prefixListId() != null) {
                p.prefixListIds().add(new PrefixListId(r.description(), m.prefixListId()));
            } else {
                p.userIdGroupPairs().add(new UserIdGroupPair(r.description(), r.referencedGroupInfo().userId(), null, m.groupId(), null, null, null));
            }
        }
        return List.copyOf(out.values());
    }

    /** EC2's words for a rule that already exists. */
    static String describe(Match m) {
        String peer = Objects.requireNonNullElse(m.cidrIpv4(), Objects.requireNonNullElse(m.cidrIpv6(),
                Objects.requireNonNullElse(m.prefixListId(), Optional.ofNullable(m.groupId()).orElse(""))));
        String ports = m.from() == null ? "" : ", from port: " + m.from() + ", to port: " + m.to();
        return "peer: " + peer + ", " + (m.protocol().equals("-1") ? "ALL" : m.protocol().toUpperCase()) + ports + ", ALLOW";
    }

    private static String description(String d) {
        if (d != null && (d.length() > 255 || !DESCRIPTION.matcher(d).matches())) {
            throw new AwsException("InvalidParameterValue", "Invalid rule description. Valid descriptions are strings less than 256 characters "
                    + "from the following set:  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*");
        }
        return d;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
