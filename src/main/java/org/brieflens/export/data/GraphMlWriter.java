package org.brieflens.export.data;

import java.io.IOException;
import java.io.OutputStream;

import org.brieflens.export.xml.XmlDocument;
import org.brieflens.model.Actor;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Link;

/**
 * The network as GraphML, which Gephi, yEd, Cytoscape and NetworkX read: actors are nodes
 * (label, kind, ISO code), links are edges (label, kind, family, weight = pieces of evidence),
 * each marked directed or not.
 */
public final class GraphMlWriter {
    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    /** Keys are named per element kind, as the kinds share attribute names ("kind"). */
    private static final String NODE = "node";
    private static final String EDGE = "edge";

    private GraphMlWriter() {
    }

    public static void write(BriefModel model, OutputStream out) throws IOException {
        XmlDocument xml = XmlDocument.start(out);
        xml.open("graphml").attribute("xmlns", NAMESPACE);
        key(xml, NODE, NetworkAttributes.LABEL, "string");
        key(xml, NODE, NetworkAttributes.KIND, "string");
        key(xml, NODE, NetworkAttributes.ISO3, "string");
        key(xml, EDGE, NetworkAttributes.LABEL, "string");
        key(xml, EDGE, NetworkAttributes.KIND, "string");
        key(xml, EDGE, NetworkAttributes.FAMILY, "string");
        key(xml, EDGE, NetworkAttributes.DERIVED, "boolean");
        key(xml, EDGE, NetworkAttributes.WEIGHT, "double");
        xml.open("graph").attribute("id", "brief").attribute("edgedefault", "undirected");
        for (Actor actor : model.actors()) {
            xml.open(NODE).attribute("id", actor.id());
            data(xml, NODE, NetworkAttributes.LABEL, actor.name());
            data(xml, NODE, NetworkAttributes.KIND, actor.kind().jsonName());
            if (actor.iso3() != null) {
                data(xml, NODE, NetworkAttributes.ISO3, actor.iso3());
            }
            xml.close();
        }
        for (Link link : model.links()) {
            xml.open(EDGE).attribute("id", link.id()).attribute("source", link.source())
                    .attribute("target", link.target()).attribute("directed", Boolean.toString(link.directed()));
            data(xml, EDGE, NetworkAttributes.LABEL, link.kind().displayName());
            data(xml, EDGE, NetworkAttributes.KIND, link.kind().jsonName());
            data(xml, EDGE, NetworkAttributes.FAMILY, link.family().jsonName());
            data(xml, EDGE, NetworkAttributes.DERIVED, Boolean.toString(link.isDerived()));
            data(xml, EDGE, NetworkAttributes.WEIGHT, NetworkAttributes.weight(link));
            xml.close();
        }
        xml.finish();
    }

    private static void key(XmlDocument xml, String element, String name, String type) throws IOException {
        xml.leaf("key").attribute("id", element + "_" + name).attribute("for", element)
                .attribute("attr.name", name).attribute("attr.type", type);
    }

    private static void data(XmlDocument xml, String element, String name, String value) throws IOException {
        xml.open("data").attribute("key", element + "_" + name).text(value).close();
    }
}
