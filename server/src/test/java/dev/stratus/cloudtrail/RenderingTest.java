package dev.stratus.cloudtrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.model.ServiceModel;
import org.junit.jupiter.api.Test;

/**
 * requestParameters and responseElements rendered from the models, against the shapes of
 * CloudTrail's published records (its user guide's log file examples; EC2's SOAP-style
 * {@code …Set}/{@code items} form).
 */
class RenderingTest {
    static final ServiceModel EC2 = ServiceModel.load("ec2");

    JsonNode request(ServiceModel model, String op, String input) {
        return new Rendering(model).request(model.operation(op), Json.parse(input));
    }

    JsonNode response(ServiceModel model, String op, String output) {
        return new Rendering(model).response(model.operation(op), Json.parse(output), "req-1");
    }

    @Test
    void runInstancesRequestIsInEc2sSetAndItemsForm() {
        JsonNode r = request(EC2, "RunInstances", """
                {"ImageId":"ami-0abc","MinCount":1,"MaxCount":2,"KeyName":"k","InstanceType":"t3.micro","SubnetId":"subnet-1",
                 "DisableApiTermination":false,"SecurityGroupIds":["sg-1","sg-2"],
                 "TagSpecifications":[{"ResourceType":"instance","Tags":[{"Key":"Name","Value":"web"}]}],
                 "BlockDeviceMappings":[{"DeviceName":"/dev/xvda","Ebs":{"VolumeSize":8}}],"UserData":"ZWNobw=="}""");
        assertEquals("instancesSet", r.fieldNames().next(), "the SOAP request's instancesSet comes first");
        assertEquals("ami-0abc", r.at("/instancesSet/items/0/imageId").asText());
        assertEquals(1, r.at("/instancesSet/items/0/minCount").asInt());
        assertEquals(2, r.at("/instancesSet/items/0/maxCount").asInt());
        assertEquals("k", r.at("/instancesSet/items/0/keyName").asText());
        assertFalse(r.has("imageId"));
        assertEquals("t3.micro", r.get("instanceType").asText());
        assertEquals("subnet-1", r.get("subnetId").asText());
        assertFalse(r.get("disableApiTermination").asBoolean());
        assertEquals("sg-2", r.at("/groupSet/items/1/groupId").asText());
        assertEquals("instance", r.at("/tagSpecificationSet/items/0/resourceType").asText());
        assertEquals("Name", r.at("/tagSpecificationSet/items/0/tags/0/key").asText());
        assertEquals("web", r.at("/tagSpecificationSet/items/0/tags/0/value").asText());
        assertEquals("/dev/xvda", r.at("/blockDeviceMapping/items/0/deviceName").asText());
        assertEquals(8, r.at("/blockDeviceMapping/items/0/ebs/volumeSize").asInt());
    }

    @Test
    void runInstancesResponseCarriesTheRequestIdAndInstancesSet() {
        JsonNode r = response(EC2, "RunInstances", """
                {"ReservationId":"r-1","OwnerId":"000000000000","Groups":[],
                 "Instances":[{"InstanceId":"i-0abc","ImageId":"ami-0abc","State":{"Code":0,"Name":"pending"},"InstanceType":"t3.micro",
                   "LaunchTime":1765009800.5,"PrivateIpAddress":"172.31.0.5","Tags":[{"Key":"Name","Value":"web"}],
                   "SecurityGroups":[{"GroupId":"sg-1","GroupName":"default"}]}]}""");
        assertEquals("req-1", r.get("requestId").asText());
        assertEquals("r-1", r.get("reservationId").asText());
        assertEquals(Json.parse("{}"), r.get("groupSet"), "an empty list is an empty object");
        assertEquals("i-0abc", r.at("/instancesSet/items/0/instanceId").asText());
        assertEquals("pending", r.at("/instancesSet/items/0/instanceState/name").asText());
        assertEquals(1765009800500L, r.at("/instancesSet/items/0/launchTime").asLong(), "EC2's timestamps are epoch milliseconds");
        assertEquals("web", r.at("/instancesSet/items/0/tagSet/items/0/value").asText());
        assertEquals("default", r.at("/instancesSet/items/0/groupSet/items/0/groupName").asText());
    }

    @Test
    void ec2InstanceIdsAndFiltersAreItemsOfTheirSets() {
        JsonNode stop = request(EC2, "StopInstances", "{\"InstanceIds\":[\"i-1\",\"i-2\"],\"Force\":true}");
        assertEquals("i-2", stop.at("/instancesSet/items/1/instanceId").asText());
        assertEquals(true, stop.get("force").asBoolean());
        JsonNode tags = request(EC2, "CreateTags", "{\"Resources\":[\"i-1\"],\"Tags\":[{\"Key\":\"a\",\"Value\":\"b\"}]}");
        assertEquals("i-1", tags.at("/resourcesSet/items/0/resourceId").asText());
        assertEquals("b", tags.at("/tagSet/items/0/value").asText());
        JsonNode describe = request(EC2, "DescribeInstances", "{\"Filters\":[{\"Name\":\"tag:App\",\"Values\":[\"web\"]}]}");
        assertEquals("tag:App", describe.at("/filterSet/items/0/name").asText());
        assertEquals("web", describe.at("/filterSet/items/0/valueSet/items/0/value").asText());
    }

