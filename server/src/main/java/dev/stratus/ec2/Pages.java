package dev.stratus.ec2;

import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.function.Function;

/**
 * EC2's paging: MaxResults within the operation's bounds (else {@code InvalidParameterValue}), a
 * NextToken that continues where the last page ended and is refused for any other listing
 * ({@code InvalidNextToken}), and the whole list when MaxResults is not given.
 */
final class Pages {

    private Pages() {
    }

    /**
     * The page of {@code sorted} (ordered by {@code key}, as {@code String.compareTo}) after
     * {@code token}; {@code scope} names everything that decides the list, so a token from
     * another listing is refused.
     */
    static <T> Paging.Page<T> of(RequestContext ctx, List<T> sorted, Function<T, String> key, String token, Integer maxResults,
                                 int min, int max, Object... scope) {
        if (maxResults != null && (maxResults < min || maxResults > max)) {
            throw new AwsException("InvalidParameterValue", "Value ( " + maxResults + " ) for parameter maxResults is invalid. "
                    + "Parameter must be between " + min + " and " + max + ".");
        }
        Object[] parts = new Object[scope.length + 3];
        parts[0] = ctx.operation();
        parts[1] = ctx.accountId();
        parts[2] = ctx.region();
        System.arraycopy(scope, 0, parts, 3, scope.length);
        Paging.Listing listing = Paging.Listing.of(t -> new AwsException("InvalidNextToken", "The token '" + t + "' is invalid."), parts);
        return listing.after(sorted, key, token, maxResults == null ? Integer.MAX_VALUE : maxResults);
    }
}
