package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.ec2.api.AttributeValue;
import dev.stratus.ec2.api.BlockDeviceMapping;
import dev.stratus.ec2.api.CopyImageRequest;
import dev.stratus.ec2.api.DeregisterImageRequest;
import dev.stratus.ec2.api.DescribeImageAttributeRequest;
import dev.stratus.ec2.api.DescribeImagesRequest;
import dev.stratus.ec2.api.EbsBlockDevice;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.Image;
import dev.stratus.ec2.api.LaunchPermission;
import dev.stratus.ec2.api.LaunchPermissionModifications;
import dev.stratus.ec2.api.ModifyImageAttributeRequest;
import dev.stratus.ec2.api.RegisterImageRequest;
import dev.stratus.ec2.api.ResetImageAttributeRequest;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagesTest extends NetworkFixture {
    static final String OTHER = "444455556666";

    List<Image> describe(RequestContext ctx, List<String> ids, List<String> owners, List<String> users, Filter... filters) {
        return ec2.describeImages(ctx, new DescribeImagesRequest(users, ids, owners, null, null, null, null, null, List.of(filters))).images();
    }

    List<Image> describe(List<String> ids, List<String> owners, Filter... filters) {
        return describe(ctx("DescribeImages"), ids, owners, null, filters);
    }

    Image builtIn(String namePattern) {
        return describe(null, List.of("amazon"), new Filter("name", List.of(namePattern))).getFirst();
    }

    String register(String name, String snapshotId) {
        return ec2.registerImage(ctx("RegisterImage"), new RegisterImageRequest(null, null, null, null, null, null, null, null, name, "mine", null,
                null, null, "/dev/xvda", List.of(new BlockDeviceMapping(new EbsBlockDevice(null, null, snapshotId, null, null, null, null, null, null,
                null, null, null, null), null, "/dev/xvda", null)), null, null, null)).imageId();
    }

    @Test
    void everyRegionOffersTheBuiltInImagesUnderItsOwnStableIds() {
        List<Image> amazon = describe(null, List.of("amazon"));
        assertEquals(6, amazon.size());
        Image al2023 = builtIn("al2023-ami-*-x86_64");
        assertEquals("x86_64", al2023.architecture());
        assertEquals("/dev/xvda", al2023.rootDeviceName());
        EbsBlockDevice root = al2023.blockDeviceMappings().getFirst().ebs();
        assertEquals(8, root.volumeSize());
        assertEquals("gp3", root.volumeType());
        assertTrue(root.deleteOnTermination());
        assertTrue(root.snapshotId().startsWith("snap-"));
        assertEquals("/dev/sda1", builtIn("ubuntu/images/*noble*").rootDeviceName());
        assertEquals("windows", builtIn("Windows_Server-2022-*").platform());
        assertEquals(30, builtIn("Windows_Server-2022-*").blockDeviceMappings().getFirst().ebs().volumeSize());
        assertEquals("arm64", builtIn("al2023-ami-*-arm64").architecture());
        assertEquals(al2023.imageId(), builtIn("al2023-ami-*-x86_64").imageId(), "stable");
        assertNotEquals(al2023.imageId(), describe(ctx("DescribeImages", "eu-west-1", ACCOUNT), null, List.of("amazon"), null,
                new Filter("name", List.of("al2023-ami-*-x86_64"))).getFirst().imageId(), "per region");
        assertEquals(al2023, store.read(tx -> network.image(tx, ACCOUNT, "us-east-1", al2023.imageId())).orElseThrow());
        assertEquals(1, describe(null, null, new Filter("architecture", List.of("arm64")), new Filter("is-public", List.of("true"))).size());
        assertEquals("InvalidAMIID.NotFound", code(() -> describe(List.of("ami-12345678"), null)));
        assertEquals("InvalidAMIID.Malformed", code(() -> describe(List.of("image-1"), null)));
        assertEquals("InvalidUserID.Malformed", code(() -> describe(null, List.of("someone"))));
        assertEquals("InvalidParameterValue", code(() -> describe(null, null, new Filter("colour", List.of("blue")))));
    }

    @Test
    void registeredImagesArePrivateUntilShared() {
        String snapshot = builtIn("al2023-ami-*-x86_64").blockDeviceMappings().getFirst().ebs().snapshotId();
        String id = register("web-1", snapshot);
        Image image = describe(List.of(id), null).getFirst();
        assertEquals(ACCOUNT, image.ownerId());
        assertEquals("available", image.state());
        assertFalse(image.publicValue());
        assertEquals(8, image.blockDeviceMappings().getFirst().ebs().volumeSize(), "the snapshot's size");
        assertEquals("gp2", image.blockDeviceMappings().getFirst().ebs().volumeType());
        assertEquals(List.of(id), describe(null, List.of("self")).stream().map(Image::imageId).toList());
        assertEquals("InvalidAMIName.Duplicate", code(() -> register("web-1", snapshot)));
        assertEquals("InvalidAMIName.Malformed", code(() -> register("a!", snapshot)));
        assertEquals("InvalidSnapshot.NotFound", code(() -> register("web-2", "snap-12345678")));
        RequestContext other = ctx("DescribeImages", "us-east-1", OTHER);
        assertEquals("InvalidAMIID.NotFound", code(() -> describe(other, List.of(id), null, null)));
        ec2.modifyImageAttribute(ctx("ModifyImageAttribute"), new ModifyImageAttributeRequest(null, null, id, null, "add", null, null,
                List.of(OTHER), null, null, null, null, null));
        assertEquals(List.of(id), describe(other, null, null, List.of("self")).stream().map(Image::imageId).toList());
        ec2.modifyImageAttribute(ctx("ModifyImageAttribute"), new ModifyImageAttributeRequest(null, null, id, new LaunchPermissionModifications(
                List.of(new LaunchPermission(null, null, null, "all")), null), null, null, null, null, null, null, null, null, null));
        assertEquals(List.of(new LaunchPermission(null, null, null, "all"), new LaunchPermission(null, null, OTHER, null)),
                ec2.describeImageAttribute(ctx("DescribeImageAttribute"), new DescribeImageAttributeRequest("launchPermission", id, null))
                        .launchPermissions());
        assertTrue(describe(List.of(id), null).getFirst().publicValue());
        assertEquals("AuthFailure", code(() -> ec2.deregisterImage(other, new DeregisterImageRequest(id, null, null))), "not the owner");
        ec2.resetImageAttribute(ctx("ResetImageAttribute"), new ResetImageAttributeRequest("launchPermission", id, null));
        assertEquals("InvalidAMIID.NotFound", code(() -> describe(other, List.of(id), null, null)));
        ec2.modifyImageAttribute(ctx("ModifyImageAttribute"), new ModifyImageAttributeRequest(null, new AttributeValue("web servers"), id, null, null,
                null, null, null, null, null, null, null, null));
        assertEquals("web servers", ec2.describeImageAttribute(ctx("DescribeImageAttribute"), new DescribeImageAttributeRequest("description", id,
                null)).description().value());
        assertEquals("InvalidAMIAttributeItemValue", code(() -> ec2.modifyImageAttribute(ctx("ModifyImageAttribute"),
                new ModifyImageAttributeRequest(null, null, id, null, "add", null, null, List.of("someone"), null, null, null, null, null))));
        ec2.deregisterImage(ctx("DeregisterImage"), new DeregisterImageRequest(id, null, null));
        assertEquals("InvalidAMIID.NotFound", code(() -> describe(List.of(id), null)));
        String builtIn = builtIn("al2023-ami-*-x86_64").imageId();
        assertEquals("AuthFailure", code(() -> ec2.deregisterImage(ctx("DeregisterImage"), new DeregisterImageRequest(builtIn, null, null))));
    }

    @Test
    void aCopyIsPendingUntilItsTimerFires() throws Exception {
        timers.start();
        Image source = builtIn("al2023-ami-*-arm64");
        String id = ec2.copyImage(ctx("CopyImage", "eu-west-1", ACCOUNT), new CopyImageRequest(null, null, null, null, "my-al2023", source.imageId(),
                "us-east-1", null, null, null, null, null, null, null)).imageId();
        RequestContext ireland = ctx("DescribeImages", "eu-west-1", ACCOUNT);
        Image copy = describe(ireland, List.of(id), null, null).getFirst();
        assertEquals("pending", copy.state());
        assertEquals(source.imageId(), copy.sourceImageId());
        assertEquals("us-east-1", copy.sourceImageRegion());
        assertEquals(source.blockDeviceMappings(), copy.blockDeviceMappings());
        assertEquals(source.description(), copy.description());
        clock.advance(Images.PENDING.toMillis());
        timers.wake();
        long deadline = System.currentTimeMillis() + 5000;
        while (!describe(ireland, List.of(id), null, null).getFirst().state().equals("available") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals("available", describe(ireland, List.of(id), null, null).getFirst().state());
        assertEquals("InvalidAMIID.NotFound", code(() -> ec2.copyImage(ctx("CopyImage"), new CopyImageRequest(null, null, null, null, "x-copy",
                "ami-12345678", "us-east-1", null, null, null, null, null, null, null))));
    }
}