    @Test
    void anEc2ReturnIsRenderedAsAwsNamesIt() {
        JsonNode r = response(EC2, "DeleteSecurityGroup", "{\"Return\":true,\"GroupId\":\"sg-1\"}");
        assertEquals(true, r.get("_return").asBoolean());
        assertEquals("req-1", r.get("requestId").asText());
    }

    @Test
    void queryServicesAreLowerCamelWithAwsDates() {
        ServiceModel iam = ServiceModel.load("iam");
        assertEquals(Json.parse("{\"userName\":\"bob\",\"path\":\"/\"}"), request(iam, "CreateUser", "{\"UserName\":\"bob\",\"Path\":\"/\"}"));
        JsonNode r = response(iam, "CreateUser", """
                {"User":{"Path":"/","UserName":"bob","UserId":"AIDAEXAMPLE","Arn":"arn:aws:iam::000000000000:user/bob","CreateDate":1765009800}}""");
        assertEquals("AIDAEXAMPLE", r.at("/user/userId").asText());
        assertEquals("Dec 6, 2025, 8:30:00 AM", r.at("/user/createDate").asText());
        assertFalse(r.has("requestId"), "only EC2's records carry the request id in responseElements");
    }

    @Test
    void secretsAreNeverRendered() {
        ServiceModel iam = ServiceModel.load("iam");
        assertEquals(Rendering.HIDDEN, request(iam, "CreateLoginProfile", "{\"UserName\":\"bob\",\"Password\":\"p@ss\"}").get("password").asText());
        ServiceModel sts = ServiceModel.load("sts");
        JsonNode assumed = response(sts, "AssumeRole", """
                {"Credentials":{"AccessKeyId":"ASIA1","SecretAccessKey":"s3cr3t","SessionToken":"tok","Expiration":1765009800},
                 "AssumedRoleUser":{"AssumedRoleId":"AROA1:s","Arn":"arn:aws:sts::000000000000:assumed-role/r/s"}}""");
        assertEquals(Rendering.HIDDEN, assumed.at("/credentials/secretAccessKey").asText());
        assertEquals("ASIA1", assumed.at("/credentials/accessKeyId").asText());
        ServiceModel secrets = ServiceModel.load("secretsmanager");
        assertEquals(Rendering.HIDDEN, request(secrets, "CreateSecret", "{\"Name\":\"db\",\"SecretString\":\"hunter2\"}").get("secretString").asText());
        ServiceModel kms = ServiceModel.load("kms");
        JsonNode encrypt = request(kms, "Encrypt", "{\"KeyId\":\"alias/a\",\"Plaintext\":\"aGk=\",\"EncryptionContext\":{\"Dept\":\"x\"}}");
        assertEquals(Rendering.HIDDEN, encrypt.get("plaintext").asText());
        assertEquals("x", encrypt.at("/encryptionContext/Dept").asText(), "map keys are kept as given");
    }

    @Test
    void ec2HidesUserDataAndKeyMaterialInItsOwnWords() {
        assertEquals(Rendering.EC2_HIDDEN, request(EC2, "RunInstances",
                "{\"ImageId\":\"ami-1\",\"MinCount\":1,\"MaxCount\":1,\"UserData\":\"c2VjcmV0\"}").get("userData").asText());
        JsonNode modified = request(EC2, "ModifyInstanceAttribute", "{\"InstanceId\":\"i-1\",\"UserData\":{\"Value\":\"c2VjcmV0\"}}");
        assertEquals(Rendering.EC2_HIDDEN, modified.get("userData").asText(), "the binary user data is named, hidden: " + modified);
        assertEquals(Rendering.EC2_HIDDEN, response(EC2, "CreateKeyPair",
                "{\"KeyName\":\"k\",\"KeyMaterial\":\"-----BEGIN RSA PRIVATE KEY-----\"}").get("keyMaterial").asText());
    }

    @Test
    void jsonServicesAreLowerCamelAndEmptyInputIsNull() {
        ServiceModel sqs = ServiceModel.load("sqs");
        JsonNode r = request(sqs, "CreateQueue", "{\"QueueName\":\"q\",\"Attributes\":{\"DelaySeconds\":\"5\"}}");
        assertEquals("q", r.get("queueName").asText());
        assertEquals("5", r.at("/attributes/DelaySeconds").asText());
        assertNull(request(sqs, "ListQueues", "{}"));
        assertEquals("https://q", response(sqs, "CreateQueue", "{\"QueueUrl\":\"https://q\"}").get("queueUrl").asText());
    }
}
