/**
 * The Windows Remote Assistance invitation file ({@code .MsRcIncident}): reading, writing and its cryptography,
 * with the JDK and Bouncy Castle only. The agent uses it to hand a User's invitation to Windows Helpers and to
 * open invitations made by Windows.
 *
 * <h2>Format</h2>
 * <pre>
 * &lt;?xml version="1.0"?&gt;
 * &lt;UPLOADINFO TYPE="Escalated"&gt;
 *   &lt;UPLOADDATA USERNAME="account name"
 *               LHTICKET="upper-case hex"          ConnectionString2, AES-128 under the password (TicketCipher)
 *               RCTICKET="65538,1,host:port;...,*,session id,*,*,key hash"              in clear (RcTicket)
 *               PassStub="14 characters"           in clear; the Helper returns it encrypted (PassStubCipher)
 *               RCTICKETENCRYPTED="1"
 *               DtStart="unix seconds" DtLength="minutes"        when the invitation was made, and for how long
 *               L="0"/&gt;                          1 asks for a low-bandwidth session
 * &lt;/UPLOADINFO&gt;
 * </pre>
 *
 * <h2>Version history</h2>
 * <ul>
 *   <li>Windows XP: RCTICKET only, often no space before {@code RCTICKETENCRYPTED} (the one malformation
 *       {@link io.remoteassist.invitation.api.file.MsRcIncidentReader} forgives), XML declaration naming an
 *       encoding the bytes do not use.</li>
 *   <li>Windows Vista and later: LHTICKET added, holding every address including IPv6 with zones; RCTICKET keeps
 *       the IPv4 ones and repeats the key hash.</li>
 *   <li>Recent Windows (a file of 2024): RCTICKET may be absent; the ConnectionString2 gains KH2 and the
 *       certificate (CE), which are kept (KH2) or ignored (CE) when reading.</li>
 * </ul>
 *
 * <h2>Entry points</h2>
 * {@link io.remoteassist.invitation.api.file.MsRcIncidentReader} and
 * {@link io.remoteassist.invitation.api.file.MsRcIncidentWriter} for files,
 * {@link io.remoteassist.invitation.api.file.ConnectionString2#parse(String)} for a bare ConnectionString2,
 * {@link io.remoteassist.invitation.api.file.PassStubCipher},
 * {@link io.remoteassist.invitation.api.file.PassStubGenerator} and
 * {@link io.remoteassist.invitation.api.file.InvitationPasswordGenerator}. Every failure to read is an
 * {@link io.remoteassist.invitation.api.file.InvitationFileException}.
 */
package io.remoteassist.invitation.api.file;
