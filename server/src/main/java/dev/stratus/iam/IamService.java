package dev.stratus.iam;

import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.api.AttachedPermissionsBoundary;
import dev.stratus.iam.api.CreateRoleRequest;
import dev.stratus.iam.api.CreateRoleResponse;
import dev.stratus.iam.api.DeleteRoleRequest;
import dev.stratus.iam.api.GetRoleRequest;
import dev.stratus.iam.api.GetRoleResponse;
import dev.stratus.iam.api.GetUserRequest;
import dev.stratus.iam.api.GetUserResponse;
import dev.stratus.iam.api.IamApi;
import dev.stratus.iam.api.ListRoleTagsRequest;
import dev.stratus.iam.api.ListRoleTagsResponse;
import dev.stratus.iam.api.ListRolesRequest;
import dev.stratus.iam.api.ListRolesResponse;
import dev.stratus.iam.api.Role;
import dev.stratus.iam.api.RoleLastUsed;
import dev.stratus.iam.api.Tag;
import dev.stratus.iam.api.TagRoleRequest;
import dev.stratus.iam.api.UntagRoleRequest;
import dev.stratus.iam.api.User;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * AWS Identity and Access Management, first slice: roles (create, read, list, delete, tags) and
 * the root user. IAM is global: a role belongs to the account, not to a region, and its ARN has no
 * region but the partition of the region it is named in. A trust policy is checked against IAM's
 * grammar and kept as given; nothing is enforced yet. Other operations of the model answer 501.
 */
public final class IamService implements IamApi {
    static final int DEFAULT_MAX_SESSION_SECONDS = 3600;
    static final int DEFAULT_MAX_ITEMS = 100;
    /** IAM's quota on a trust policy (ACLSizePerRole): its characters, whitespace not counted. */
    static final int TRUST_POLICY_QUOTA = 2048;
    /** IAM answers tags that break the common rules InvalidInput, and a 51st tag LimitExceeded; its model checks the characters. */
    private static final TagRules TAG_RULES = new TagRules(r -> invalidInput(r.reason()),
            () -> new AwsException("LimitExceededException", "Cannot exceed quota for TagsPerRole: " + Tags.MAX_PER_RESOURCE + "."), null);
    /** The characters of IAM's unique ids after their prefix, as AWS's look (base32: letters and 2–7). */
    private static final String ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final Store store;
    private final Clock clock;
    private final IamRepository repo = new IamRepository();

    public IamService(Store store, Clock clock, String account) {
        this.store = store;
        this.clock = clock;
        Tags.migrate(store);
        store.migrate("iam", IamRepository.MIGRATIONS);
        store.write(tx -> {
            repo.recordAccount(tx, account, wholeSeconds(clock.millis()));
            return null;
        });
    }

    // Roles

    @Override
    public CreateRoleResponse createRole(RequestContext ctx, CreateRoleRequest in) {
        checkTrustPolicy(in.assumeRolePolicyDocument());
        String boundary = checkPermissionsBoundary(in.permissionsBoundary());
        Map<String, String> tags = tagMap(in.tags());
        Tags.check(tags, TAG_RULES);
        String path = in.path() == null ? "/" : in.path();
        StoredRole role = new StoredRole(ctx.accountId(), in.roleName(), path, newId("AROA"),
                Arn.global("iam", ctx.region(), ctx.accountId(), "role" + path + in.roleName()).toString(), wholeSeconds(clock.millis()),
                in.assumeRolePolicyDocument(), in.description(), in.maxSessionDuration() == null ? DEFAULT_MAX_SESSION_SECONDS : in.maxSessionDuration(),
                boundary);
        return store.write(tx -> {
            if (repo.role(tx, ctx.accountId(), in.roleName()) != null) {
                throw new AwsException("EntityAlreadyExistsException", "Role with name " + in.roleName() + " already exists.");
            }
            repo.insertRole(tx, role);
            Tags.put(tx, role.arn(), tags, TAG_RULES);
            return new CreateRoleResponse(created(role, tags));
        });
    }

    @Override
    public GetRoleResponse getRole(RequestContext ctx, GetRoleRequest in) {
        return store.read(tx -> {
            StoredRole r = existingRole(tx, ctx, in.roleName());
            return new GetRoleResponse(full(r, Tags.list(tx, r.arn())));
        });
    }

