package io.remoteassist.invitation.api.contacts;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one end tells the other after a first session: its account name and its self-issued certificate (ECDSA
 * P-256). The receiving end keeps it and, next time, accepts only a handshake signed by that certificate's key.
 *
 * @param name the account name the certificate was issued to
 * @param certificatePem the certificate, PEM
 */
public record ContactCard(String name, String certificatePem) {

    /** Account names as the server accepts them. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@\\\\-]{1,64}");

    private static final int MAX_PEM = 8 * 1024;

    public ContactCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(certificatePem, "certificatePem");
    }

    /**
     * Checks the card: a valid name, a P-256 certificate issued to that name and signed by its own key.
     *
     * @return the certificate
     * @throws ContactException if the card is not usable, with the reason
     */
    public X509Certificate certificate() throws ContactException {
        if (!NAME.matcher(name).matches()) {
            throw new ContactException("name: use 1 to 64 letters, digits and . _ - @ \\");
        }
        if (certificatePem.length() > MAX_PEM) {
            throw new ContactException("certificate: longer than " + MAX_PEM + " characters");
        }
        X509Certificate cert = parse(certificatePem);
        if (!(cert.getPublicKey() instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize()
            != 256) {
            throw new ContactException("certificate: the key is not ECDSA P-256");
        }
        String subject = cert.getSubjectX500Principal().getName();
        if (!subject.equals("CN=" + ContactIdentity.escape(name))) {
            throw new ContactException("certificate: issued to " + subject + ", not to " + name);
        }
        try {
            cert.verify(cert.getPublicKey());
        } catch (Exception e) {
            throw new ContactException("certificate: not signed by its own key (" + e.getMessage() + ")");
        }
        return cert;
    }

    /**
     * Returns the SHA-256 fingerprint of the certificate, hex in groups of four, for people to compare.
     *
     * @return the fingerprint
     * @throws ContactException if the certificate cannot be read
     */
    public String fingerprint() throws ContactException {
        return fingerprint(parse(certificatePem));
    }

    static String fingerprint(X509Certificate cert) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate parse(String pem) throws ContactException {
        String body = pem.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "")
            .replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new ContactException("certificate: not PEM (" + e.getMessage() + ")");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new ContactException("certificate: not an X.509 certificate (" + e.getMessage() + ")");
        }
    }

    static String pem(X509Certificate cert) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
