package org.brieflens.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so that every later complaint about
 * it (a wrong type, an unknown id) can name a line and column.
 */
public sealed interface LocatedNode {

    Location location();

    /** What this value is, for messages: "a string", "an array". */
    String describe();

    record ObjectNode(Map<String, LocatedNode> fields, Location location) implements LocatedNode {
        public ObjectNode {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    record ArrayNode(List<LocatedNode> items, Location location) implements LocatedNode {
        public ArrayNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "an array";
        }
    }

    record StringNode(String value, Location location) implements LocatedNode {
        @Override
        public String describe() {
            return "a string";
        }
    }

    /** A number kept as written, so integers and fractions can be told apart. */
    record NumberNode(java.math.BigDecimal value, boolean integral, Location location) implements LocatedNode {
        @Override
        public String describe() {
            return integral ? "an integer" : "a number";
        }
    }

    record BooleanNode(boolean value, Location location) implements LocatedNode {
        @Override
        public String describe() {
            return "a boolean";
        }
    }

    record NullNode(Location location) implements LocatedNode {
        @Override
        public String describe() {
            return "null";
        }
    }

    /**
     * The location of the value a JSON Pointer names, or of its nearest ancestor that exists
     * (a missing field is reported where its object starts).
     */
    static Location locate(LocatedNode root, String pointer) {
        LocatedNode current = root;
        if (pointer.isEmpty()) {
            return root.location();
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            LocatedNode next = null;
            if (current instanceof ObjectNode object) {
                next = object.fields().get(key);
            } else if (current instanceof ArrayNode array && key.matches("\\d+")) {
                int index = Integer.parseInt(key);
                next = index < array.items().size() ? array.items().get(index) : null;
            }
            if (next == null) {
                break;
            }
            current = next;
        }
        return current.location();
    }
}
