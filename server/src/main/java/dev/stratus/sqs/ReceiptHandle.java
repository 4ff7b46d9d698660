package dev.stratus.sqs;

import dev.stratus.protocol.AwsException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a receipt handle carries: the queue and message it was issued for and the token of
 * that receive. Only the latest receive's token deletes or changes the message.
 */
record ReceiptHandle(long queueId, long seq, String token) {

    String encode() {
        String raw = "sqs1:" + queueId + ":" + seq + ":" + token;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ReceiptHandle decode(String handle, long expectedQueueId) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(handle), StandardCharsets.UTF_8);
            String[] p = raw.split(":");
            if (p.length == 4 && p[0].equals("sqs1")) {
                ReceiptHandle r = new ReceiptHandle(Long.parseLong(p[1]), Long.parseLong(p[2]), p[3]);
                if (r.queueId == expectedQueueId) {
                    return r;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new AwsException("ReceiptHandleIsInvalid", "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
    }
}
