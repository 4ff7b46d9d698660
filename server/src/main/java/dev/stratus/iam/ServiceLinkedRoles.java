package dev.stratus.iam;

import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.api.*;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import java.util.Map;
import java.util.UUID;

/**
 * Service-linked roles: made for an AWS service ({@code AWSServiceRoleFor…} under
 * {@code /aws-service-role/SERVICE/}, trusting only that service), changed by nobody but AWS, and
 * deleted through a deletion task, which here succeeds at once.
 */
final class ServiceLinkedRoles {
    static final String PATH_PREFIX = "/aws-service-role/";
    /** The names AWS gives the roles of services whose name is not their first label, capitalised. */
    private static final Map<String, String> ROLE_NAMES = Map.ofEntries(
            Map.entry("autoscaling.amazonaws.com", "AWSServiceRoleForAutoScaling"),
            Map.entry("ecs.amazonaws.com", "AWSServiceRoleForECS"),
            Map.entry("elasticbeanstalk.amazonaws.com", "AWSServiceRoleForElasticBeanstalk"),
            Map.entry("elasticloadbalancing.amazonaws.com", "AWSServiceRoleForElasticLoadBalancing"),
            Map.entry("elasticache.amazonaws.com", "AWSServiceRoleForElastiCache"),
            Map.entry("rds.amazonaws.com", "AWSServiceRoleForRDS"),
            Map.entry("spot.amazonaws.com", "AWSServiceRoleForEC2Spot"),
            Map.entry("spotfleet.amazonaws.com", "AWSServiceRoleForEC2SpotFleet"),
            Map.entry("ssm.amazonaws.com", "AWSServiceRoleForAmazonSSM"),
            Map.entry("events.amazonaws.com", "AWSServiceRoleForCloudWatchEvents"),
            Map.entry("apidestinations.events.amazonaws.com", "AWSServiceRoleForAmazonEventBridgeApiDestinations"),
            Map.entry("schemas.amazonaws.com", "AWSServiceRoleForSchemas"),
            Map.entry("lambda.amazonaws.com", "AWSServiceRoleForLambda"),
            Map.entry("replicator.lambda.amazonaws.com", "AWSServiceRoleForLambdaReplicator"),
            Map.entry("organizations.amazonaws.com", "AWSServiceRoleForOrganizations"),
            Map.entry("support.amazonaws.com", "AWSServiceRoleForSupport"),
            Map.entry("trustedadvisor.amazonaws.com", "AWSServiceRoleForTrustedAdvisor"),
            Map.entry("dynamodb.application-autoscaling.amazonaws.com", "AWSServiceRoleForApplicationAutoScaling_DynamoDBTable"));

    private final IamState iam;
    private final Roles roles;

    ServiceLinkedRoles(IamState iam, Roles roles) {
        this.iam = iam;
        this.roles = roles;
    }

    static boolean isServiceLinked(StoredRole r) {
        return r.path().startsWith(PATH_PREFIX);
    }

    /** IAM's answer to a change of a service-linked role by anyone but AWS. */
    static void refuseChange(StoredRole r) {
        if (isServiceLinked(r)) {
            throw new AwsException("UnmodifiableEntityException", "Cannot perform the operation on the protected role '" + r.name()
                    + "' - this role is only modifiable by AWS");
        }
    }

    CreateServiceLinkedRoleResponse createServiceLinkedRole(RequestContext ctx, CreateServiceLinkedRoleRequest in) {
        String service = in.awsServiceName();
        if (!service.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.amazonaws\\.com")) {
            throw IamRules.invalidInput("Unrecognized service principal: " + service);
        }
        String name = roleName(service) + (in.customSuffix() == null ? "" : "_" + in.customSuffix());
        String path = PATH_PREFIX + service + "/";
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"" + service
                + "\"]},\"Action\":[\"sts:AssumeRole\"]}]}";
        StoredRole role = new StoredRole(ctx.accountId(), name, path, IamRules.newId("AROA"), IamState.arn(ctx, "role", path, name), iam.now(),
                trust, in.description(), Roles.DEFAULT_MAX_SESSION_SECONDS, null);
        return iam.write(tx -> {
            if (iam.repo.role(tx, ctx.accountId(), name) != null) {
                throw IamRules.invalidInput("Service role name " + name + " has been taken in this account, please try a different suffix.");
            }
            return new CreateServiceLinkedRoleResponse(IamAnswers.role(roles.insert(tx, ctx, role, Map.of()), Map.of()));
        });
    }

    /** Deletes the role at once, with its policies; the task that reports it is done already. */
    DeleteServiceLinkedRoleResponse deleteServiceLinkedRole(RequestContext ctx, DeleteServiceLinkedRoleRequest in) {
        return iam.write(tx -> {
            StoredRole r = iam.role(tx, ctx, in.roleName());
            if (!isServiceLinked(r)) {
                // The model gives DeleteServiceLinkedRole no error for a role of the wrong kind but this one.
                throw IamRules.noSuchEntity("The role with name " + r.name() + " is not a service-linked role.");
            }
            for (String arn : iam.policies.attached(tx, r.roleId())) {
                iam.policies.detach(tx, r.roleId(), arn);
            }
            for (PolicyRepository.InlinePolicy p : iam.policies.inlines(tx, r.roleId())) {
                iam.policies.deleteInline(tx, r.roleId(), p.name());
            }
            roles.delete(tx, r);
            String task = "task" + r.path() + r.name() + "/" + UUID.randomUUID();
            iam.repo.recordDeletionTask(tx, ctx.accountId(), task, "SUCCEEDED");
            return new DeleteServiceLinkedRoleResponse(task);
        });
    }

    GetServiceLinkedRoleDeletionStatusResponse getServiceLinkedRoleDeletionStatus(RequestContext ctx,
                                                                                 GetServiceLinkedRoleDeletionStatusRequest in) {
        String status = iam.read(tx -> iam.repo.deletionTaskStatus(tx, ctx.accountId(), in.deletionTaskId()));
        if (status == null) {
            throw new AwsException("NoSuchEntityException", "Deletion task " + in.deletionTaskId() + " cannot be found.");
        }
        return new GetServiceLinkedRoleDeletionStatusResponse(status, null);
    }

    /** AWSServiceRoleFor and the service: AWS's own name where it has one, else its first label capitalised. */
    static String roleName(String service) {
        String known = ROLE_NAMES.get(service);
        if (known != null) {
            return known;
        }
        int dot = service.indexOf('.');
        String label = dot < 0 ? service : service.substring(0, dot);
        return "AWSServiceRoleFor" + (label.isEmpty() ? "" : Character.toUpperCase(label.charAt(0)) + label.substring(1));
    }
}
