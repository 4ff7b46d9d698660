package dev.stratus.ec2;

import dev.stratus.ec2.api.CreateSecurityGroupRequest;
import dev.stratus.ec2.api.CreateSecurityGroupResult;
import dev.stratus.ec2.api.DescribeSecurityGroupRulesRequest;
import dev.stratus.ec2.api.DescribeSecurityGroupRulesResult;
import dev.stratus.ec2.api.DescribeSecurityGroupsRequest;
import dev.stratus.ec2.api.DescribeSecurityGroupsResult;
import dev.stratus.ec2.api.GroupIdentifier;
import dev.stratus.ec2.api.IpRange;
import dev.stratus.ec2.api.IpPermission;
import dev.stratus.ec2.api.RevokedSecurityGroupRule;
import dev.stratus.ec2.api.SecurityGroup;
import dev.stratus.ec2.api.SecurityGroupRule;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.ec2.api.UserIdGroupPair;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Security groups and their rules. Every VPC has a group named {@code default} that cannot be
 * deleted, whose rules let in traffic from its own members; every group starts with one egress
 * rule letting out everything. Each rule has its own id ({@code sgr-…}) and may be tagged. A group
 * is named within its VPC; names are accepted in place of ids only in the default VPC, as EC2 does.
 */
final class SecurityGroups {
    /** Its tables, made by the network's migration ({@link Ec2Network}). */
    static final String TABLES = """
            CREATE TABLE ec2_security_group (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              group_id TEXT NOT NULL,
              vpc_id TEXT NOT NULL,
              group_name TEXT NOT NULL,
              description TEXT NOT NULL,
              PRIMARY KEY (account, region, group_id));
            CREATE UNIQUE INDEX ec2_security_group_name ON ec2_security_group (account, region, vpc_id, group_name);
            CREATE TABLE ec2_security_group_rule (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              rule_id TEXT NOT NULL,
              group_id TEXT NOT NULL,
              seq BIGINT NOT NULL,
              doc TEXT NOT NULL,
              PRIMARY KEY (account, region, rule_id));
            CREATE INDEX ec2_security_group_rule_group ON ec2_security_group_rule (account, region, group_id);
            """;

