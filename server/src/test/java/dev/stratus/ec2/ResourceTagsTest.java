package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.ec2.api.CreateTagsRequest;
import dev.stratus.ec2.api.DeleteTagsRequest;
import dev.stratus.ec2.api.DescribeTagsRequest;
import dev.stratus.ec2.api.DescribeTagsResult;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.Tag;
import dev.stratus.ec2.api.TagDescription;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** EC2's tag operations against the service, with instances and volumes that exist when their ids end in 0. */
class ResourceTagsTest {
    static final String ACCOUNT = "111122223333";
    static final RequestContext CTX = new RequestContext("r", "ec2", "DescribeTags", "eu-west-1", ACCOUNT, "test", "localhost",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT));
    static final String I1 = "i-0123456789abcdef0";
    static final String V1 = "vol-0123456789abcdef0";
    final SqliteStore store = SqliteStore.inMemory();
    final ResourceTags tags = new ResourceTags();
    final Ec2Service ec2 = new Ec2Service(TaggedStores.tagged(store), tags, null, null, null, null);

    ResourceTagsTest() {
        tags.register(ResourceType.INSTANCE, (tx, account, region, id) -> id.endsWith("0") && account.equals(ACCOUNT));
        tags.register(ResourceType.VOLUME, (tx, account, region, id) -> id.endsWith("0"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    List<TagDescription> describe(Filter... filters) {
        return ec2.describeTags(CTX, new DescribeTagsRequest(null, List.of(filters), null, null)).tags();
    }

    @Test
    void createTagsTagsEveryResourceAndDescribeTagsFiltersThem() {
        ec2.createTags(CTX, new CreateTagsRequest(null, List.of(I1, V1), List.of(new Tag("Name", "web"), new Tag("Env", "prod"))));
        assertEquals(4, describe().size());
        assertEquals(List.of(new TagDescription("Env", I1, "instance", "prod"), new TagDescription("Name", I1, "instance", "web")),
                describe(new Filter("resource-type", List.of("instance"))), "by resource id, then key");
        assertEquals(2, describe(new Filter("key", List.of("Name"))).size());
        assertEquals(List.of(new TagDescription("Name", V1, "volume", "web")),
                describe(new Filter("resource-id", List.of("vol-*")), new Filter("key", List.of("Name"))));
    }

    @Test
    void anUnknownOrMalformedIdTagsNothing() {
        AwsException missing = assertThrows(AwsException.class, () -> ec2.createTags(CTX,
                new CreateTagsRequest(null, List.of(I1, "i-0123456789abcdef1"), List.of(new Tag("k", "v")))));
        assertEquals("InvalidInstanceID.NotFound", missing.code());
        assertEquals("The instance ID 'i-0123456789abcdef1' does not exist", missing.getMessage());
        assertEquals(List.of(), describe(), "all or none");
        assertEquals("InvalidID", assertThrows(AwsException.class, () -> ec2.createTags(CTX,
                new CreateTagsRequest(null, List.of("web-server"), List.of(new Tag("k", "v"))))).code());
        assertEquals("InvalidSnapshot.NotFound", assertThrows(AwsException.class, () -> ec2.createTags(CTX,
                new CreateTagsRequest(null, List.of("snap-0123456789abcdef0"), List.of(new Tag("k", "v"))))).code(),
                "a kind nothing registered has no resources");
        assertEquals("MissingParameter", assertThrows(AwsException.class, () -> ec2.createTags(CTX,
                new CreateTagsRequest(null, List.of(), List.of(new Tag("k", "v"))))).code());
    }

    @Test
    void awsTagsAndTooManyTagsAreRefused() {
        AwsException reserved = assertThrows(AwsException.class, () -> ec2.createTags(CTX,
                new CreateTagsRequest(null, List.of(I1), List.of(new Tag("aws:x", "v")))));
        assertEquals("InvalidParameterValue", reserved.code());
        List<Tag> fiftyOne = java.util.stream.IntStream.range(0, 51).mapToObj(i -> new Tag("k" + i, "v")).toList();
        assertEquals("TagLimitExceeded", assertThrows(AwsException.class, () -> ec2.createTags(CTX,
                new CreateTagsRequest(null, List.of(I1), fiftyOne))).code());
    }

    @Test
    void deleteTagsWithAValueDeletesOnlyWhereItMatches() {
        ec2.createTags(CTX, new CreateTagsRequest(null, List.of(I1), List.of(new Tag("a", "1"), new Tag("b", "2"), new Tag("c", ""))));
        ec2.deleteTags(CTX, new DeleteTagsRequest(null, List.of(I1), List.of(new Tag("a", "other"), new Tag("b", null), new Tag("c", ""))));
        assertEquals(List.of(new TagDescription("a", I1, "instance", "1")), describe());
        ec2.deleteTags(CTX, new DeleteTagsRequest(null, List.of(I1), null));
        assertEquals(List.of(), describe(), "no tags named deletes them all");
    }

    @Test
    void describeTagsPagesWithATokenOnlyItsListingTakes() {
        ec2.createTags(CTX, new CreateTagsRequest(null, List.of(I1), java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> new Tag("k" + i, "v")).toList()));
        DescribeTagsResult first = ec2.describeTags(CTX, new DescribeTagsRequest(null, null, 5, null));
        assertEquals(5, first.tags().size());
        DescribeTagsResult rest = ec2.describeTags(CTX, new DescribeTagsRequest(null, null, 5, first.nextToken()));
        assertEquals(2, rest.tags().size());
        assertNull(rest.nextToken());
        assertEquals("InvalidNextToken", assertThrows(AwsException.class, () -> ec2.describeTags(CTX,
                new DescribeTagsRequest(null, List.of(new Filter("key", List.of("k1"))), 5, first.nextToken()))).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> ec2.describeTags(CTX,
                new DescribeTagsRequest(null, null, 4, null))).code());
    }

    @Test
    void tagSpecificationsNameKindsTheOperationMakesOnce() {
        ResourceTags.check(List.of(new TagSpecification("instance", List.of(new Tag("a", "b")))), Set.of(ResourceType.INSTANCE));
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> ResourceTags.check(
                List.of(new TagSpecification("vpc", List.of())), Set.of(ResourceType.INSTANCE))).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> ResourceTags.check(
                List.of(new TagSpecification("instance", List.of()), new TagSpecification("instance", List.of())),
                Set.of(ResourceType.INSTANCE))).code());
        Map<String, String> given = store.write(tx -> tags.specified(tx, ACCOUNT, "eu-west-1", ResourceType.INSTANCE, I1,
                List.of(new TagSpecification("volume", List.of(new Tag("v", "1"))), new TagSpecification("instance", List.of(new Tag("i", "2"))))));
        assertEquals(Map.of("i", "2"), given);
    }
}