    @Override
    public ListRolesResponse listRoles(RequestContext ctx, ListRolesRequest in) {
        String prefix = in.pathPrefix() == null ? "/" : in.pathPrefix();
        Paging.Listing listing = Paging.Listing.of(IamService::invalidMarker, "ListRoles", ctx.accountId(), prefix);
        // Sorted here, not by the store, so that pages follow the order of the key their markers compare (PostgreSQL's collation is another).
        List<StoredRole> roles = store.read(tx -> repo.roles(tx, ctx.accountId(), prefix)).stream()
                .sorted(Comparator.comparing(r -> IamRepository.key(r.name()))).toList();
        Paging.Page<StoredRole> page = listing.after(roles, r -> IamRepository.key(r.name()), in.marker(), maxItems(in.maxItems()));
        return new ListRolesResponse(page.items().stream().map(IamService::listed).toList(), page.nextToken() != null, page.nextToken());
    }

    /** Deletes a role and its tags; with no policies to attach yet, nothing can stand in the way (DeleteConflict). */
    @Override
    public void deleteRole(RequestContext ctx, DeleteRoleRequest in) {
        store.write(tx -> {
            repo.deleteRole(tx, existingRole(tx, ctx, in.roleName()));
            return null;
        });
    }

    // Role tags: keys are unique regardless of case, as IAM's are

    @Override
    public void tagRole(RequestContext ctx, TagRoleRequest in) {
        Map<String, String> given = tagMap(in.tags());
        Tags.check(given, TAG_RULES);
        store.write(tx -> {
            StoredRole r = existingRole(tx, ctx, in.roleName());
            // A key given in another case replaces the one the role has.
            Tags.remove(tx, r.arn(), keysLike(Tags.list(tx, r.arn()).keySet(), given.keySet()));
            Tags.put(tx, r.arn(), given, TAG_RULES);
            return null;
        });
    }

    @Override
    public void untagRole(RequestContext ctx, UntagRoleRequest in) {
        store.write(tx -> {
            StoredRole r = existingRole(tx, ctx, in.roleName());
            Tags.remove(tx, r.arn(), keysLike(Tags.list(tx, r.arn()).keySet(), in.tagKeys()));
            return null;
        });
    }

