package io.remoteassist.server.audit;

import java.util.List;

/**
 * The result of checking the audit trail's hash chain: how many rows were checked and every row
 * where the chain breaks (a changed, removed or reordered row).
 */
public record AuditVerification(long rowsChecked, int aggregates, List<Break> breaks) {

    /** A row whose stored hash or link does not match what its content and predecessor give. */
    public record Break(String aggregateId, long sequenceNo, String eventId, String reason) {
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
