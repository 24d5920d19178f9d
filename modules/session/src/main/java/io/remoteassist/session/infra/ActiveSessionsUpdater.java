package io.remoteassist.session.infra;

import io.remoteassist.session.api.SessionEvent;
import io.remoteassist.session.domain.ActiveSessionsProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Feeds live session events to the {@link ActiveSessionsProjection}, in the publishing thread. */
@ProcessingGroup(ActiveSessionsUpdater.GROUP)
final class ActiveSessionsUpdater {

    static final String GROUP = "session-active-sessions";

    private final ActiveSessionsProjection projection;

    ActiveSessionsUpdater(ActiveSessionsProjection projection) {
        this.projection = projection;
    }

    @EventHandler
    void on(SessionEvent event) {
        projection.on(event);
    }
}