    private static final int MAX_NAME = 255;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]*");

    /** The region's default VPC's id, or empty when it has none. */
    interface DefaultVpc {
        Optional<String> id(Tx tx, String account, String region) throws SQLException;
    }

    /** Whether something outside the network (an instance) uses a group, so it cannot be deleted. */
    interface Users {
        boolean uses(Tx tx, String account, String region, String groupId) throws SQLException;
    }

    private record Group(String id, String vpcId, String name, String description) {
    }

    private static final Filters<SecurityGroup> FILTERS = Filters.<SecurityGroup>of(g -> ResourceTags.map(g.tags()))
            .one("description", SecurityGroup::description)
            .one("group-id", SecurityGroup::groupId)
            .one("group-name", SecurityGroup::groupName)
            .one("owner-id", SecurityGroup::ownerId)
            .one("vpc-id", SecurityGroup::vpcId)
            .many("ip-permission.cidr", g -> cidrs(g.ipPermissions()))
            .many("ip-permission.from-port", g -> g.ipPermissions().stream().map(p -> String.valueOf(p.fromPort())).toList())
            .many("ip-permission.to-port", g -> g.ipPermissions().stream().map(p -> String.valueOf(p.toPort())).toList())
            .many("ip-permission.protocol", g -> g.ipPermissions().stream().map(IpPermission::ipProtocol).toList())
            .many("ip-permission.group-id", g -> pairs(g.ipPermissions()).stream().map(UserIdGroupPair::groupId).toList())
            .many("ip-permission.user-id", g -> pairs(g.ipPermissions()).stream().map(UserIdGroupPair::userId).toList())
            .many("ip-permission.ipv6-cidr", g -> g.ipPermissions().stream().flatMap(p -> p.ipv6Ranges().stream()).map(r -> r.cidrIpv6()).toList())
            .many("ip-permission.prefix-list-id", g -> g.ipPermissions().stream().flatMap(p -> p.prefixListIds().stream())
                    .map(r -> r.prefixListId()).toList())
            .many("egress.ip-permission.cidr", g -> cidrs(g.ipPermissionsEgress()))
            .many("egress.ip-permission.from-port", g -> g.ipPermissionsEgress().stream().map(p -> String.valueOf(p.fromPort())).toList())
            .many("egress.ip-permission.to-port", g -> g.ipPermissionsEgress().stream().map(p -> String.valueOf(p.toPort())).toList())
            .many("egress.ip-permission.protocol", g -> g.ipPermissionsEgress().stream().map(IpPermission::ipProtocol).toList())
            .many("egress.ip-permission.group-id", g -> pairs(g.ipPermissionsEgress()).stream().map(UserIdGroupPair::groupId).toList())
            .many("egress.ip-permission.user-id", g -> pairs(g.ipPermissionsEgress()).stream().map(UserIdGroupPair::userId).toList())
            .many("egress.ip-permission.ipv6-cidr", g -> g.ipPermissionsEgress().stream().flatMap(p -> p.ipv6Ranges().stream())
                    .map(r -> r.cidrIpv6()).toList())
            .many("egress.ip-permission.prefix-list-id", g -> g.ipPermissionsEgress().stream().flatMap(p -> p.prefixListIds().stream())
                    .map(r -> r.prefixListId()).toList())
            .build();
    private static final Filters<SecurityGroupRule> RULE_FILTERS = Filters.<SecurityGroupRule>of(r -> ResourceTags.map(r.tags()))
            .one("group-id", SecurityGroupRule::groupId)
            .one("security-group-rule-id", SecurityGroupRule::securityGroupRuleId)
            .one("is-egress", SecurityGroupRule::isEgress)
            .one("ip-protocol", SecurityGroupRule::ipProtocol)
            .build();

    private final ResourceTags tags;
    private final DefaultVpc defaultVpc;
    private final List<Users> users = new CopyOnWriteArrayList<>();

    SecurityGroups(ResourceTags tags, DefaultVpc defaultVpc) {
        this.tags = tags;
        this.defaultVpc = defaultVpc;
        tags.register(ResourceType.SECURITY_GROUP, (tx, account, region, id) -> group(tx, account, region, id).isPresent());
        tags.register(ResourceType.SECURITY_GROUP_RULE, (tx, account, region, id) -> Rows.exists(tx,
                "SELECT 1 FROM ec2_security_group_rule WHERE account = ? AND region = ? AND rule_id = ?", account, region, id));
    }

    /** Another part of EC2 (instances) tells which groups it uses, so those are not deleted under it. */
    void usedBy(Users user) {
        users.add(user);
    }

    // ---- operations

    CreateSecurityGroupResult create(Tx tx, RequestContext ctx, CreateSecurityGroupRequest in) throws SQLException {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.SECURITY_GROUP));
        String name = in.groupName();
        checkText("groupName", name);
        checkText("groupDescription", in.description());
        if (name.startsWith("sg-")) {
            throw new AwsException("InvalidParameterValue", "Group names may not be in the format sg-*.");
        }
        if (name.equals("default")) {
            throw new AwsException("InvalidGroup.Reserved", "The security group 'default' is reserved");
        }
        String vpcId = in.vpcId() != null ? in.vpcId() : defaultVpc.id(tx, ctx.accountId(), ctx.region())
                .orElseThrow(() -> new AwsException("VPCIdNotSpecified", "No default VPC for this user"));
        Vpcs.find(tx, ctx.accountId(), ctx.region(), vpcId).orElseThrow(() -> ResourceType.VPC.notFound(vpcId));
        if (byName(tx, ctx.accountId(), ctx.region(), vpcId, name).isPresent()) {
            throw new AwsException("InvalidGroup.Duplicate", "The security group '" + name + "' already exists for VPC '" + vpcId + "'");
        }
        String id = insert(tx, ctx.accountId(), ctx.region(), vpcId, name, in.description());
        Map<String, String> given = tags.specified(tx, ctx.accountId(), ctx.region(), ResourceType.SECURITY_GROUP, id, in.tagSpecifications());
        return new CreateSecurityGroupResult(id, ResourceTags.tagSet(given), ResourceType.SECURITY_GROUP.arn(ctx.region(), ctx.accountId(), id));
    }

    /** DeleteSecurityGroup: returns the id of the group deleted. */
    String delete(Tx tx, RequestContext ctx, String groupId, String groupName) throws SQLException {
        Group g = identify(tx, ctx, groupId, groupName);
        if (g.name.equals("default")) {
            throw new AwsException("CannotDelete", "the specified group: \"" + g.id + "\" name: \"default\" cannot be deleted by a user");
        }
        for (SecurityGroupRule r : rules(tx, ctx.accountId(), ctx.region())) {
            if (!r.groupId().equals(g.id) && r.referencedGroupInfo() != null && g.id.equals(r.referencedGroupInfo().groupId())) {
                throw inUse(g.id);
            }
        }
        for (Users u : users) {
            if (u.uses(tx, ctx.accountId(), ctx.region(), g.id)) {
                throw inUse(g.id);
            }
        }
        remove(tx, ctx.accountId(), ctx.region(), g);
        return g.id;
    }

    DescribeSecurityGroupsResult describe(Tx tx, RequestContext ctx, DescribeSecurityGroupsRequest in) throws SQLException {
        String account = ctx.accountId();
        String region = ctx.region();
        List<SecurityGroup> all = render(tx, account, region, groups(tx, account, region, null));
        List<SecurityGroup> named = Rows.named(all, SecurityGroup::groupId, in.groupIds(), ResourceType.SECURITY_GROUP);
        if (in.groupNames() != null && !in.groupNames().isEmpty()) {
            String vpc = defaultVpc.id(tx, account, region).orElse("");
            List<SecurityGroup> byName = new ArrayList<>();
            for (String n : in.groupNames()) {
                byName.add(named.stream().filter(g -> g.vpcId().equals(vpc) && g.groupName().equals(n)).findFirst()
                        .orElseThrow(() -> new AwsException("InvalidGroup.NotFound",
                                "The security group '" + n + "' does not exist in default VPC '" + vpc + "'")));
            }
            named = byName;
        }
        Predicate<SecurityGroup> wanted = FILTERS.parse(in.filters());
        Paging.Page<SecurityGroup> page = Pages.of(ctx, named.stream().filter(wanted).toList(), SecurityGroup::groupId, in.nextToken(),
                in.maxResults(), 5, 1000, in.filters(), in.groupIds(), in.groupNames());
        return new DescribeSecurityGroupsResult(page.nextToken(), page.items());
    }

    DescribeSecurityGroupRulesResult describeRules(Tx tx, RequestContext ctx, DescribeSecurityGroupRulesRequest in) throws SQLException {
        List<SecurityGroupRule> all = new ArrayList<>(withTags(tx, ctx.accountId(), ctx.region(), rules(tx, ctx.accountId(), ctx.region())));
        all.sort((a, b) -> a.securityGroupRuleId().compareTo(b.securityGroupRuleId()));
        List<SecurityGroupRule> named = Rows.named(all, SecurityGroupRule::securityGroupRuleId, in.securityGroupRuleIds(),
                ResourceType.SECURITY_GROUP_RULE);
        Predicate<SecurityGroupRule> wanted = RULE_FILTERS.parse(in.filters());
        Paging.Page<SecurityGroupRule> page = Pages.of(ctx, named.stream().filter(wanted).toList(), SecurityGroupRule::securityGroupRuleId,
                in.nextToken(), in.maxResults(), 5, 1000, in.filters(), in.securityGroupRuleIds());
        return new DescribeSecurityGroupRulesResult(page.items(), page.nextToken());
    }

    /** AuthorizeSecurityGroupIngress/Egress: adds every rule asked for, or none when one already exists. */
    List<SecurityGroupRule> authorize(Tx tx, RequestContext ctx, boolean egress, String groupId, String groupName, List<IpPermission> asked,
                                      List<TagSpecification> specs) throws SQLException {
        ResourceTags.check(specs, Set.of(ResourceType.SECURITY_GROUP_RULE));
        Group g = identify(tx, ctx, egress ? require(groupId) : groupId, groupName);
        List<Permissions.Wanted> wanted = Permissions.parse(egress, permissions(asked), ctx.accountId(), resolver(tx, ctx, g));
        Set<Permissions.Match> held = new HashSet<>();
        for (SecurityGroupRule r : rulesOf(tx, ctx.accountId(), ctx.region(), g.id)) {
            held.add(Permissions.match(r));
        }
        List<SecurityGroupRule> out = new ArrayList<>();
        for (Permissions.Wanted w : wanted) {
            if (!held.add(w.match())) {
                throw new AwsException("InvalidPermission.Duplicate", "the specified rule \"" + Permissions.describe(w.match()) + "\" already exists");
            }
            String ruleId = Ec2Ids.next("sgr");
            SecurityGroupRule rule = Permissions.rule(ctx.region(), ctx.accountId(), ruleId, g.id, w);
            insertRule(tx, ctx.accountId(), ctx.region(), rule);
            Map<String, String> given = tags.specified(tx, ctx.accountId(), ctx.region(), ResourceType.SECURITY_GROUP_RULE, ruleId, specs);
            out.add(Rows.with(rule, "Tags", ResourceTags.tagSet(given)));
        }
        return out;
    }

    /** What a revoke did: the rules revoked, and those asked for that the group does not have. */
    record Revoked(List<RevokedSecurityGroupRule> rules, List<IpPermission> unknown) {
    }

    /**
     * RevokeSecurityGroupIngress/Egress by rule ids or by the rules' properties. A rule the group
     * lacks is InvalidPermission.NotFound, but in the default VPC, where EC2 instead lists it as unknown.
     */
    Revoked revoke(Tx tx, RequestContext ctx, boolean egress, String groupId, String groupName, List<IpPermission> asked, List<String> ruleIds)
            throws SQLException {
        Group g = identify(tx, ctx, egress ? require(groupId) : groupId, groupName);
        List<SecurityGroupRule> held = rulesOf(tx, ctx.accountId(), ctx.region(), g.id).stream().filter(r -> r.isEgress() == egress).toList();
        List<SecurityGroupRule> gone = new ArrayList<>();
        List<IpPermission> unknown = new ArrayList<>();
        if (ruleIds != null && !ruleIds.isEmpty()) {
            for (String id : ruleIds) {
                gone.add(held.stream().filter(r -> r.securityGroupRuleId().equals(id)).findFirst().orElseThrow(() -> new AwsException(
                        "InvalidSecurityGroupRuleId.NotFound", "The security group rule ID '" + id + "' does not exist")));
            }
        } else {
            List<IpPermission> given = permissions(asked);
            boolean inDefaultVpc = defaultVpc.id(tx, ctx.accountId(), ctx.region()).map(g.vpcId::equals).orElse(false);
            for (Permissions.Wanted w : Permissions.parse(egress, given, ctx.accountId(), resolver(tx, ctx, g))) {
                Optional<SecurityGroupRule> found = held.stream().filter(r -> Permissions.match(r).equals(w.match())).findFirst();
                if (found.isPresent()) {
                    gone.add(found.get());
                } else if (inDefaultVpc) {
                    unknown.addAll(Permissions.gather(List.of(Permissions.rule(ctx.region(), ctx.accountId(), "", g.id, w))));
                } else {
                    throw new AwsException("InvalidPermission.NotFound", "The specified rule does not exist in this security group.");
                }
            }
        }
        List<RevokedSecurityGroupRule> out = new ArrayList<>();
        for (SecurityGroupRule r : gone) {
            tx.update("DELETE FROM ec2_security_group_rule WHERE account = ? AND region = ? AND rule_id = ?", ctx.accountId(), ctx.region(),
                    r.securityGroupRuleId());
            tags.forget(tx, ctx.accountId(), ctx.region(), r.securityGroupRuleId());
            out.add(new RevokedSecurityGroupRule(r.securityGroupRuleId(), r.groupId(), r.isEgress(), r.ipProtocol(), r.fromPort(), r.toPort(),
                    r.cidrIpv4(), r.cidrIpv6(), r.prefixListId(), r.referencedGroupInfo() == null ? null : r.referencedGroupInfo().groupId(),
                    r.description()));
        }
        return new Revoked(out, unknown.isEmpty() ? null : unknown);
    }

    // ---- what instances ask

    /** The groups an instance in {@code vpcId} gets: by id, by name (default VPC only), else the VPC's default group. */
    List<GroupIdentifier> forInstance(Tx tx, String account, String region, String vpcId, List<String> ids, List<String> names)
            throws SQLException {
        List<GroupIdentifier> out = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            Group g = group(tx, account, region, id).orElseThrow(() -> ResourceType.SECURITY_GROUP.notFound(id));
            if (!g.vpcId.equals(vpcId)) {
                throw new AwsException("InvalidParameter", "Security group " + id + " and subnet belong to different networks.");
            }
            out.add(new GroupIdentifier(g.id, g.name));
        }
        if (names != null && !names.isEmpty()) {
            if (!defaultVpc.id(tx, account, region).map(vpcId::equals).orElse(false)) {
                throw new AwsException("InvalidParameterCombination", "The parameter groupName cannot be used with the parameter subnet");
            }
            for (String n : names) {
                Group g = byName(tx, account, region, vpcId, n).orElseThrow(() -> new AwsException("InvalidGroup.NotFound",
                        "The security group '" + n + "' does not exist in VPC '" + vpcId + "'"));
                out.add(new GroupIdentifier(g.id, g.name));
            }
        }
        if (out.isEmpty()) {
            Group g = byName(tx, account, region, vpcId, "default").orElseThrow(() -> new AwsException("InvalidGroup.NotFound",
                    "The security group 'default' does not exist in VPC '" + vpcId + "'"));
            out.add(new GroupIdentifier(g.id, g.name));
        }
        return out.stream().distinct().toList();
    }

    // ---- a VPC's members

    /** A VPC's default group: members may talk to each other, and everything may go out. */
    void createDefault(Tx tx, String account, String region, String vpcId) throws SQLException {
        String id = insert(tx, account, region, vpcId, "default", "default VPC security group");
        Permissions.Wanted self = new Permissions.Wanted(new Permissions.Match(false, "-1", null, null, null, null, null, id), account, null);
        insertRule(tx, account, region, Permissions.rule(region, account, Ec2Ids.next("sgr"), id, self));
    }

    /** A VPC with groups of its owner's (other than its default one) cannot be deleted. */
    void checkDeletable(Tx tx, String account, String region, String vpcId) throws SQLException {
        if (groups(tx, account, region, vpcId).stream().anyMatch(g -> !g.name.equals("default"))) {
            throw Vpcs.dependencies(vpcId);
        }
    }

    void vpcDeleted(Tx tx, String account, String region, String vpcId) throws SQLException {
        for (Group g : groups(tx, account, region, vpcId)) {
            remove(tx, account, region, g);
        }
    }

    // ---- the domain

    private String insert(Tx tx, String account, String region, String vpcId, String name, String description) throws SQLException {
        String id = Ec2Ids.next("sg");
        tx.update("INSERT INTO ec2_security_group (account, region, group_id, vpc_id, group_name, description) VALUES (?, ?, ?, ?, ?, ?)",
                account, region, id, vpcId, name, description);
        Permissions.Wanted all = new Permissions.Wanted(new Permissions.Match(true, "-1", null, null, "0.0.0.0/0", null, null, null), null, null);
        insertRule(tx, account, region, Permissions.rule(region, account, Ec2Ids.next("sgr"), id, all));
        return id;
    }

    private static void insertRule(Tx tx, String account, String region, SecurityGroupRule rule) throws SQLException {
        long seq = Rows.number(tx, "SELECT COALESCE(MAX(seq), 0) + 1 FROM ec2_security_group_rule WHERE account = ? AND region = ? AND group_id = ?",
                account, region, rule.groupId());
        tx.update("INSERT INTO ec2_security_group_rule (account, region, rule_id, group_id, seq, doc) VALUES (?, ?, ?, ?, ?, ?)",
                account, region, rule.securityGroupRuleId(), rule.groupId(), seq, Json.string(rule));
    }

    private void remove(Tx tx, String account, String region, Group g) throws SQLException {
        for (SecurityGroupRule r : rulesOf(tx, account, region, g.id)) {
            tags.forget(tx, account, region, r.securityGroupRuleId());
        }
        tx.update("DELETE FROM ec2_security_group_rule WHERE account = ? AND region = ? AND group_id = ?", account, region, g.id);
        tx.update("DELETE FROM ec2_security_group WHERE account = ? AND region = ? AND group_id = ?", account, region, g.id);
        tags.forget(tx, account, region, g.id);
    }

    /** The group a request names by id, or by name in the default VPC. */
    private Group identify(Tx tx, RequestContext ctx, String groupId, String groupName) throws SQLException {
        if (groupId != null) {
            return group(tx, ctx.accountId(), ctx.region(), groupId).orElseThrow(() -> ResourceType.SECURITY_GROUP.notFound(groupId));
        }
        if (groupName == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter groupName or groupId");
        }
        String vpc = defaultVpc.id(tx, ctx.accountId(), ctx.region()).orElse("");
        return byName(tx, ctx.accountId(), ctx.region(), vpc, groupName).orElseThrow(() -> new AwsException("InvalidGroup.NotFound",
                "The security group '" + groupName + "' does not exist in default VPC '" + vpc + "'"));
    }

    private static String require(String groupId) {
        if (groupId == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter groupId");
        }
        return groupId;
    }

    private static List<IpPermission> permissions(List<IpPermission> asked) {
        if (asked == null || asked.isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain the parameter ipPermissions");
        }
        return asked;
    }

    /** Groups a rule references: by id anywhere in the account, by name in the group's own VPC. */
    private Permissions.Groups resolver(Tx tx, RequestContext ctx, Group owner) {
        return (id, name) -> {
            try {
                if (id != null) {
                    return group(tx, ctx.accountId(), ctx.region(), id).orElseThrow(() -> ResourceType.SECURITY_GROUP.notFound(id)).id;
                }
                if (name == null) {
                    throw new AwsException("MissingParameter", "A security group pair must name a group by GroupId or GroupName");
                }
                return byName(tx, ctx.accountId(), ctx.region(), owner.vpcId, name).orElseThrow(() -> new AwsException("InvalidGroup.NotFound",
                        "The security group '" + name + "' does not exist in VPC '" + owner.vpcId + "'")).id;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static AwsException inUse(String groupId) {
        return new AwsException("DependencyViolation", "resource " + groupId + " has a dependent object");
    }

    private static void checkText(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain the parameter " + parameter);
        }
        if (value.length() > MAX_NAME) {
            throw new AwsException("InvalidParameterValue", "Invalid value '" + value + "' for " + parameter
                    + ". Length exceeds maximum of 255 characters.");
        }
        if (!NAME.matcher(value).matches()) {
            throw new AwsException("InvalidParameterValue", "Invalid value '" + value + "' for " + parameter
                    + ". Valid characters are a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=&;{}!$*");
        }
    }

    private static Optional<Group> group(Tx tx, String account, String region, String groupId) throws SQLException {
        List<Group> found = query(tx, "SELECT group_id, vpc_id, group_name, description FROM ec2_security_group "
                + "WHERE account = ? AND region = ? AND group_id = ?", account, region, groupId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private static Optional<Group> byName(Tx tx, String account, String region, String vpcId, String name) throws SQLException {
        List<Group> found = query(tx, "SELECT group_id, vpc_id, group_name, description FROM ec2_security_group "
                + "WHERE account = ? AND region = ? AND vpc_id = ? AND group_name = ?", account, region, vpcId, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** The groups of the account and region, or of one VPC, by id. */
    private static List<Group> groups(Tx tx, String account, String region, String vpcId) throws SQLException {
        return vpcId == null
                ? query(tx, "SELECT group_id, vpc_id, group_name, description FROM ec2_security_group WHERE account = ? AND region = ? "
                + "ORDER BY group_id", account, region)
                : query(tx, "SELECT group_id, vpc_id, group_name, description FROM ec2_security_group WHERE account = ? AND region = ? "
                + "AND vpc_id = ? ORDER BY group_id", account, region, vpcId);
    }

    private static List<Group> query(Tx tx, String sql, Object... params) throws SQLException {
        PreparedStatement ps = tx.sql(sql);
        Tx.bind(ps, params);
        List<Group> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Group(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    private static List<SecurityGroupRule> rules(Tx tx, String account, String region) throws SQLException {
        return Rows.docs(tx, SecurityGroupRule.class, "SELECT doc FROM ec2_security_group_rule WHERE account = ? AND region = ? "
                + "ORDER BY group_id, seq", account, region);
    }

    private static List<SecurityGroupRule> rulesOf(Tx tx, String account, String region, String groupId) throws SQLException {
        return Rows.docs(tx, SecurityGroupRule.class, "SELECT doc FROM ec2_security_group_rule WHERE account = ? AND region = ? "
                + "AND group_id = ? ORDER BY seq", account, region, groupId);
    }

    private List<SecurityGroupRule> withTags(Tx tx, String account, String region, List<SecurityGroupRule> rules) throws SQLException {
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, account, region, ResourceType.SECURITY_GROUP_RULE);
        List<SecurityGroupRule> out = new ArrayList<>();
        for (SecurityGroupRule r : rules) {
            Map<String, String> t = tagged.get(r.securityGroupRuleId());
            out.add(t == null ? r : Rows.with(r, "Tags", ResourceTags.tagSet(t)));
        }
        return out;
    }

    private List<SecurityGroup> render(Tx tx, String account, String region, List<Group> groups) throws SQLException {
        Map<String, List<SecurityGroupRule>> byGroup = new LinkedHashMap<>();
        for (SecurityGroupRule r : rules(tx, account, region)) {
            byGroup.computeIfAbsent(r.groupId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, account, region, ResourceType.SECURITY_GROUP);
        List<SecurityGroup> out = new ArrayList<>();
        for (Group g : groups) {
            List<SecurityGroupRule> rules = byGroup.getOrDefault(g.id, List.of());
            out.add(new SecurityGroup(g.id, Permissions.gather(rules.stream().filter(SecurityGroupRule::isEgress).toList()),
                    ResourceTags.tagSet(tagged.get(g.id)), g.vpcId, ResourceType.SECURITY_GROUP.arn(region, account, g.id), account, g.name,
                    g.description, Permissions.gather(rules.stream().filter(r -> !r.isEgress()).toList())));
        }
        return out;
    }

    private static List<String> cidrs(List<IpPermission> permissions) {
        return permissions.stream().flatMap(p -> p.ipRanges().stream()).map(IpRange::cidrIp).toList();
    }

    private static List<UserIdGroupPair> pairs(List<IpPermission> permissions) {
        return permissions.stream().flatMap(p -> p.userIdGroupPairs().stream()).toList();
    }
}
