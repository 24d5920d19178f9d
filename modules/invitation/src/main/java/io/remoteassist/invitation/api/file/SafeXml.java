package io.remoteassist.invitation.api.file;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the small, untrusted XML documents of this package with the JDK's own SAX parser, hardened: a DOCTYPE is
 * a fatal error (so no DTD, no entity declaration, no external entity: the class of CVE-2018-0878), external
 * resources are never fetched, and the tree is bounded in depth and size. Text content other than whitespace is
 * refused, since none of these documents has any.
 */
final class SafeXml {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_ELEMENTS = 1024;

    // Building a parser costs far more than parsing a file; each thread keeps one and resets it before use.
    private static final ThreadLocal<SAXParser> PARSERS = ThreadLocal.withInitial(SafeXml::newParser);

    private SafeXml() {
    }

    /**
     * Parses a whole document held in a string; the caller has already decoded its bytes, so an encoding named
     * in the XML declaration is not used.
     *
     * @param text the document
     * @param part the name reported in errors, such as {@code file} or {@code LHTICKET}
     * @return the root element
     * @throws InvitationFileException if the text is not a well-formed document within the bounds above
     */
    static XmlElement parse(String text, String part) throws InvitationFileException {
        TreeHandler handler = new TreeHandler();
        try {
            reusableParser().parse(new InputSource(new StringReader(text)), handler);
        } catch (SAXParseException e) {
            throw new InvitationFileException(part, "not well-formed XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage());
        } catch (TreeLimitException e) {
            throw new InvitationFileException(part, e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InvitationFileException(part, "not well-formed XML: " + e.getMessage());
        }
        return handler.root;
    }

    private static SAXParser reusableParser() throws SAXException {
        SAXParser parser = PARSERS.get();
        // reset() keeps the factory's features but not properties set on the parser: set them again.
        parser.reset();
        forbidExternalAccess(parser);
        return parser;
    }

    private static void forbidExternalAccess(SAXParser parser) throws SAXException {
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    private static SAXParser newParser() {
        try {
            // The JDK's built-in parser, whatever else is on the class path.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            forbidExternalAccess(parser);
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser does not support hardening", e);
        }
    }

    /** A document that is well-formed but outside the bounds this package accepts. */
    private static final class TreeLimitException extends SAXException {

        private static final long serialVersionUID = 1L;

        TreeLimitException(String message) {
            super(message);
        }
    }

    private static final class TreeHandler extends DefaultHandler {

        private final Deque<Builder> open = new ArrayDeque<>();
        private XmlElement root;
        private int elements;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (++elements > MAX_ELEMENTS) {
                throw new TreeLimitException("more than " + MAX_ELEMENTS + " elements");
            }
            if (open.size() >= MAX_DEPTH) {
                throw new TreeLimitException("elements nested deeper than " + MAX_DEPTH);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getQName(i), attributes.getValue(i));
            }
            open.push(new Builder(qName, values));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Builder done = open.pop();
            XmlElement element = new XmlElement(done.name, done.attributes, done.children);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    throw new TreeLimitException("text content in <" + open.peek().name + "> is not allowed");
                }
            }
        }
    }

    private static final class Builder {

        private final String name;
        private final Map<String, String> attributes;
        private final List<XmlElement> children = new ArrayList<>();

        Builder(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }
    }
}
