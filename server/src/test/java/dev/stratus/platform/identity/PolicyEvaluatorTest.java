package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.identity.Authorizer.Decision;
import dev.stratus.platform.identity.EvaluationResult.MatchedStatement;
import dev.stratus.platform.identity.EvaluationResult.PolicyKind;
import dev.stratus.platform.identity.EvaluationResult.Reason;
import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
    static final String ACCOUNT = "123456789012";
    static final String OTHER = "111122223333";
    static final Principal ALICE = user(ACCOUNT, "alice");
    static final Principal BOB = user(ACCOUNT, "bob");
    static final Principal ROOT = new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT);
    static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/app-role";
    static final Principal SESSION = new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::" + ACCOUNT + ":assumed-role/app-role/i-0abc", ACCOUNT);
    static final Principal EVENTS = Principal.service("events.amazonaws.com");
    static final String KEY = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";

    static Principal user(String account, String name) {
        return new Principal(Principal.Type.USER, "arn:aws:iam::" + account + ":user/" + name, account);
    }

    /** A policy written with single quotes, for legibility. */
    static CompiledPolicy policy(String json) {
        return CompiledPolicy.of(json.replace('\'', '"'));
    }

    static CompiledPolicy allow(String action, String resource) {
        return policy("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'" + action + "','Resource':'" + resource + "'}]}");
    }

    static CompiledPolicy deny(String action, String resource) {
        return policy("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Action':'" + action + "','Resource':'" + resource + "'}]}");
    }

    /** A resource policy with one Allow statement naming {@code principal} (JSON, single-quoted). */
    static CompiledPolicy resourceAllow(String principal, String action, String resource) {
        return policy("{'Version':'2012-10-17','Statement':[{'Sid':'grant','Effect':'Allow','Principal':" + principal + ",'Action':'" + action
                + "','Resource':'" + resource + "'}]}");
    }

    static EvaluationResult evaluate(Principal who, String action, String resource, PolicySet policies) {
        return evaluate(who, action, resource, policies, Map.of());
    }

    static EvaluationResult evaluate(Principal who, String action, String resource, PolicySet policies, Map<String, List<String>> context) {
        return PolicyEvaluator.evaluate(new EvaluationRequest(who, action, resource, context), policies);
    }

    static PolicySet identity(CompiledPolicy... policies) {
        return PolicySet.identityOnly(List.of(policies));
    }

    @Test
    void nothingAllowsSoTheRequestIsImplicitlyDeniedInAwsWords() {
        EvaluationResult r = evaluate(ALICE, "kms:Decrypt", KEY, identity());
        assertEquals(Decision.IMPLICIT_DENY, r.decision());
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: kms:Decrypt on resource: " + KEY
                + " because no identity-based policy allows the kms:Decrypt action", r.accessDeniedMessage());
        assertEquals(List.of(), r.matchedStatements());
    }

    @Test
    void anAllowAllowsAndADenyAnywhereOverridesIt() {
        assertEquals(Decision.ALLOW, evaluate(ALICE, "kms:Decrypt", KEY, identity(allow("kms:Decrypt", KEY))).decision());
        EvaluationResult r = evaluate(ALICE, "kms:Decrypt", KEY, identity(allow("kms:*", "*"), deny("kms:Decrypt", "*")));
        assertEquals(Decision.EXPLICIT_DENY, r.decision());
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: kms:Decrypt on resource: " + KEY
                + " with an explicit deny in an identity-based policy", r.accessDeniedMessage());
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: kms:Decrypt on resource: " + KEY
                + " with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/NoKms",
                r.accessDeniedMessage("arn:aws:iam::123456789012:policy/NoKms"), "the denying policy's ARN, as AWS adds it");
        assertEquals(Optional.of(new MatchedStatement(PolicyKind.IDENTITY, 1, 0, null, false)), r.denyingStatement());
        assertThrows(IllegalStateException.class, () -> evaluate(ALICE, "kms:Decrypt", KEY, identity(allow("*", "*"))).accessDeniedMessage());
    }

    @Test
    void actionsMatchWithoutCaseAndResourcesWithIt() {
        assertTrue(evaluate(ALICE, "kms:Decrypt", KEY, identity(allow("KMS:decrypt*", KEY))).allowed());
        assertEquals(Decision.IMPLICIT_DENY, evaluate(ALICE, "kms:Decrypt", KEY, identity(allow("kms:En*", KEY))).decision());
        assertTrue(evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/x", identity(allow("s3:Get?bject", "arn:aws:s3:::bucket/*"))).allowed());
        assertEquals(Decision.IMPLICIT_DENY,
                evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/x", identity(allow("s3:GetObject", "arn:aws:s3:::Bucket/*"))).decision());
        assertTrue(evaluate(ALICE, "sqs:ListQueues", "*", identity(allow("sqs:*", "*"))).allowed(), "a request without a resource needs *");
        assertEquals(Decision.IMPLICIT_DENY,
                evaluate(ALICE, "sqs:ListQueues", "*", identity(allow("sqs:*", "arn:aws:sqs:us-east-1:123456789012:*"))).decision());
    }

    @Test
    void theMessageLeavesOutTheResourceWhereTheRequestNamesNone() {
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: cloudwatch:PutMetricData"
                + " because no identity-based policy allows the cloudwatch:PutMetricData action",
                evaluate(ALICE, "cloudwatch:PutMetricData", "*", identity()).accessDeniedMessage());
    }

    /** The example of AWS's "Policy evaluation logic" page: Carlos, his bucket and its logs. */
    @Test
    void awsExampleIdentityAndBucketPolicies() {
        CompiledPolicy carlos = policy("""
                {'Version':'2012-10-17','Statement':[
                 {'Sid':'AllowS3ListRead','Effect':'Allow','Action':['s3:GetBucketLocation','s3:GetAccountPublicAccessBlock','s3:ListAccessPoints',
                   's3:ListAllMyBuckets'],'Resource':'arn:aws:s3:::*'},
                 {'Sid':'AllowS3Self','Effect':'Allow','Action':'s3:*','Resource':['arn:aws:s3:::carlossalazar/*','arn:aws:s3:::carlossalazar']},
                 {'Sid':'DenyS3Logs','Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::*log*'}]}""");
        CompiledPolicy bucket = policy("""
                {'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::123456789012:user/carlossalazar'},
                 'Action':'s3:*','Resource':['arn:aws:s3:::carlossalazar/*','arn:aws:s3:::carlossalazar']}]}""");
        Principal who = user(ACCOUNT, "carlossalazar");
        PolicySet set = identity(carlos).withResource(bucket, ACCOUNT);
        EvaluationResult logs = evaluate(who, "s3:PutObject", "arn:aws:s3:::carlossalazar-logs/f", set);
        assertEquals(Reason.EXPLICIT_DENY_IDENTITY_POLICY, logs.reason());
        assertEquals(List.of(new MatchedStatement(PolicyKind.IDENTITY, 0, 2, "DenyS3Logs", false)), logs.matchedStatements());
        EvaluationResult own = evaluate(who, "s3:PutObject", "arn:aws:s3:::carlossalazar/f", set);
        assertEquals(Decision.ALLOW, own.decision());
        assertEquals(List.of(new MatchedStatement(PolicyKind.RESOURCE, 0, 0, null, true), new MatchedStatement(PolicyKind.IDENTITY, 0, 1,
                "AllowS3Self", true)), own.matchedStatements());
        assertTrue(evaluate(who, "s3:ListAllMyBuckets", "arn:aws:s3:::anything", set).allowed());
        assertTrue(evaluate(who, "s3:PutObject", "arn:aws:s3:::carlossalazar/f", PolicySet.resourceOnly(bucket, ACCOUNT)).allowed(),
                "either the identity-based or the resource-based policy allowing is enough");
    }

    /** The example of "The difference between explicit and implicit denies". */
    @Test
    void awsExampleExplicitAndImplicitDenies() {
        PolicySet set = identity(policy("""
                {'Version':'2012-10-17','Statement':[{'Sid':'AllowGetList','Effect':'Allow','Action':['iam:Get*','iam:List*'],'Resource':'*'},
                 {'Sid':'DenyReports','Effect':'Deny','Action':'iam:*Report','Resource':'*'}]}"""));
        assertEquals(Decision.ALLOW, evaluate(ALICE, "iam:GetUser", "*", set).decision());
        assertEquals(Decision.IMPLICIT_DENY, evaluate(ALICE, "iam:CreatePolicy", "*", set).decision());
        assertEquals(Decision.EXPLICIT_DENY, evaluate(ALICE, "iam:GetOrganizationsAccessReport", "*", set).decision());
        assertEquals(Decision.EXPLICIT_DENY, evaluate(ALICE, "iam:GenerateCredentialReport", "*", set).decision());
    }

    @Test
    void notActionAndNotResourceApplyToEverythingTheyDoNotName() {
        PolicySet set = identity(policy("""
                {'Version':'2012-10-17','Statement':[{'Effect':'Allow','NotAction':'iam:*','Resource':'*'},
                 {'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::mine','arn:aws:s3:::mine/*']}]}"""));
        assertEquals(Decision.ALLOW, evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::mine/x", set).decision());
        assertEquals(Decision.ALLOW, evaluate(ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:q", set).decision());
        assertEquals(Decision.IMPLICIT_DENY, evaluate(ALICE, "iam:CreateUser", "*", set).decision());
        assertEquals(Decision.EXPLICIT_DENY, evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::theirs/x", set).decision());
        assertEquals(Decision.EXPLICIT_DENY, evaluate(ALICE, "s3:ListAllMyBuckets", "*", set).decision(), "* is not mine");
    }

    @Test
    void conditionsOfAStatementMustAllHold() {
        PolicySet set = identity(policy("""
                {'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'ec2:RunInstances','Resource':'*',
                 'Condition':{'StringEquals':{'aws:RequestedRegion':['us-east-1','eu-west-1'],'aws:PrincipalTag/team':'blue'},
                              'Bool':{'aws:SecureTransport':true}}}]}"""));
        Map<String, List<String>> all = Map.of("aws:RequestedRegion", List.of("eu-west-1"), "aws:PrincipalTag/team", List.of("blue"),
                "aws:SecureTransport", List.of("true"));
        assertTrue(evaluate(ALICE, "ec2:RunInstances", "*", set, all).allowed());
        assertEquals(Decision.IMPLICIT_DENY, evaluate(ALICE, "ec2:RunInstances", "*", set, Map.of("aws:RequestedRegion", List.of("eu-west-1"),
                "aws:PrincipalTag/team", List.of("red"), "aws:SecureTransport", List.of("true"))).decision());
        EvaluationResult missing = evaluate(ALICE, "ec2:RunInstances", "*", set, Map.of("aws:RequestedRegion", List.of("us-east-1")));
        assertEquals(Decision.IMPLICIT_DENY, missing.decision());
        assertEquals(List.of("aws:PrincipalTag/team", "aws:SecureTransport"), missing.missingContextKeys(), "SimulatePolicy's MissingContextValues");
        assertEquals(List.of(), evaluate(ALICE, "s3:GetObject", "*", set).missingContextKeys(), "only statements about the request count");
    }

    @Test
    void aSameAccountResourcePolicyNamingTheUserAllowsWhateverElseSays() {
        CompiledPolicy bucket = resourceAllow("{'AWS':'arn:aws:iam::123456789012:user/alice'}", "s3:GetObject", "arn:aws:s3:::b/*");
        PolicySet set = identity().withResource(bucket, ACCOUNT).withBoundary(allow("sqs:*", "*"));
        assertEquals(Decision.ALLOW, evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::b/k", set).decision(),
                "not limited by an implicit deny in the identity-based policies or the boundary");
        assertEquals(Reason.NO_IDENTITY_POLICY_ALLOWS, evaluate(BOB, "s3:GetObject", "arn:aws:s3:::b/k", set).reason());
        assertEquals(Reason.EXPLICIT_DENY_PERMISSIONS_BOUNDARY,
                evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::b/k", set.withBoundary(deny("s3:*", "*"))).reason(), "an explicit deny still wins");
    }

    @Test
    void aResourcePolicyNamingTheRoleGrantsItsSessionsWithinTheirBoundaryAndSessionPolicies() {
        CompiledPolicy queue = resourceAllow("{'AWS':'" + ROLE + "'}", "sqs:SendMessage", "*");
        String q = "arn:aws:sqs:us-east-1:123456789012:q";
        assertEquals(Decision.ALLOW, evaluate(SESSION, "sqs:SendMessage", q, identity().withResource(queue, ACCOUNT)).decision(),
                "no identity-based policy needed");
        EvaluationResult bounded = evaluate(SESSION, "sqs:SendMessage", q, identity().withResource(queue, ACCOUNT).withBoundary(allow("s3:*", "*")));
        assertEquals(Reason.NO_PERMISSIONS_BOUNDARY_ALLOWS, bounded.reason());
        assertEquals("User: arn:aws:sts::123456789012:assumed-role/app-role/i-0abc is not authorized to perform: sqs:SendMessage on resource: " + q
                + " because no permissions boundary allows the sqs:SendMessage action", bounded.accessDeniedMessage());
        EvaluationResult scoped = evaluate(SESSION, "sqs:SendMessage", q, identity().withResource(queue, ACCOUNT).withSession(List.of(allow("s3:*", "*"))));
        assertEquals(Reason.NO_SESSION_POLICY_ALLOWS, scoped.reason());
        assertEquals("User: arn:aws:sts::123456789012:assumed-role/app-role/i-0abc is not authorized to perform: sqs:SendMessage on resource: " + q
                + " because no session policy allows the sqs:SendMessage action", scoped.accessDeniedMessage());
    }

    @Test
    void aResourcePolicyNamingTheSessionOrEveryoneIsNotLimitedByBoundaryOrSessionPolicies() {
        String q = "arn:aws:sqs:us-east-1:123456789012:q";
        PolicySet limits = identity().withBoundary(allow("s3:*", "*")).withSession(List.of(allow("s3:*", "*")));
        for (String principal : List.of("{'AWS':'" + SESSION.id() + "'}", "'*'", "{'AWS':'*'}")) {
            CompiledPolicy queue = resourceAllow(principal, "sqs:SendMessage", q);
            assertEquals(Decision.ALLOW, evaluate(SESSION, "sqs:SendMessage", q, limits.withResource(queue, ACCOUNT)).decision(), principal);
        }
    }

    @Test
    void aResourcePolicyNamingTheAccountLeavesItToIdentityBasedPolicies() {
        String q = "arn:aws:sqs:us-east-1:123456789012:q";
        for (String account : List.of("{'AWS':'123456789012'}", "{'AWS':'arn:aws:iam::123456789012:root'}")) {
            CompiledPolicy queue = resourceAllow(account, "sqs:*", q);
            assertEquals(Reason.NO_IDENTITY_POLICY_ALLOWS, evaluate(ALICE, "sqs:SendMessage", q, identity().withResource(queue, ACCOUNT)).reason());
            assertEquals(Decision.ALLOW, evaluate(ALICE, "sqs:SendMessage", q, identity(allow("sqs:*", "*")).withResource(queue, ACCOUNT)).decision());
        }
    }

    @Test
    void anExplicitDenyInAResourcePolicyIsNamedSoAndNeverCarriesAPolicyArn() {
        String q = "arn:aws:sqs:us-east-1:123456789012:q";
        CompiledPolicy queue = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Principal':'*','Action':'sqs:*','Resource':'" + q
                + "','Condition':{'Bool':{'aws:SecureTransport':'false'}}}]}");
        PolicySet set = identity(allow("sqs:*", "*")).withResource(queue, ACCOUNT);
        EvaluationResult r = evaluate(ALICE, "sqs:SendMessage", q, set, Map.of("aws:SecureTransport", List.of("false")));
        assertEquals(Reason.EXPLICIT_DENY_RESOURCE_POLICY, r.reason());
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sqs:SendMessage on resource: " + q
                + " with an explicit deny in a resource-based policy", r.accessDeniedMessage("arn:aws:iam::123456789012:policy/x"));
        assertTrue(evaluate(ALICE, "sqs:SendMessage", q, set, Map.of("aws:SecureTransport", List.of("true"))).allowed());
    }

    @Test
    void aPermissionsBoundaryLimitsIdentityBasedPolicies() {
        PolicySet set = identity(allow("s3:*", "*"), allow("sqs:*", "*")).withBoundary(allow("s3:*", "*"));
        assertEquals(Decision.ALLOW, evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::b/k", set).decision());
        EvaluationResult r = evaluate(ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:q", set);
        assertEquals(Reason.NO_PERMISSIONS_BOUNDARY_ALLOWS, r.reason());
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sqs:SendMessage on resource:"
                + " arn:aws:sqs:us-east-1:123456789012:q because no permissions boundary allows the sqs:SendMessage action", r.accessDeniedMessage());
        assertEquals(Reason.NO_IDENTITY_POLICY_ALLOWS, evaluate(ALICE, "kms:Decrypt", KEY, identity().withBoundary(allow("*", "*"))).reason(),
                "a boundary grants nothing by itself");
        EvaluationResult denied = evaluate(ALICE, "s3:DeleteObject", "arn:aws:s3:::b/k", set.withBoundary(policy("""
                {'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'*'},
                 {'Effect':'Deny','Action':'s3:Delete*','Resource':'*'}]}""")));
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:DeleteObject on resource: arn:aws:s3:::b/k"
                + " with an explicit deny in a permissions boundary: arn:aws:iam::123456789012:policy/Boundary",
                denied.accessDeniedMessage("arn:aws:iam::123456789012:policy/Boundary"));
    }

    @Test
    void sessionPoliciesLimitTheRolesPoliciesAndAnyOfThemMayAllow() {
        PolicySet role = identity(allow("s3:*", "*"), allow("sqs:*", "*"));
        PolicySet scoped = role.withSession(List.of(allow("s3:GetObject", "*"), allow("sqs:ReceiveMessage", "*")));
        assertTrue(evaluate(SESSION, "s3:GetObject", "arn:aws:s3:::b/k", scoped).allowed());
        assertTrue(evaluate(SESSION, "sqs:ReceiveMessage", "arn:aws:sqs:us-east-1:123456789012:q", scoped).allowed());
        assertEquals(Reason.NO_SESSION_POLICY_ALLOWS, evaluate(SESSION, "s3:PutObject", "arn:aws:s3:::b/k", scoped).reason());
        assertEquals(Reason.NO_IDENTITY_POLICY_ALLOWS, evaluate(SESSION, "kms:Decrypt", KEY, identity().withSession(List.of(allow("*", "*")))).reason(),
                "a session policy grants nothing by itself");
        EvaluationResult r = evaluate(SESSION, "s3:GetObject", "arn:aws:s3:::b/k", role.withSession(List.of(policy("""
                {'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':'*'},{'Effect':'Deny','Action':'s3:*','Resource':'*'}]}"""))));
        assertEquals(Reason.EXPLICIT_DENY_SESSION_POLICY, r.reason());
        assertTrue(r.accessDeniedMessage().endsWith(" with an explicit deny in a session policy"));
        assertTrue(evaluate(SESSION, "s3:PutObject", "arn:aws:s3:::b/k", role).allowed(), "a session without session policies has its role's");
    }

    @Test
    void theAccountRootMayDoAnythingNoResourcePolicyDeniesIt() {
        assertTrue(evaluate(ROOT, "kms:Decrypt", KEY, identity()).allowed());
        assertTrue(evaluate(ROOT, "kms:Decrypt", KEY, identity(deny("*", "*"))).allowed(), "the root has no identity-based policies");
        CompiledPolicy denyAccount = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Principal':{'AWS':'123456789012'},"
                + "'Action':'kms:*','Resource':'*'}]}");
        assertEquals(Reason.EXPLICIT_DENY_RESOURCE_POLICY, evaluate(ROOT, "kms:Decrypt", KEY, PolicySet.resourceOnly(denyAccount, ACCOUNT)).reason());
        CompiledPolicy denyBob = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Principal':{'AWS':'" + BOB.id()
                + "'},'Action':'kms:*','Resource':'*'}]}");
        assertTrue(evaluate(ROOT, "kms:Decrypt", KEY, PolicySet.resourceOnly(denyBob, ACCOUNT)).allowed());
        Principal otherRoot = new Principal(Principal.Type.ROOT, "arn:aws:iam::" + OTHER + ":root", OTHER);
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, evaluate(otherRoot, "kms:Decrypt", KEY, PolicySet.resourceOnly(denyBob, ACCOUNT)).reason(),
                "another account's root needs the resource policy");
        assertTrue(evaluate(otherRoot, "kms:Decrypt", KEY, PolicySet.resourceOnly(resourceAllow("{'AWS':'" + OTHER + "'}", "kms:*", "*"), ACCOUNT))
                .allowed());
    }

    @Test
    void aServicePrincipalIsDecidedByTheResourcePolicyAlone() {
        String function = "arn:aws:lambda:us-east-1:123456789012:function:f";
        String rule = "arn:aws:events:us-east-1:123456789012:rule/nightly";
        CompiledPolicy permission = policy("{'Version':'2012-10-17','Id':'default','Statement':[{'Sid':'events','Effect':'Allow',"
                + "'Principal':{'Service':'events.amazonaws.com'},'Action':'lambda:InvokeFunction','Resource':'" + function + "',"
                + "'Condition':{'ArnLike':{'AWS:SourceArn':'" + rule + "'}}}]}");
        PolicySet set = PolicySet.resourceOnly(permission, ACCOUNT);
        assertTrue(evaluate(EVENTS, "lambda:InvokeFunction", function, set, Map.of("aws:SourceArn", List.of(rule))).allowed());
        EvaluationResult other = evaluate(EVENTS, "lambda:InvokeFunction", function, set,
                Map.of("aws:SourceArn", List.of("arn:aws:events:us-east-1:123456789012:rule/other")));
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, other.reason());
        assertEquals("User: events.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: " + function
                + " because no resource-based policy allows the lambda:InvokeFunction action", other.accessDeniedMessage());
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, evaluate(EVENTS, "lambda:InvokeFunction", function, identity(allow("*", "*"))).reason(),
                "identity-based policies are not a service's");
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, evaluate(Principal.service("sns.amazonaws.com"), "lambda:InvokeFunction", function, set,
                Map.of("aws:SourceArn", List.of(rule))).reason());
        CompiledPolicy queue = resourceAllow("{'AWS':'*'}", "sqs:SendMessage", "*");
        assertTrue(evaluate(Principal.service("sns.amazonaws.com"), "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:q",
                PolicySet.resourceOnly(queue, ACCOUNT)).allowed(), "{\"AWS\":\"*\"} is everyone, services too");
    }

    @Test
    void anotherAccountsResourceNeedsBothSidesToAllow() {
        Principal carol = user(OTHER, "carol");
        String q = "arn:aws:sqs:us-east-1:123456789012:q";
        CompiledPolicy trustsOther = resourceAllow("{'AWS':'" + OTHER + "'}", "sqs:SendMessage", q);
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, evaluate(carol, "sqs:SendMessage", q,
                identity(allow("sqs:*", "*")).withResource(resourceAllow("{'AWS':'" + ACCOUNT + "'}", "sqs:*", q), ACCOUNT)).reason());
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, evaluate(carol, "sqs:SendMessage", q, identity(allow("sqs:*", "*"))
                .withResource(policy("{'Statement':[]}"), ACCOUNT)).reason());
        assertEquals(Reason.NO_IDENTITY_POLICY_ALLOWS, evaluate(carol, "sqs:SendMessage", q, identity().withResource(trustsOther, ACCOUNT)).reason());
        assertTrue(evaluate(carol, "sqs:SendMessage", q, identity(allow("sqs:*", "*")).withResource(trustsOther, ACCOUNT)).allowed());
        assertEquals(Reason.NO_IDENTITY_POLICY_ALLOWS, evaluate(carol, "sqs:SendMessage", q,
                identity().withResource(resourceAllow("{'AWS':'" + carol.id() + "'}", "sqs:*", q), ACCOUNT)).reason(),
                "across accounts even a grant by name needs the caller's own policies");
    }

    @Test
    void aKeyPolicyMustAllowEitherDirectlyOrByLettingIamPoliciesDecide() {
        CompiledPolicy defaultKeyPolicy = policy("""
                {'Version':'2012-10-17','Id':'key-default-1','Statement':[{'Sid':'Enable IAM User Permissions','Effect':'Allow',
                 'Principal':{'AWS':'arn:aws:iam::123456789012:root'},'Action':'kms:*','Resource':'*'}]}""");
        PolicySet withIam = identity(allow("kms:Decrypt", KEY)).withResource(defaultKeyPolicy, ACCOUNT).requiringResourcePolicy();
        assertTrue(evaluate(SESSION, "kms:Decrypt", KEY, withIam).allowed());
        EvaluationResult noIam = evaluate(SESSION, "kms:Decrypt", KEY, identity().withResource(defaultKeyPolicy, ACCOUNT).requiringResourcePolicy());
        assertEquals("User: arn:aws:sts::123456789012:assumed-role/app-role/i-0abc is not authorized to perform: kms:Decrypt on resource: " + KEY
                + " because no identity-based policy allows the kms:Decrypt action", noIam.accessDeniedMessage());
        CompiledPolicy adminsOnly = resourceAllow("{'AWS':'arn:aws:iam::123456789012:user/admin'}", "kms:*", "*");
        EvaluationResult r = evaluate(SESSION, "kms:Decrypt", KEY, identity(allow("kms:*", "*")).withResource(adminsOnly, ACCOUNT).requiringResourcePolicy());
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, r.reason(), "IAM policies count only where the key policy lets them");
        assertTrue(r.accessDeniedMessage().endsWith(" because no resource-based policy allows the kms:Decrypt action"));
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, evaluate(ROOT, "kms:Decrypt", KEY, PolicySet.resourceOnly(adminsOnly, ACCOUNT)
                .requiringResourcePolicy()).reason(), "a key policy binds the root too");
        assertTrue(evaluate(ROOT, "kms:Decrypt", KEY, PolicySet.resourceOnly(defaultKeyPolicy, ACCOUNT).requiringResourcePolicy()).allowed());
        CompiledPolicy namesRole = resourceAllow("{'AWS':'" + ROLE + "'}", "kms:Decrypt", "*");
        assertTrue(evaluate(SESSION, "kms:Decrypt", KEY, identity().withResource(namesRole, ACCOUNT).requiringResourcePolicy()).allowed());
    }

    @Test
    void aRoleArnMatchesItsSessionsAndThePathComesFromPrincipalArn() {
        String q = "arn:aws:sqs:us-east-1:123456789012:q";
        assertTrue(evaluate(SESSION, "sqs:SendMessage", q, PolicySet.resourceOnly(resourceAllow("{'AWS':'" + ROLE + "'}", "sqs:*", q), ACCOUNT))
                .allowed());
        assertEquals(Reason.NO_IDENTITY_POLICY_ALLOWS, evaluate(SESSION, "sqs:SendMessage", q,
                PolicySet.resourceOnly(resourceAllow("{'AWS':'arn:aws:iam::123456789012:role/other-role'}", "sqs:*", q), ACCOUNT)).reason());
        String withPath = "arn:aws:iam::123456789012:role/service-role/app-role";
        CompiledPolicy pathPolicy = resourceAllow("{'AWS':'" + withPath + "'}", "sqs:*", q);
        assertTrue(evaluate(SESSION, "sqs:SendMessage", q, PolicySet.resourceOnly(pathPolicy, ACCOUNT),
                Map.of("aws:PrincipalArn", List.of(withPath))).allowed());
        assertEquals(Reason.NO_IDENTITY_POLICY_ALLOWS, evaluate(SESSION, "sqs:SendMessage", q, PolicySet.resourceOnly(pathPolicy, ACCOUNT)).reason(),
                "without aws:PrincipalArn the role's path is unknown");
        assertTrue(evaluate(SESSION, "sqs:SendMessage", q, PolicySet.resourceOnly(policy("{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
                + "'Principal':'*','Action':'sqs:*','Resource':'*','Condition':{'ArnEquals':{'aws:PrincipalArn':'" + ROLE + "'}}}]}"), ACCOUNT))
                .allowed(), "aws:PrincipalArn of a session is its role");
    }

    /** The examples of AWS's NotPrincipal page: a Deny for all but the principals named, with their account and role. */
    @Test
    void notPrincipalWithDenyLeavesOutOnlyPrincipalsNamedAtEveryLevel() {
        String bucket = "arn:aws:s3:::BUCKETNAME/*";
        CompiledPolicy allButBob = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','NotPrincipal':{'AWS':['" + BOB.id()
                + "','arn:aws:iam::123456789012:root']},'Action':'s3:*','Resource':'" + bucket + "'}]}");
        PolicySet set = identity(allow("s3:*", "*")).withResource(allButBob, ACCOUNT);
        assertTrue(evaluate(BOB, "s3:GetObject", "arn:aws:s3:::BUCKETNAME/k", set).allowed());
        assertEquals(Reason.EXPLICIT_DENY_RESOURCE_POLICY, evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::BUCKETNAME/k", set).reason());
        CompiledPolicy bobWithoutAccount = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','NotPrincipal':{'AWS':'" + BOB.id()
                + "'},'Action':'s3:*','Resource':'" + bucket + "'}]}");
        assertEquals(Reason.EXPLICIT_DENY_RESOURCE_POLICY, evaluate(BOB, "s3:GetObject", "arn:aws:s3:::BUCKETNAME/k",
                identity(allow("s3:*", "*")).withResource(bobWithoutAccount, ACCOUNT)).reason(), "the account left unnamed is denied");
        CompiledPolicy session = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','NotPrincipal':{'AWS':['" + SESSION.id() + "','"
                + ROLE + "','arn:aws:iam::123456789012:root']},'Action':'s3:*','Resource':'" + bucket + "'}]}");
        assertTrue(evaluate(SESSION, "s3:GetObject", "arn:aws:s3:::BUCKETNAME/k", identity(allow("s3:*", "*")).withResource(session, ACCOUNT)).allowed());
        CompiledPolicy sessionWithoutRole = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','NotPrincipal':{'AWS':['" + SESSION.id()
                + "','arn:aws:iam::123456789012:root']},'Action':'s3:*','Resource':'" + bucket + "'}]}");
        assertEquals(Reason.EXPLICIT_DENY_RESOURCE_POLICY, evaluate(SESSION, "s3:GetObject", "arn:aws:s3:::BUCKETNAME/k",
                identity(allow("s3:*", "*")).withResource(sessionWithoutRole, ACCOUNT)).reason(), "the role left unnamed is denied");
    }

    @Test
    void policyVariablesInResourcesResolveFromTheRequest() {
        CompiledPolicy home = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:*',"
                + "'Resource':['arn:aws:s3:::bucket/home/${aws:username}','arn:aws:s3:::bucket/home/${aws:username}/*']}]}");
        assertTrue(evaluate(ALICE, "s3:PutObject", "arn:aws:s3:::bucket/home/alice/notes", identity(home)).allowed());
        assertEquals(Decision.IMPLICIT_DENY, evaluate(ALICE, "s3:PutObject", "arn:aws:s3:::bucket/home/bob/notes", identity(home)).decision());
        EvaluationResult session = evaluate(SESSION, "s3:PutObject", "arn:aws:s3:::bucket/home/alice/notes", identity(home));
        assertEquals(Decision.IMPLICIT_DENY, session.decision(), "a role session has no aws:username");
        assertEquals(List.of("aws:username"), session.missingContextKeys());
        CompiledPolicy team = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:*',"
                + "'Resource':'arn:aws:s3:::bucket/${aws:PrincipalTag/department}/*'}]}");
        assertTrue(evaluate(SESSION, "s3:GetObject", "arn:aws:s3:::bucket/finance/q1", identity(team),
                Map.of("aws:PrincipalTag/department", List.of("finance"))).allowed());
        CompiledPolicy stars = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::bucket/${aws:username}'}]}");
        Principal starry = user(ACCOUNT, "a*");
        assertTrue(evaluate(starry, "s3:GetObject", "arn:aws:s3:::bucket/a*", identity(stars)).allowed());
        assertEquals(Decision.IMPLICIT_DENY, evaluate(starry, "s3:GetObject", "arn:aws:s3:::bucket/abc", identity(stars)).decision(),
                "a variable's value is no wildcard");
        CompiledPolicy legacy = policy("{'Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::bucket/${aws:username}'}]}");
        assertTrue(evaluate(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/${aws:username}", identity(legacy)).allowed(),
                "without Version 2012-10-17 a variable is literal text");
    }

    @Test
    void documentsAndStatementsIamCouldNotReadAllowNothing() {
        assertEquals(0, CompiledPolicy.of("not json").size());
        assertEquals(0, CompiledPolicy.of("[1,2]").size());
        assertEquals(Decision.IMPLICIT_DENY, evaluate(ALICE, "s3:GetObject", "*", identity(CompiledPolicy.of("{"))).decision());
        for (String statement : List.of("{'Effect':'allow','Action':'*','Resource':'*'}", "{'Effect':'Allow','Resource':'*'}",
                "{'Effect':'Allow','Action':7,'Resource':'*'}", "{'Effect':'Allow','Action':'*','Resource':'*','Condition':{'StringEqualz':{'a':'b'}}}",
                "{'Effect':'Allow','Action':'*','Resource':'*','Condition':{'StringEquals':{'a':{'b':'c'}}}}")) {
            CompiledPolicy p = policy("{'Version':'2012-10-17','Statement':[" + statement + "]}");
            assertEquals(Decision.IMPLICIT_DENY, evaluate(ALICE, "s3:GetObject", "*", identity(p)).decision(), statement);
        }
        assertTrue(evaluate(ALICE, "s3:GetObject", "*", identity(policy("{'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}"))).allowed(),
                "a lone statement");
    }

    @Test
    void aTrustPolicyNamesNoResourceAndDecidesWhoMayAssumeTheRole() {
        CompiledPolicy trust = policy("""
                {'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'Service':'lambda.amazonaws.com'},'Action':'sts:AssumeRole'},
                 {'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::123456789012:user/alice'},'Action':['sts:AssumeRole','sts:TagSession']}]}""");
        PolicySet set = PolicySet.resourceOnly(trust, ACCOUNT).requiringResourcePolicy();
        assertTrue(evaluate(Principal.service("lambda.amazonaws.com"), "sts:AssumeRole", ROLE, set).allowed());
        assertTrue(evaluate(ALICE, "sts:AssumeRole", ROLE, set).allowed());
        assertEquals(Reason.NO_RESOURCE_POLICY_ALLOWS, evaluate(BOB, "sts:AssumeRole", ROLE, identity(allow("sts:AssumeRole", "*"))
                .withResource(trust, ACCOUNT).requiringResourcePolicy()).reason());
    }

    @Test
    void compiledPoliciesAreCachedByTheirText() {
        String text = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        assertSame(CompiledPolicy.of(text), CompiledPolicy.of(text));
        assertSame(CompiledPolicy.of(text), CompiledPolicy.of(PolicyDocument.stored(text)));
        assertEquals(1, CompiledPolicy.of(text).size());
    }

    @Test
    void impliedKeysComeFromThePrincipalUnlessTheCallerGaveThem() {
        CompiledPolicy p = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':'*','Condition':{"
                + "'StringEquals':{'aws:PrincipalAccount':'123456789012','aws:PrincipalType':'User','aws:username':'alice',"
                + "'aws:PrincipalArn':'arn:aws:iam::123456789012:user/alice'}}}]}");
        assertTrue(evaluate(ALICE, "s3:GetObject", "*", identity(p)).allowed());
        assertEquals(Decision.IMPLICIT_DENY, evaluate(ALICE, "s3:GetObject", "*", identity(p), Map.of("aws:username", List.of("someone"))).decision());
        CompiledPolicy role = policy("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':'*','Condition':{"
                + "'StringEquals':{'aws:PrincipalType':'AssumedRole','aws:PrincipalArn':'" + ROLE + "'},'Null':{'aws:username':'true'}}}]}");
        assertTrue(evaluate(SESSION, "s3:GetObject", "*", identity(role)).allowed());
    }
}
