package org.brieflens.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import org.brieflens.files.InputException;
import org.brieflens.files.InputProblem;

/**
 * Parses JSON text into {@link LocatedNode}s with Jackson's streaming parser, hardened for
 * files from anywhere: no data binding (so no polymorphic typing to abuse), duplicate keys
 * refused, and limits on nesting depth, string length, number length and document size.
 */
final class LocatedJsonParser {
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 32 * 1024 * 1024;
    static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    static final int MAX_NUMBER_LENGTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(1024)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;

    private LocatedJsonParser(String file) {
        this.file = file;
    }

    static LocatedNode parse(String file, String json) throws InputException {
        return new LocatedJsonParser(file).parse(json);
    }

    private LocatedNode parse(String json) throws InputException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InputException.ofFile(file, "empty file: expected a JSON object");
            }
            LocatedNode root = value(parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new InputException(problem(parser.currentTokenLocation(),
                        "unexpected content after the end of the JSON document"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(problem(at, "invalid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot be read: " + e.getMessage());
        }
    }

    private LocatedNode value(JsonParser parser, JsonToken token) throws IOException {
        Location location = location(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                Map<String, LocatedNode> fields = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    fields.put(name, value(parser, parser.nextToken()));
                }
                return new LocatedNode.ObjectNode(fields, location);
            }
            case START_ARRAY: {
                List<LocatedNode> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(value(parser, next));
                }
                return new LocatedNode.ArrayNode(items, location);
            }
            case VALUE_STRING:
                return new LocatedNode.StringNode(parser.getText(), location);
            case VALUE_NUMBER_INT:
                return new LocatedNode.NumberNode(new java.math.BigDecimal(parser.getText()), true, location);
            case VALUE_NUMBER_FLOAT:
                return new LocatedNode.NumberNode(parser.getDecimalValue(), false, location);
            case VALUE_TRUE:
                return new LocatedNode.BooleanNode(true, location);
            case VALUE_FALSE:
                return new LocatedNode.BooleanNode(false, location);
            case VALUE_NULL:
                return new LocatedNode.NullNode(location);
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private InputProblem problem(JsonLocation at, String message) {
        if (at == null || at.getLineNr() < 1) {
            return InputProblem.ofFile(file, message);
        }
        return new InputProblem(file, at.getLineNr(), at.getColumnNr(), message);
    }

    private static Location location(JsonLocation at) {
        return new Location(at.getLineNr(), at.getColumnNr());
    }
}
