package io.remoteassist.server.presence;

import io.remoteassist.invitation.api.InvitationAcceptedEvent;
import io.remoteassist.invitation.api.InvitationExpiredEvent;
import io.remoteassist.invitation.api.InvitationLockedOutEvent;
import io.remoteassist.invitation.api.InvitationRevokedEvent;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Drops pending IM invitations whose invitation closed (a subscribing processor). */
@Singleton
@ProcessingGroup(ImInvitationClosures.GROUP)
public class ImInvitationClosures {

    public static final String GROUP = "im-invitations";

    private final ImMailbox mailbox;

    ImInvitationClosures(ImMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @EventHandler
    public void on(InvitationAcceptedEvent e) {
        mailbox.dropInvitation(e.invitationId().toString());
    }

    @EventHandler
    public void on(InvitationRevokedEvent e) {
        mailbox.dropInvitation(e.invitationId().toString());
    }

    @EventHandler
    public void on(InvitationExpiredEvent e) {
        mailbox.dropInvitation(e.invitationId().toString());
    }

    @EventHandler
    public void on(InvitationLockedOutEvent e) {
        mailbox.dropInvitation(e.invitationId().toString());
    }
}
