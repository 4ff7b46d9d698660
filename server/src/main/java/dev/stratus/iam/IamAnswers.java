package dev.stratus.iam;

import static dev.stratus.iam.IamRules.encoded;
import static dev.stratus.iam.IamRules.tagsOrNull;

import dev.stratus.iam.IamRepository.StoredGroup;
import dev.stratus.iam.IamRepository.StoredProfile;
import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.iam.PolicyRepository.StoredVersion;
import dev.stratus.iam.api.AttachedPermissionsBoundary;
import dev.stratus.iam.api.Group;
import dev.stratus.iam.api.InstanceProfile;
import dev.stratus.iam.api.Policy;
import dev.stratus.iam.api.PolicyVersion;
import dev.stratus.iam.api.Role;
import dev.stratus.iam.api.RoleLastUsed;
import dev.stratus.iam.api.Tag;
import dev.stratus.iam.api.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** IAM's entities as its operations answer them: which fields each answer has is AWS's, operation by operation. */
final class IamAnswers {
    private IamAnswers() {
    }

    static User user(StoredUser u, Map<String, String> tags) {
        return new User(u.path(), u.name(), u.userId(), u.arn(), Instant.ofEpochMilli(u.created()), null, boundary(u.permissionsBoundary()),
                tagsOrNull(tags));
    }

    /** A user as ListUsers and GetGroup answer it: without PermissionsBoundary and Tags, as AWS documents. */
    static User listedUser(StoredUser u) {
        return new User(u.path(), u.name(), u.userId(), u.arn(), Instant.ofEpochMilli(u.created()), null, null, null);
    }

    static Group group(StoredGroup g) {
        return new Group(g.path(), g.name(), g.groupId(), g.arn(), Instant.ofEpochMilli(g.created()));
    }

    /** A role as CreateRole answers it: what was given, without MaxSessionDuration or RoleLastUsed. */
    static Role createdRole(StoredRole r, Map<String, String> tags) {
        return new Role(r.path(), r.name(), r.roleId(), r.arn(), Instant.ofEpochMilli(r.created()), encoded(r.trustPolicy()), r.description(),
                null, boundary(r.permissionsBoundary()), tagsOrNull(tags), null);
    }

    /** A role as GetRole answers it: everything; RoleLastUsed empty, as for a role no session has used. */
    static Role role(StoredRole r, Map<String, String> tags) {
        return new Role(r.path(), r.name(), r.roleId(), r.arn(), Instant.ofEpochMilli(r.created()), encoded(r.trustPolicy()), r.description(),
                r.maxSessionDuration(), boundary(r.permissionsBoundary()), tagsOrNull(tags), new RoleLastUsed(null, null));
    }

    /** A role as ListRoles answers it: without PermissionsBoundary, RoleLastUsed and Tags, as AWS documents. */
    static Role listedRole(StoredRole r) {
        return new Role(r.path(), r.name(), r.roleId(), r.arn(), Instant.ofEpochMilli(r.created()), encoded(r.trustPolicy()), r.description(),
                r.maxSessionDuration(), null, null, null);
    }

    static InstanceProfile profile(StoredProfile p, StoredRole role, Map<String, String> tags) {
        List<Role> roles = role == null ? List.of() : List.of(listedRole(role));
        return new InstanceProfile(p.path(), p.name(), p.profileId(), p.arn(), Instant.ofEpochMilli(p.created()), roles, tagsOrNull(tags));
    }

    /** A managed policy with its counts; {@code tags} null where the operation answers none. */
    static Policy policy(StoredPolicy p, int attachments, int boundaryUses, List<Tag> tags) {
        return new Policy(p.name(), p.policyId(), p.arn(), p.path(), p.defaultVersion(), attachments, boundaryUses, true, p.description(),
                Instant.ofEpochMilli(p.created()), Instant.ofEpochMilli(p.updated()), tags);
    }

    /** A version; its document only where the operation answers it (GetPolicyVersion, not ListPolicyVersions). */
    static PolicyVersion version(StoredVersion v, String defaultVersion, boolean withDocument) {
        return new PolicyVersion(withDocument ? encoded(v.document()) : null, v.versionId(), v.versionId().equals(defaultVersion),
                Instant.ofEpochMilli(v.created()));
    }

    static AttachedPermissionsBoundary boundary(String arn) {
        return arn == null ? null : new AttachedPermissionsBoundary("PermissionsBoundaryPolicy", arn);
    }
}
