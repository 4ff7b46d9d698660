package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/**
 * A function as a request names it — a name, a partial ARN ({@code 123456789012:function:name}) or
 * a full ARN, each with an optional {@code :qualifier} — and the Qualifier parameter beside it.
 */
record FunctionRef(FunctionKey key, String qualifier) {

    static FunctionRef parse(RequestContext ctx, String functionName, String qualifierParam) {
        String account = ctx.accountId();
        String region = ctx.region();
        String[] p = functionName.split(":", -1);
        String name;
        String qualifier = null;
        if (p[0].equals("arn")) {
            Arn arn = Arn.parse(functionName).filter(a -> a.service().equals("lambda")).orElseThrow(() -> invalidArn(functionName));
            String[] f = arn.resourceAfter("function:").orElseThrow(() -> invalidArn(functionName)).split(":", -1);
            region = arn.region();
            account = arn.account();
            name = f[0];
            qualifier = f.length > 1 ? f[1] : null;
        } else if (p.length >= 3 && p[1].equals("function")) {
            account = p[0];
            name = p[2];
            qualifier = p.length > 3 ? p[3] : null;
        } else {
            name = p[0];
            qualifier = p.length > 1 ? p[1] : null;
        }
        if (name.isEmpty() || (qualifier != null && qualifier.isEmpty())) {
            throw invalidArn(functionName);
        }
        if (ctx.region() != null && !region.equals(ctx.region())) {
            throw new AwsException("ResourceNotFoundException", "Functions from '" + region + "' are not reachable in this region ('" + ctx.region() + "')");
        }
        if (ctx.accountId() != null && !account.equals(ctx.accountId())) {
            throw new AwsException("AccessDeniedException", "", 403);
        }
        if (qualifier != null && qualifierParam != null && !qualifier.equals(qualifierParam)) {
            throw new AwsException("InvalidParameterValueException", "The derived qualifier from the function name does not match the specified qualifier.");
        }
        return new FunctionRef(new FunctionKey(account, region, name), qualifier != null ? qualifier : qualifierParam);
    }

    private static AwsException invalidArn(String functionName) {
        return new AwsException("ValidationException", "1 validation error detected: Value '" + functionName
                + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
    }

    /** The ARN this reference invokes: qualified when a qualifier was given, as AWS reports it. */
    String invokedArn() {
        return qualifier == null ? key.arn() : key.arn() + ":" + qualifier;
    }
}
