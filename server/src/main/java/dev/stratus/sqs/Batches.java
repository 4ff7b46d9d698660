package dev.stratus.sqs;

import dev.stratus.protocol.AwsException;
import dev.stratus.sqs.api.BatchResultErrorEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What SendMessageBatch, DeleteMessageBatch and ChangeMessageVisibilityBatch share: their entry ids and an entry's failure. */
final class Batches {
    private Batches() {
    }

    static void check(List<String> ids, String entryName) {
        if (ids.isEmpty()) {
            throw new AwsException("EmptyBatchRequest", "There should be at least one " + entryName + " in the request.");
        }
        if (ids.size() > 10) {
            throw new AwsException("TooManyEntriesInBatchRequest", "Maximum number of entries per request are 10. You have sent " + ids.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!MessageRules.validBatchId(id)) {
                throw new AwsException("InvalidBatchEntryId", "A batch entry id can only contain alphanumeric characters, hyphens and "
                        + "underscores. It can be at most 80 letters long.");
            }
            if (!seen.add(id)) {
                throw new AwsException("BatchEntryIdsNotDistinct", "Id " + id + " repeated.");
            }
        }
    }

    static BatchResultErrorEntry failure(String id, AwsException e) {
        return new BatchResultErrorEntry(id, e.senderFault(), e.code(), e.getMessage());
    }
}
