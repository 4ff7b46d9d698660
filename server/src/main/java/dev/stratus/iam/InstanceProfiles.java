package dev.stratus.iam;

import dev.stratus.iam.IamRepository.StoredProfile;
import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Instance profiles: containers of one role at most (IAM's quota), with paths and tags. */
final class InstanceProfiles {
    private final IamState iam;

    InstanceProfiles(IamState iam) {
        this.iam = iam;
    }

    CreateInstanceProfileResponse createInstanceProfile(RequestContext ctx, CreateInstanceProfileRequest in) {
        Map<String, String> tags = IamRules.tagMap(in.tags());
        String path = in.path() == null ? "/" : in.path();
        return iam.write(tx -> {
            if (iam.repo.profile(tx, ctx.accountId(), in.instanceProfileName()) != null) {
                throw IamRules.alreadyExists("Instance Profile " + in.instanceProfileName() + " already exists.");
            }
            StoredProfile p = new StoredProfile(ctx.accountId(), in.instanceProfileName(), path, IamRules.newId("AIPA"),
                    IamState.arn(ctx, "instance-profile", path, in.instanceProfileName()), iam.now(), null);
            iam.repo.insertProfile(tx, p);
            Tags.put(tx, p.arn(), tags, IamRules.TAG_RULES);
            return new CreateInstanceProfileResponse(IamAnswers.profile(p, null, tags));
        });
    }

    GetInstanceProfileResponse getInstanceProfile(RequestContext ctx, GetInstanceProfileRequest in) {
        return iam.read(tx -> new GetInstanceProfileResponse(answer(tx, iam.profile(tx, ctx, in.instanceProfileName()))));
    }

    ListInstanceProfilesResponse listInstanceProfiles(RequestContext ctx, ListInstanceProfilesRequest in) {
        String prefix = in.pathPrefix() == null ? "/" : in.pathPrefix();
        Paging.Page<InstanceProfile> page = IamRules.page(iam.read(tx -> answers(tx, iam.repo.profiles(tx, ctx.accountId(), prefix))),
                p -> IamRepository.key(p.instanceProfileName()), in.marker(), in.maxItems(), "ListInstanceProfiles", ctx.accountId(), prefix);
        return new ListInstanceProfilesResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    ListInstanceProfilesForRoleResponse listInstanceProfilesForRole(RequestContext ctx, ListInstanceProfilesForRoleRequest in) {
        record Found(StoredRole role, List<InstanceProfile> profiles) {
        }
        Found found = iam.read(tx -> {
            StoredRole r = iam.role(tx, ctx, in.roleName());
            return new Found(r, answers(tx, iam.repo.profilesOf(tx, r.roleId())));
        });
        Paging.Page<InstanceProfile> page = IamRules.page(found.profiles(), p -> IamRepository.key(p.instanceProfileName()), in.marker(),
                in.maxItems(), "ListInstanceProfilesForRole", found.role().roleId());
        return new ListInstanceProfilesForRoleResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    void deleteInstanceProfile(RequestContext ctx, DeleteInstanceProfileRequest in) {
        iam.write(tx -> {
            StoredProfile p = iam.profile(tx, ctx, in.instanceProfileName());
            if (p.roleId() != null) {
                throw IamRules.deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
            }
            iam.repo.deleteProfile(tx, p);
            return null;
        });
    }

    void addRoleToInstanceProfile(RequestContext ctx, AddRoleToInstanceProfileRequest in) {
        iam.write(tx -> {
            StoredProfile p = iam.profile(tx, ctx, in.instanceProfileName());
            StoredRole r = iam.role(tx, ctx, in.roleName());
            if (p.roleId() != null) {
                throw IamRules.limitExceeded("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
            }
            iam.repo.setProfileRole(tx, p, r.roleId());
            return null;
        });
    }

    void removeRoleFromInstanceProfile(RequestContext ctx, RemoveRoleFromInstanceProfileRequest in) {
        iam.write(tx -> {
            StoredProfile p = iam.profile(tx, ctx, in.instanceProfileName());
            StoredRole r = iam.role(tx, ctx, in.roleName());
            if (!r.roleId().equals(p.roleId())) {
                throw IamRules.noSuchEntity("The role with name " + in.roleName() + " cannot be found in instance profile "
                        + in.instanceProfileName() + ".");
            }
            iam.repo.setProfileRole(tx, p, null);
            return null;
        });
    }

    // Tags

    void tagInstanceProfile(RequestContext ctx, TagInstanceProfileRequest in) {
        Map<String, String> tags = IamRules.tagMap(in.tags());
        iam.write(tx -> {
            IamTags.tag(tx, iam.profile(tx, ctx, in.instanceProfileName()).arn(), tags);
            return null;
        });
    }

    void untagInstanceProfile(RequestContext ctx, UntagInstanceProfileRequest in) {
        iam.write(tx -> {
            IamTags.untag(tx, iam.profile(tx, ctx, in.instanceProfileName()).arn(), in.tagKeys());
            return null;
        });
    }

    ListInstanceProfileTagsResponse listInstanceProfileTags(RequestContext ctx, ListInstanceProfileTagsRequest in) {
        Map<String, String> tags = iam.read(tx -> Tags.list(tx, iam.profile(tx, ctx, in.instanceProfileName()).arn()));
        Paging.Page<Tag> page = IamTags.page(tags, in.marker(), in.maxItems(), "ListInstanceProfileTags",
                ctx.accountId() + ":" + IamRepository.key(in.instanceProfileName()));
        return new ListInstanceProfileTagsResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    /** Profiles as IAM answers them: each with its role, if any. */
    List<InstanceProfile> answers(Tx tx, List<StoredProfile> profiles) throws SQLException {
        List<InstanceProfile> out = new java.util.ArrayList<>();
        for (StoredProfile p : profiles) {
            out.add(answer(tx, p));
        }
        return out;
    }

    private InstanceProfile answer(Tx tx, StoredProfile p) throws SQLException {
        return IamAnswers.profile(p, p.roleId() == null ? null : iam.repo.roleById(tx, p.roleId()), Tags.list(tx, p.arn()));
    }
}
