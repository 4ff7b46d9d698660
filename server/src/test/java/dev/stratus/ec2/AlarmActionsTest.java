package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AlarmActionsTest {

    @Test
    void readsTheActionFromEitherFormOfItsArn() {
        assertEquals("stop", AlarmActions.action("arn:aws:automate:us-east-1:ec2:stop"));
        assertEquals("terminate", AlarmActions.action("arn:aws:automate:eu-west-1:ec2:terminate"));
        assertEquals("reboot", AlarmActions.action("arn:aws:automate:us-east-1:ec2:reboot"));
        assertEquals("recover", AlarmActions.action("arn:aws:automate:us-east-1:ec2:recover"));
        assertEquals("stop", AlarmActions.action("arn:aws:swf:us-east-1:000000000000:action/actions/AWS_EC2.InstanceId.Stop/1.0"));
        assertEquals("reboot", AlarmActions.action("arn:aws:swf:us-east-1:000000000000:action/actions/AWS_EC2.InstanceId.Reboot/1.0"));
        assertNull(AlarmActions.action("arn:aws:automate:us-east-1:ec2:explode"));
    }
}
