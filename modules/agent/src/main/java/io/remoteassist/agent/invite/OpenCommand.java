package io.remoteassist.agent.invite;

import io.remoteassist.invitation.api.file.HostPort;
import io.remoteassist.invitation.api.file.IncidentFile;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.InvitationFileException;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.remoteassist.invitation.api.file.RelayInvitationFile;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.handshake.HandshakeResult;
import io.remoteassist.transport.handshake.SrpInitiator;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code ra open FILE --password PW}: the Helper opens an invitation file and proves the password to the User's
 * agent through the relay the file points at (SRP-6a; the password does not leave this process). The agent is
 * the judge: with a wrong password the file's LHTICKET does not open here, and the attempt still goes to the agent,
 * which counts it toward the lockout.
 */
public final class OpenCommand {

    /** Answers of the relay, in words. */
    static final Map<String, String> REASONS = Map.ofEntries(
        Map.entry("PASSWORD_REJECTED", "wrong password"),
        Map.entry("LOCKED_OUT", "the invitation is locked after too many wrong passwords; ask the User for a new one"),
        Map.entry("EXPIRED", "the invitation has expired; ask the User for a new one"),
        Map.entry("REVOKED", "the User withdrew the invitation"),
        Map.entry("ALREADY_USED", "the invitation was already used; it is good for one session"),
        Map.entry("REFUSED_BY_POLICY", "Group Policy refused this invitation"),
        Map.entry("NOT_FOUND", "the server does not know this invitation"),
        Map.entry("AGENT_NOT_RUNNING", "the User's agent is not running; ask the User to start it"),
        Map.entry("BUSY", "another Helper is trying this invitation right now; try again in a moment"),
        Map.entry("SESSION_REFUSED", "the password was right but the session could not open (the User is "
            + "already being helped?)"),
        Map.entry("ENCRYPTION_REQUIRED", "Group Policy on the User's computer accepts only encrypted invitations "
            + "(Allow only Windows Vista or later connections); this file has no LHTICKET"),
        Map.entry("AGENT_NOT_PROVEN", "the other end could not prove it is the User's agent"));

    private OpenCommand() {
    }

    /**
     * @param file     the invitation file's bytes
     * @param password the password the User told the Helper
     * @param helper   the Helper's name, recorded with the outcome
     * @return the accepted handshake
     * @throws InvitationException with the reason in words when refused
     * @throws InvitationFileException when the file is not an invitation of ours
     */
    public static HandshakeResult open(byte[] file, String password, String helper) throws InvitationFileException {
        return open(file, password, helper, null);
    }

    /**
     * The same for a Helper whose server is {@code server}. The file names the relay's host and port only: an address
     * is reached over TLS ({@code wss://}) when the server is an {@code https} address, when it is not the server's
     * own plain port (a server with HTTPS names its TLS port in the files), and on port 443.
     *
     * @param server the Helper's server ({@code RA_SERVER}), or null to use TLS on port 443 only
     */
    public static HandshakeResult open(byte[] file, String password, String helper, URI server)
        throws InvitationFileException {
        IncidentFile clear = MsRcIncidentReader.read(file);
        String ticketId;
        List<HostPort> addresses;
        try {
            IncidentTicket ticket = MsRcIncidentReader.decrypt(clear, password);
            ticketId = ticket.sessionId();
            addresses = ticket.addresses();
        } catch (InvitationFileException e) {
            if (clear.rcTicket() == null) {
                throw e;
            }
            ticketId = clear.rcTicket().sessionId();
            addresses = clear.rcTicket().addresses();
        }
        String invitation = RelayInvitationFile.invitationId(ticketId).toString();
        TransportException last = null;
        for (HostPort address : addresses) {
            URI relay = URI.create((secure(address, server) ? "wss" : "ws") + "://" + host(address) + ":"
                + address.port() + "/relay/invitation/" + invitation + "/HELPER?helper="
                + URLEncoder.encode(helper, StandardCharsets.UTF_8)
                + (clear.lhTicket() == null ? "&ticket=legacy" : ""));
            try {
                HandshakeResult result = SrpInitiator.run(relay, invitation, password.toCharArray());
                if (!result.accepted()) {
                    throw new InvitationException(REASONS.getOrDefault(result.outcome(),
                        "refused (" + result.outcome() + ")"));
                }
                return result;
            } catch (TransportException e) {
                last = e;
            }
        }
        throw new InvitationException("cannot reach the User's agent through " + addresses + ": "
            + (last == null ? "no address" : last.getMessage()));
    }

    static boolean secure(HostPort address, URI server) {
        if (address.port() == 443 || server != null && "https".equals(server.getScheme())) {
            return true;
        }
        return server != null && address.port() != (server.getPort() < 0 ? 80 : server.getPort());
    }

    private static String host(HostPort address) {
        return address.isIpv6() ? "[" + address.host() + "]" : address.host();
    }
}
