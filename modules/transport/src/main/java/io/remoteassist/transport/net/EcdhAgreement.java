package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.KeyAgreement;

/**
 * Ephemeral ECDH on P-256 (JDK provider), for sessions without a password: offers, where the server signs the
 * Helper's ephemeral key, and trusted contacts, where each end signs with its contact certificate. This class
 * only agrees the secret; whoever calls it must authenticate the peer's public key (signature checks belong to
 * the caller), otherwise a relay could sit in the middle.
 *
 * <p>Feed {@link #agree(byte[])}'s secret and {@link #transcript(Role, byte[])} to {@link SessionCipher#create}.
 * Single-use, not thread-safe.
 */
public final class EcdhAgreement {

    private static final String CURVE = "secp256r1";

    private final KeyPair keyPair;

    /**
     * Generates a fresh key pair.
     *
     * @param random entropy source
     */
    public EcdhAgreement(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE), random);
            this.keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 unavailable", e);
        }
    }

    /** @return this end's public key, X.509 SubjectPublicKeyInfo encoding */
    public byte[] publicKey() {
        return keyPair.getPublic().getEncoded();
    }

    /** @return an {@code AUTH} message offering this end's public key, without signature */
    public Auth offer() {
        return Auth.of(AuthStep.ECDH_KEY, publicKey());
    }

    /**
     * @param peerPublicKey the peer's X.509 encoded P-256 public key, already authenticated by the caller
     * @return the raw shared secret (32 bytes); never use it as a key directly
     * @throws TransportException {@link TransportStatus#AUTH_FAILED} if the key is not a valid P-256 point
     */
    public byte[] agree(byte[] peerPublicKey) throws TransportException {
        try {
            PublicKey peer = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(peerPublicKey));
            if (!(peer instanceof ECPublicKey ec) || !sameCurve(ec.getParams())) {
                throw new TransportException(TransportStatus.AUTH_FAILED, "peer key is not on P-256");
            }
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keyPair.getPrivate());
            agreement.doPhase(peer, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException e) {
            throw new TransportException(TransportStatus.AUTH_FAILED, "invalid peer key", e);
        }
    }

    /**
     * Binds the session keys to both public keys, in role order, so that both ends derive the same context.
     *
     * @param local         this end's role
     * @param peerPublicKey the peer's encoded public key
     * @return the User's key followed by the Helper's key
     */
    public byte[] transcript(Role local, byte[] peerPublicKey) {
        byte[] mine = publicKey();
        byte[] first = local == Role.USER ? mine : peerPublicKey;
        byte[] second = local == Role.USER ? peerPublicKey : mine;
        byte[] out = new byte[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    private boolean sameCurve(ECParameterSpec params) {
        ECParameterSpec mine = ((ECPublicKey) keyPair.getPublic()).getParams();
        return mine.getCurve().equals(params.getCurve()) && mine.getGenerator().equals(params.getGenerator())
                && mine.getOrder().equals(params.getOrder());
    }
}
