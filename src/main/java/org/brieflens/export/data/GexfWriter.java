package org.brieflens.export.data;

import java.io.IOException;
import java.io.OutputStream;

import org.brieflens.export.xml.XmlDocument;
import org.brieflens.model.Actor;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Link;

/**
 * The network as GEXF 1.2, Gephi's own format: actors are nodes (label, kind, ISO code), links
 * are edges (label, kind, family), each directed or not, weighted by how many pieces of
 * evidence state it.
 */
public final class GexfWriter {
    private static final String NAMESPACE = "http://www.gexf.net/1.2draft";

    private GexfWriter() {
    }

    public static void write(BriefModel model, OutputStream out) throws IOException {
        XmlDocument xml = XmlDocument.start(out);
        xml.open("gexf").attribute("xmlns", NAMESPACE).attribute("version", "1.2");
        xml.open("meta");
        xml.element("creator", "BriefLens");
        xml.element("description", model.brief().title());
        xml.close();
        xml.open("graph").attribute("mode", "static").attribute("defaultedgetype", "undirected");
        xml.open("attributes").attribute("class", "node");
        declare(xml, NetworkAttributes.KIND, "string");
        declare(xml, NetworkAttributes.ISO3, "string");
        xml.close();
        xml.open("attributes").attribute("class", "edge");
        declare(xml, NetworkAttributes.KIND, "string");
        declare(xml, NetworkAttributes.FAMILY, "string");
        declare(xml, NetworkAttributes.DERIVED, "boolean");
        xml.close();
        xml.open("nodes");
        for (Actor actor : model.actors()) {
            xml.open("node").attribute("id", actor.id()).attribute("label", actor.name());
            xml.open("attvalues");
            value(xml, NetworkAttributes.KIND, actor.kind().jsonName());
            if (actor.iso3() != null) {
                value(xml, NetworkAttributes.ISO3, actor.iso3());
            }
            xml.close().close();
        }
        xml.close();
        xml.open("edges");
        for (Link link : model.links()) {
            xml.open("edge").attribute("id", link.id()).attribute("source", link.source())
                    .attribute("target", link.target())
                    .attribute("type", link.directed() ? "directed" : "undirected")
                    .attribute("weight", NetworkAttributes.weight(link))
                    .attribute("label", link.kind().displayName());
            xml.open("attvalues");
            value(xml, NetworkAttributes.KIND, link.kind().jsonName());
            value(xml, NetworkAttributes.FAMILY, link.family().jsonName());
            value(xml, NetworkAttributes.DERIVED, Boolean.toString(link.isDerived()));
            xml.close().close();
        }
        xml.close();
        xml.finish();
    }

    private static void declare(XmlDocument xml, String name, String type) throws IOException {
        xml.leaf("attribute").attribute("id", name).attribute("title", name).attribute("type", type);
    }

    private static void value(XmlDocument xml, String name, String value) throws IOException {
        xml.leaf("attvalue").attribute("for", name).attribute("value", value);
    }
}
