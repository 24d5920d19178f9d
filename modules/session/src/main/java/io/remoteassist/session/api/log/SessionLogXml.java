package io.remoteassist.session.api.log;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The XML form of a {@link SessionLog}, one file per session:
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <RemoteAssistanceLog version="1" session="…" user="alice" helper="bob" computer="pc1" forcedByPolicy="false">
 *   <Entry at="2026-11-25T02:40:00Z" event="ConnectionAllowedEvent" actor="alice">alice allowed …<Detail>…</Detail></Entry>
 * </RemoteAssistanceLog>
 * }</pre>
 * Text comes from endpoints (names, chat): the writer escapes it, and replaces characters XML cannot carry with
 * U+FFFD. The reader refuses DTDs and external entities, anything larger than {@link #MAX_BYTES}, and any other
 * element, with a message that says where.
 */
public final class SessionLogXml {

    /** The largest log the reader accepts. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final String ROOT = "RemoteAssistanceLog";
    private static final String ENTRY = "Entry";
    private static final String DETAIL = "Detail";

    private SessionLogXml() {
    }

    /** Writes {@code log} as UTF-8 XML; leaves {@code out} open. */
    public static void write(SessionLog log, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(ROOT);
            w.writeAttribute("version", "1");
            w.writeAttribute("session", clean(log.sessionId()));
            w.writeAttribute("user", clean(log.user()));
            w.writeAttribute("helper", clean(log.helper()));
            w.writeAttribute("computer", clean(log.computer()));
            w.writeAttribute("forcedByPolicy", String.valueOf(log.forcedByPolicy()));
            for (SessionLogEntry e : log.entries()) {
                w.writeCharacters("\n  ");
                w.writeStartElement(ENTRY);
                w.writeAttribute("at", e.at().toString());
                w.writeAttribute("event", clean(e.event()));
                w.writeAttribute("actor", clean(e.actor()));
                w.writeCharacters(clean(e.text()));
                if (e.detail() != null) {
                    w.writeStartElement(DETAIL);
                    w.writeCharacters(clean(e.detail()));
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the session log: " + e.getMessage(), e);
        }
    }

    /** The log as UTF-8 bytes. */
    public static byte[] toBytes(SessionLog log) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            write(log, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Reads a log written by {@link #write}; reads at most {@link #MAX_BYTES} from {@code in}. */
    public static SessionLog read(InputStream in) throws IOException, SessionLogFormatException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new SessionLogFormatException("the session log is larger than " + MAX_BYTES + " bytes");
        }
        return read(bytes);
    }

    /** Reads a log from its bytes. */
    public static SessionLog read(byte[] bytes) throws SessionLogFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new SessionLogFormatException("the session log is larger than " + MAX_BYTES + " bytes");
        }
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            r.nextTag();
            expect(r, ROOT);
            String session = required(r, "session");
            SessionLog head = new SessionLog(session, r.getAttributeValue(null, "user"),
                r.getAttributeValue(null, "helper"), r.getAttributeValue(null, "computer"),
                Boolean.parseBoolean(r.getAttributeValue(null, "forcedByPolicy")), List.of());
            List<SessionLogEntry> entries = new ArrayList<>();
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                expect(r, ENTRY);
                entries.add(entry(r));
            }
            return new SessionLog(head.sessionId(), head.user(), head.helper(), head.computer(),
                head.forcedByPolicy(), entries);
        } catch (XMLStreamException e) {
            throw new SessionLogFormatException("not a session log: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static SessionLogEntry entry(XMLStreamReader r) throws XMLStreamException, SessionLogFormatException {
        int line = r.getLocation().getLineNumber();
        Instant at;
        try {
            at = Instant.parse(required(r, "at"));
        } catch (DateTimeParseException e) {
            throw new SessionLogFormatException("line " + line + ": at is not an ISO-8601 instant");
        }
        String event = required(r, "event");
        String actor = r.getAttributeValue(null, "actor");
        StringBuilder text = new StringBuilder();
        String detail = null;
        while (true) {
            int next = r.next();
            if (next == XMLStreamConstants.CHARACTERS || next == XMLStreamConstants.CDATA
                || next == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            } else if (next == XMLStreamConstants.START_ELEMENT) {
                expect(r, DETAIL);
                if (detail != null) {
                    throw new SessionLogFormatException("line " + r.getLocation().getLineNumber()
                        + ": a second Detail");
                }
                detail = r.getElementText();
            } else if (next == XMLStreamConstants.END_ELEMENT) {
                return new SessionLogEntry(at, event, actor, text.toString(), detail);
            } else if (next != XMLStreamConstants.COMMENT) {
                throw new SessionLogFormatException("line " + r.getLocation().getLineNumber()
                    + ": unexpected content in an Entry");
            }
        }
    }

    private static void expect(XMLStreamReader r, String name) throws SessionLogFormatException {
        if (!name.equals(r.getLocalName())) {
            throw new SessionLogFormatException("line " + r.getLocation().getLineNumber() + ": expected <" + name
                + ">, found <" + r.getLocalName() + ">");
        }
    }

    private static String required(XMLStreamReader r, String attribute) throws SessionLogFormatException {
        String value = r.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw new SessionLogFormatException("line " + r.getLocation().getLineNumber() + ": <"
                + r.getLocalName() + "> has no " + attribute);
        }
        return value;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Replaces every character XML 1.0 cannot carry (controls but tab/newline/CR, lone surrogates) with U+FFFD. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return b.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
