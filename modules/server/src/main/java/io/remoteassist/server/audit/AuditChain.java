package io.remoteassist.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail: a row's hash is SHA-256 over the previous row's hash (of the
 * same aggregate; empty for its first event) and the row's fields. Changing, removing or reordering
 * a row breaks the chain from that row on.
 */
final class AuditChain {

    private AuditChain() {
    }

    static String hash(String previous, AuditEntry e) {
        String canonical = String.join("\u001f", previous, e.eventId, e.occurredAt.toString(), e.aggregateType,
            e.aggregateId, Long.toString(e.sequenceNo), e.eventType, e.actor, e.summary);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }
}
