package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.query;
import static dev.stratus.it.ModelSweepIT.text;

import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.model.ServiceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The sweep of EC2 (its query dialect): its 765 operations, the ones Stratus serves aimed at an
 * instance, a launch template, a built-in image and the default VPC's subnets, which setup makes
 * or finds (again after the operations that end them); launches kept to one or two instances. The
 * operations Stratus does not serve answer 501 and get a few requests each.
 */
final class Ec2SweepTarget {
    static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

    private Ec2SweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("ec2");
        List<String> instances = new ArrayList<>(List.of("i-0123456789abcdef0"));
        List<String> images = new ArrayList<>(List.of("ami-0123456789abcdef0"));
        List<String> templates = new ArrayList<>(List.of("lt-0123456789abcdef0"));
        List<String> subnets = new ArrayList<>(List.of("subnet-0123456789abcdef0"));
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=InstanceId", instances);
        known.put("=InstanceIds", instances);
        known.put("=ImageId", images);
        known.put("=LaunchTemplateId", templates);
        known.put("=LaunchTemplateName", List.of("sweep-lt", "sweep-lt", "sweep-other"));
        known.put("=SubnetId", subnets);
        known.put("=InstanceType", List.of("t3.micro", "t3.nano", "m5.large", "q9.huge"));
        known.put("=MinCount", List.of("1"));
        known.put("=MaxCount", List.of("1", "2"));
        known.put("=Version", Arrays.asList("$Latest", "$Default", "1", "7", null));
        known.put("=DefaultVersion", List.of("1", "$Latest"));
        known.put("=SourceVersion", Arrays.asList("1", null));
        known.put("=Attribute", List.of("instanceType", "userData", "disableApiTermination", "instanceInitiatedShutdownBehavior", "groupSet",
                "sourceDestCheck", "blockDeviceMapping", "ebsOptimized"));
        known.put("=UserData", List.of("IyEvYmluL3No", "%%%"));
        known.put("=InstanceInitiatedShutdownBehavior", List.of("stop", "terminate"));
        known.put("=MaxResults", List.of("5", "10", "1000"));
        Target[] t = new Target[1];
        t[0] = new Target(model, CONTENT_TYPE, Class.forName("dev.stratus.ec2.Ec2Service"), Set.of(), known,
                Set.of("TerminateInstances", "DeleteLaunchTemplate"), REQUESTS_PER_OPERATION, () -> {
                    Element image = query(t[0], "DescribeImages", "Owner.1", "amazon", "Filter.1.Name", "architecture", "Filter.1.Value.1", "x86_64");
                    images.set(0, first(image, "imagesSet", "imageId"));
                    Element subnet = query(t[0], "DescribeSubnets", "Filter.1.Name", "default-for-az", "Filter.1.Value.1", "true");
                    subnets.set(0, first(subnet, "subnetSet", "subnetId"));
                    Element launched = query(t[0], "RunInstances", "ImageId", images.get(0), "InstanceType", "t3.micro", "MinCount", "1", "MaxCount", "1");
                    instances.set(0, first(launched, "instancesSet", "instanceId"));
                    Element found = query(t[0], "DescribeLaunchTemplates", "Filter.1.Name", "launch-template-name", "Filter.1.Value.1", "sweep-lt");
                    String id = first(found, "launchTemplates", "launchTemplateId");
                    if (id.isEmpty()) {
                        Element made = query(t[0], "CreateLaunchTemplate", "LaunchTemplateName", "sweep-lt", "LaunchTemplateData.ImageId", images.get(0),
                                "LaunchTemplateData.InstanceType", "t3.micro");
                        id = ModelSweepIT.text(made, "launchTemplate", "launchTemplateId");
                    }
                    templates.set(0, id);
                });
        return t[0];
    }

    /** The text of {@code field} in the first item of the list {@code set} of an EC2 answer, or "". */
    private static String first(Element root, String set, String field) {
        return text(root, set, "item", field);
    }
}
