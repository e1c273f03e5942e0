package org.brieflens.export.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.brieflens.model.BriefModel;
import org.brieflens.model.Link;
import org.brieflens.testing.Briefs;

class NetworkFormatsTest {
    private final BriefModel model = Briefs.bundled();
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    @Test
    void gexfHasANodePerActorAndAnEdgePerLinkWeightedByItsEvidence() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GexfWriter.write(model, out);
        Document gexf = parse(out.toByteArray());
        Link first = model.links().get(0);

        assertThat(number(gexf, "count(/gexf/graph/nodes/node)")).isEqualTo(model.actors().size());
        assertThat(number(gexf, "count(/gexf/graph/edges/edge)")).isEqualTo(model.links().size());
        assertThat(text(gexf, "/gexf/graph/nodes/node[@id='jpn']/@label")).isEqualTo("Japan");
        assertThat(text(gexf, "/gexf/graph/nodes/node[@id='jpn']/attvalues/attvalue[@for='iso3']/@value"))
                .isEqualTo("JPN");
        assertThat(text(gexf, "/gexf/graph/edges/edge[@id='" + first.id() + "']/@weight"))
                .isEqualTo(Integer.toString(first.evidence().size()));
        assertThat(text(gexf, "/gexf/graph/edges/edge[@id='" + first.id() + "']/@type"))
                .isEqualTo(first.directed() ? "directed" : "undirected");
    }

    @Test
    void graphMlHasTheSameNetworkWithKeysForEveryAttribute() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMlWriter.write(model, out);
        Document graphml = parse(out.toByteArray());
        Link first = model.links().get(0);

        assertThat(number(graphml, "count(/graphml/graph/node)")).isEqualTo(model.actors().size());
        assertThat(number(graphml, "count(/graphml/graph/edge)")).isEqualTo(model.links().size());
        assertThat(text(graphml, "/graphml/graph/node[@id='jpn']/data[@key='node_kind']")).isEqualTo("state");
        assertThat(text(graphml, "/graphml/graph/edge[@id='" + first.id() + "']/data[@key='edge_family']"))
                .isEqualTo(first.family().jsonName());
        assertThat(text(graphml, "/graphml/graph/edge[@id='" + first.id() + "']/@directed"))
                .isEqualTo(Boolean.toString(first.directed()));
        assertThat(number(graphml, "count(/graphml/key)")).isEqualTo(8);
    }

    /** Parses without namespaces, so the paths above stay short; the namespaces are checked here. */
    private static Document parse(byte[] xml) throws Exception {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).containsAnyOf("xmlns=\"http://www.gexf.net/1.2draft\"",
                "xmlns=\"http://graphml.graphdrawing.org/xmlns\"");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private double number(Document document, String path) throws Exception {
        return (Double) xpath.evaluate(path, document, XPathConstants.NUMBER);
    }

    private String text(Document document, String path) throws Exception {
        return xpath.evaluate(path, document);
    }
}
