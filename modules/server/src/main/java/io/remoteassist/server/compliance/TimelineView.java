package io.remoteassist.server.compliance;

import java.util.List;

/** A session's compliance timeline: the session header and every step, in the order of the event store. */
public record TimelineView(ComplianceSessionView session, List<TimelineEntryView> entries) {
}
