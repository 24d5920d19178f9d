package io.remoteassist.transport.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import io.remoteassist.transport.protocol.ChatMessage;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ProtocolException;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SrpHandshakeTest {

    private static final String IDENTITY = "invitation-7f3a";
    private final SecureRandom random = new SecureRandom();
    private final SrpVerifier verifier = SrpHandshake.newVerifier(IDENTITY, "K7M2-P9QX-4TRW".toCharArray(), random);

    @Test
    void bothSidesDeriveTheSameKeyAndProveItToEachOther() throws Exception {
        SrpHandshake.Client helper = new SrpHandshake.Client(IDENTITY, "K7M2-P9QX-4TRW".toCharArray(), random);
        SrpHandshake.Server agent = new SrpHandshake.Server(verifier, random);

        Auth challenge = agent.challenge(viaWire(helper.start()));
        Auth proof = helper.proof(viaWire(challenge));
        Auth confirm = agent.confirm(viaWire(proof));
        helper.finish(viaWire(confirm));

        assertThat(helper.sessionKey()).isEqualTo(agent.sessionKey()).hasSize(32);
    }

    @Test
    void theSessionKeyKeysBothDirectionsOfTheSessionCipher() throws Exception {
        SrpHandshake.Client helper = new SrpHandshake.Client(IDENTITY, "K7M2-P9QX-4TRW".toCharArray(), random);
        SrpHandshake.Server agent = new SrpHandshake.Server(verifier, random);
        helper.finish(agent.confirm(helper.proof(agent.challenge(helper.start()))));

        SessionCipher user = SrpHandshake.sessionCipher(agent.sessionKey(), "session-1", Role.USER);
        SessionCipher helping = SrpHandshake.sessionCipher(helper.sessionKey(), "session-1", Role.HELPER);
        Frame chat = PayloadCodec.encode(new ChatMessage("alice", "hello", Instant.EPOCH));
        assertThat(PayloadCodec.decode(helping.open(user.seal(chat))))
                .isEqualTo(new ChatMessage("alice", "hello", Instant.EPOCH));
        assertThat(PayloadCodec.decode(user.open(helping.seal(chat))))
                .isEqualTo(new ChatMessage("alice", "hello", Instant.EPOCH));
        SessionCipher otherSession = SrpHandshake.sessionCipher(helper.sessionKey(), "session-2", Role.HELPER);
        assertThatThrownBy(() -> otherSession.open(user.seal(chat))).isInstanceOf(ProtocolException.class);
    }

    @Test
    void aWrongPasswordIsRejectedByTheAgent() throws Exception {
        SrpHandshake.Client helper = new SrpHandshake.Client(IDENTITY, "K7M2-P9QX-4TRX".toCharArray(), random);
        SrpHandshake.Server agent = new SrpHandshake.Server(verifier, random);
        Auth proof = helper.proof(agent.challenge(helper.start()));

        assertAuthFailed(() -> agent.confirm(proof));
        assertThatThrownBy(agent::sessionKey).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAgentWithoutTheVerifierCannotConvinceTheHelper() throws Exception {
        SrpVerifier forged = SrpHandshake.newVerifier(IDENTITY, "guess".toCharArray(), random);
        SrpHandshake.Client helper = new SrpHandshake.Client(IDENTITY, "K7M2-P9QX-4TRW".toCharArray(), random);
        SrpHandshake.Server impostor = new SrpHandshake.Server(forged, random);
        helper.proof(impostor.challenge(helper.start()));

        // the impostor cannot produce M2 for the real password; any value it sends fails
        assertAuthFailed(() -> helper.finish(Auth.of(AuthStep.SRP_CONFIRM, new byte[] {1, 2, 3})));
    }

    @Test
    void anUnknownIdentityIsRejected() {
        SrpHandshake.Client helper = new SrpHandshake.Client("other", "x".toCharArray(), random);
        SrpHandshake.Server agent = new SrpHandshake.Server(verifier, random);
        assertAuthFailed(() -> agent.challenge(helper.start()));
    }

    @Test
    void aZeroPublicValueIsRejected() throws Exception {
        SrpHandshake.Server agent = new SrpHandshake.Server(verifier, random);
        agent.challenge(Auth.of(AuthStep.SRP_START, IDENTITY.getBytes()));
        assertAuthFailed(() -> agent.confirm(new Auth(AuthStep.SRP_PROOF, new byte[] {0}, new byte[] {1})));
    }

    @Test
    void aMessageOutOfOrderIsRejected() {
        SrpHandshake.Server agent = new SrpHandshake.Server(verifier, random);
        assertAuthFailed(() -> agent.confirm(Auth.of(AuthStep.SRP_START, new byte[1])));
    }

    private static Auth viaWire(Auth message) throws Exception {
        return (Auth) PayloadCodec.decode(PayloadCodec.encode(message));
    }

    private interface Step {
        void run() throws TransportException;
    }

    private static void assertAuthFailed(Step step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.status()).isEqualTo(TransportStatus.AUTH_FAILED));
    }
}
