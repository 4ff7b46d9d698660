package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.*;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account as a whole: authorization details a page at a time, the summary, the alias. */
class AccountAuthorizationTest extends IamFixture {

    @Test
    void everyEntityWithItsPolicies() {
        user("u");
        iam.putUserPolicy(ctx, new PutUserPolicyRequest("u", "inline", ALLOW_SQS));
        iam.createGroup(ctx, new CreateGroupRequest(null, "g"));
        iam.addUserToGroup(ctx, new AddUserToGroupRequest("g", "u"));
        role("r");
        iam.attachRolePolicy(ctx, new AttachRolePolicyRequest("r", "arn:aws:iam::aws:policy/AdministratorAccess"));
        policy("mine", ALLOW_KMS);

        GetAccountAuthorizationDetailsResponse all = iam.getAccountAuthorizationDetails(ctx, new GetAccountAuthorizationDetailsRequest(null, null, null));
        assertEquals(List.of("g"), all.userDetailList().getFirst().groupList());
        assertEquals("inline", all.userDetailList().getFirst().userPolicyList().getFirst().policyName());
        assertEquals("AdministratorAccess", all.roleDetailList().getFirst().attachedManagedPolicies().getFirst().policyName());
        assertEquals(List.of("AdministratorAccess", "mine"), all.policies().stream().map(ManagedPolicyDetail::policyName).toList(),
                "AWS's policies only where attached");
        assertEquals(1, all.policies().getFirst().attachmentCount());

        GetAccountAuthorizationDetailsResponse roles = iam.getAccountAuthorizationDetails(ctx,
                new GetAccountAuthorizationDetailsRequest(List.of("Role"), null, null));
        assertTrue(roles.userDetailList().isEmpty() && roles.policies().isEmpty());
        assertEquals(1, roles.roleDetailList().size());

        List<String> names = new ArrayList<>();
        String marker = null;
        do {
            var page = iam.getAccountAuthorizationDetails(ctx, new GetAccountAuthorizationDetailsRequest(null, 1, marker));
            page.userDetailList().forEach(d -> names.add(d.userName()));
            page.groupDetailList().forEach(d -> names.add(d.groupName()));
            page.roleDetailList().forEach(d -> names.add(d.roleName()));
            page.policies().forEach(d -> names.add(d.policyName()));
            marker = page.marker();
        } while (marker != null);
        assertEquals(List.of("u", "g", "r", "AdministratorAccess", "mine"), names);
    }

    @Test
    void theSummaryCountsAndTheAliasIsOne() {
        user("a");
        role("r");
        var summary = iam.getAccountSummary(ctx).summaryMap();
        assertEquals(1, summary.get("Users"));
        assertEquals(1, summary.get("Roles"));
        assertEquals(2, summary.get("AccessKeysPerUserQuota"));

        iam.createAccountAlias(ctx, new CreateAccountAliasRequest("my-alias"));
        assertEquals(List.of("my-alias"), iam.listAccountAliases(ctx, new ListAccountAliasesRequest(null, null)).accountAliases());
        assertEquals("NoSuchEntityException", code(() -> iam.deleteAccountAlias(ctx, new DeleteAccountAliasRequest("other"))));
        iam.deleteAccountAlias(ctx, new DeleteAccountAliasRequest("my-alias"));
        assertEquals(List.of(), iam.listAccountAliases(ctx, new ListAccountAliasesRequest(null, null)).accountAliases());
    }
}
