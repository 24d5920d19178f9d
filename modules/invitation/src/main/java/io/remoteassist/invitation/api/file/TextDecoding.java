package io.remoteassist.invitation.api.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of an invitation file into text, strictly: a byte sequence that is not text is an error. */
final class TextDecoding {

    private TextDecoding() {
    }

    /**
     * Decodes UTF-8 (with or without a byte order mark), or UTF-16 when the bytes start with a byte order mark
     * or look like little-endian UTF-16 ({@code <} then a zero byte), as Windows XP wrote.
     */
    static String decode(byte[] bytes) throws InvitationFileException {
        if (bytes.length == 0) {
            throw new InvitationFileException(InvitationFileException.FILE, "empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, '<', 0)) {
            return decode(bytes, 0, StandardCharsets.UTF_16LE);
        }
        return decode(bytes, 0, StandardCharsets.UTF_8);
    }

    private static String decode(byte[] bytes, int offset, Charset charset) throws InvitationFileException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvitationFileException(InvitationFileException.FILE, "not valid " + charset.name() + " text");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