    @Override
    public ListRoleTagsResponse listRoleTags(RequestContext ctx, ListRoleTagsRequest in) {
        Paging.Listing listing = Paging.Listing.of(IamService::invalidMarker, "ListRoleTags", ctx.accountId(), IamRepository.key(in.roleName()));
        List<Tag> tags = store.read(tx -> tagList(Tags.list(tx, existingRole(tx, ctx, in.roleName()).arn()))).stream()
                .sorted(Comparator.comparing(Tag::key)).toList();
        Paging.Page<Tag> page = listing.after(tags, Tag::key, in.marker(), maxItems(in.maxItems()));
        return new ListRoleTagsResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    // Users: the root user only, until IAM users arrive

    /**
     * The caller's user when no name is given: the account root, as AWS answers it (its account id
     * as UserId, no name or path). A named user cannot exist yet.
     */
    @Override
    public GetUserResponse getUser(RequestContext ctx, GetUserRequest in) {
        if (in.userName() != null) {
            throw new AwsException("NoSuchEntityException", "The user with name " + in.userName() + " cannot be found.");
        }
        Principal caller = ctx.principal();
        // Only the root can be a caller without a name so far: IAM users' access keys come with CreateUser.
        if (caller.type() != Principal.Type.ROOT) {
            throw new AwsException("ValidationError", "Must specify userName when calling with non-User credentials");
        }
        Long created = store.read(tx -> repo.accountCreated(tx, caller.account()));
        return new GetUserResponse(new User(null, null, caller.account(), caller.id(), Instant.ofEpochMilli(created == null ? 0 : created),
                null, null, null));
    }

    // Checks

    /** A trust policy in IAM's grammar and within its quota, else IAM's error. */
    private static void checkTrustPolicy(String document) {
        try {
            PolicyDocument.parseTrust(document);
        } catch (PolicyDocument.Malformed e) {
            throw new AwsException("MalformedPolicyDocumentException", e.getMessage());
        }
        if (document.codePoints().filter(c -> !Character.isWhitespace(c)).count() > TRUST_POLICY_QUOTA) {
            throw new AwsException("LimitExceededException", "Cannot exceed quota for ACLSizePerRole: " + TRUST_POLICY_QUOTA);
        }
    }

    /**
     * A permissions boundary names a managed policy: {@code arn:aws:iam::ACCOUNT:policy/…}, or AWS's own
     * ({@code arn:aws:iam::aws:policy/…}). Whether it exists is not checked until managed policies arrive.
     */
    private static String checkPermissionsBoundary(String arn) {
        if (arn == null) {
            return null;
        }
        boolean policy = Arn.parse(arn).filter(a -> a.service().equals("iam") && a.region().isEmpty()
                && (a.account().equals("aws") || a.account().matches("\\d{12}")) && a.resource().startsWith("policy/")).isPresent();
        if (!policy) {
            throw invalidInput("ARN " + arn + " is not valid.");
        }
        return arn;
    }

    private StoredRole existingRole(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredRole r = repo.role(tx, ctx.accountId(), name);
        if (r == null) {
            throw new AwsException("NoSuchEntityException", "The role with name " + name + " cannot be found.");
        }
        return r;
    }

    /** Tags as given, by key; a key given twice, in any case, is refused, as IAM refuses it. */
    private static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Tag t : tags) {
            if (!seen.add(t.key().toLowerCase(Locale.ROOT))) {
                throw invalidInput("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
            out.put(t.key(), t.value());
        }
        return out;
    }

    /** The keys among {@code have} that equal one of {@code given} regardless of case. */
    private static List<String> keysLike(Collection<String> have, Collection<String> given) {
        Set<String> wanted = new HashSet<>();
        given.forEach(k -> wanted.add(k.toLowerCase(Locale.ROOT)));
        return have.stream().filter(k -> wanted.contains(k.toLowerCase(Locale.ROOT))).toList();
    }

    private static int maxItems(Integer given) {
        return given == null ? DEFAULT_MAX_ITEMS : given;
    }

    // Answers

    /** A role as CreateRole answers it: what was given, without MaxSessionDuration or RoleLastUsed. */
    private static Role created(StoredRole r, Map<String, String> tags) {
        return new Role(r.path(), r.name(), r.roleId(), r.arn(), Instant.ofEpochMilli(r.created()), encoded(r.trustPolicy()), r.description(), null,
                boundary(r), tags.isEmpty() ? null : tagList(tags), null);
    }

    /** A role as GetRole answers it: everything, RoleLastUsed empty (roles are not assumed yet). */
    private static Role full(StoredRole r, Map<String, String> tags) {
        return new Role(r.path(), r.name(), r.roleId(), r.arn(), Instant.ofEpochMilli(r.created()), encoded(r.trustPolicy()), r.description(),
                r.maxSessionDuration(), boundary(r), tags.isEmpty() ? null : tagList(tags), new RoleLastUsed(null, null));
    }

    /** A role as ListRoles answers it: without PermissionsBoundary, RoleLastUsed and Tags, as AWS documents. */
    private static Role listed(StoredRole r) {
        return new Role(r.path(), r.name(), r.roleId(), r.arn(), Instant.ofEpochMilli(r.created()), encoded(r.trustPolicy()), r.description(),
                r.maxSessionDuration(), null, null, null);
    }

    private static AttachedPermissionsBoundary boundary(StoredRole r) {
        return r.permissionsBoundary() == null ? null : new AttachedPermissionsBoundary("PermissionsBoundaryPolicy", r.permissionsBoundary());
    }

    private static List<Tag> tagList(Map<String, String> tags) {
        List<Tag> out = new ArrayList<>();
        tags.forEach((k, v) -> out.add(new Tag(k, v)));
        return out;
    }

    /**
     * A policy document as IAM answers it: URL-encoded (boto3 and the AWS CLI decode it, the Java SDK
     * hands it over as it came). Spaces as %20, which every decoder reads.
     */
    static String encoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A new unique id: its type's prefix (AROA for a role) and 17 characters, 21 in all as AWS's. */
    static String newId(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(prefix);
        while (id.length() < 21) {
            id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        }
        return id.toString();
    }

    /** IAM's dates are whole seconds. */
    private static long wholeSeconds(long millis) {
        return millis - Math.floorMod(millis, 1000L);
    }

    private static AwsException invalidInput(String message) {
        return new AwsException("InvalidInputException", message);
    }

    private static AwsException invalidMarker(String marker) {
        return new AwsException("ValidationError", "Invalid Marker.");
    }
}
