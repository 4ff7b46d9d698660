package dev.stratus.ec2;

import dev.stratus.ec2.api.CreateTagsRequest;
import dev.stratus.ec2.api.DeleteTagsRequest;
import dev.stratus.ec2.api.DescribeTagsRequest;
import dev.stratus.ec2.api.DescribeTagsResult;
import dev.stratus.ec2.api.Ec2Api;
import dev.stratus.ec2.api.TagDescription;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import java.util.List;
import java.util.function.Predicate;

/**
 * Amazon EC2's operations, simulated: no machine runs, but every resource has AWS's shape, states
 * and events. Each operation hands its work to the domain piece that owns the kind of resource.
 */
final class Ec2Service implements Ec2Api {
    private static final Filters<TagDescription> TAG_FILTERS = Filters.<TagDescription>of(null)
            .one("key", TagDescription::key)
            .one("value", TagDescription::value)
            .one("resource-id", TagDescription::resourceId)
            .one("resource-type", TagDescription::resourceType)
            .build();

    private final Store store;
    private final ResourceTags tags;

    Ec2Service(Store store, ResourceTags tags) {
        this.store = store;
        this.tags = tags;
        Tags.migrate(store);
    }

    @Override
    public void createTags(RequestContext ctx, CreateTagsRequest in) {
        store.write(tx -> {
            tags.create(tx, ctx.accountId(), ctx.region(), in.resources(), in.tags());
            return null;
        });
    }

    @Override
    public void deleteTags(RequestContext ctx, DeleteTagsRequest in) {
        store.write(tx -> {
            tags.delete(tx, ctx.accountId(), ctx.region(), in.resources(), in.tags());
            return null;
        });
    }

    @Override
    public DescribeTagsResult describeTags(RequestContext ctx, DescribeTagsRequest in) {
        Predicate<TagDescription> wanted = TAG_FILTERS.parse(in.filters());
        List<TagDescription> all = store.read(tx -> tags.all(tx, ctx.accountId(), ctx.region())).stream().filter(wanted).toList();
        Paging.Page<TagDescription> page = Pages.of(ctx, all, d -> d.resourceId() + "\u0000" + d.key(), in.nextToken(), in.maxResults(),
                5, 1000, in.filters());
        return new DescribeTagsResult(page.nextToken(), page.items());
    }
}
