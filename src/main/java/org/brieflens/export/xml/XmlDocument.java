package org.brieflens.export.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML document written with the JDK's StAX writer, for SVG, GEXF and GraphML: the
 * writer escapes, this adds the line breaks a person reading the file expects. Elements that
 * hold text keep it on their line.
 */
public final class XmlDocument {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter writer;
    /** For each open element: whether it has child elements, so its end tag goes on a new line. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private XmlDocument(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** Starts a UTF-8 document on {@code out}; {@link #finish()} ends it and leaves {@code out} open. */
    public static XmlDocument start(OutputStream out) throws IOException {
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            return new XmlDocument(writer);
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Opens an element that will hold others or text; {@link #close()} ends it. */
    public XmlDocument open(String name) throws IOException {
        try {
            breakLine();
            writer.writeStartElement(name);
            open.push(new boolean[1]);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Opens an element inside text, on the same line, so that no white space is added around it
     * (an SVG {@code <tspan>}); {@link #close()} ends it.
     */
    public XmlDocument openInline(String name) throws IOException {
        try {
            writer.writeStartElement(name);
            open.push(new boolean[1]);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes an element without content; its attributes follow. */
    public XmlDocument leaf(String name) throws IOException {
        try {
            breakLine();
            writer.writeEmptyElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public XmlDocument attribute(String name, String value) throws IOException {
        try {
            writer.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Text content, with the characters XML cannot hold (most control characters) left out. */
    public XmlDocument text(String text) throws IOException {
        try {
            writer.writeCharacters(withoutControlCharacters(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** An element holding only text: {@code <name>text</name>}. */
    public XmlDocument element(String name, String text) throws IOException {
        return open(name).text(text).close();
    }

    public XmlDocument close() throws IOException {
        try {
            boolean[] hasChildren = open.pop();
            if (hasChildren[0]) {
                writer.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public void finish() throws IOException {
        try {
            while (!open.isEmpty()) {
                close();
            }
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public static String withoutControlCharacters(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.substring(0, i));
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private void breakLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        writer.writeCharacters("\n" + "  ".repeat(open.size()));
    }
}
