package org.brieflens.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.brieflens.model.Vocabulary;

/**
 * Reads the fields of one JSON object, noting every wrong type, missing field and unknown
 * field with its location instead of stopping at the first. Readers of a field return
 * {@code null} or empty when the field is missing or wrong, and {@link Problems#hasErrors()}
 * tells whether the object as a whole can be trusted.
 */
final class FieldReader {
    private final LocatedNode.ObjectNode object;
    private final String what;
    private final Problems problems;
    private final Set<String> read = new HashSet<>();

    private FieldReader(LocatedNode.ObjectNode object, String what, Problems problems) {
        this.object = object;
        this.what = what;
        this.problems = problems;
    }

    /** A reader for {@code node}, or empty (with a problem noted) if it is not an object. */
    static Optional<FieldReader> of(LocatedNode node, String what, Problems problems) {
        if (node instanceof LocatedNode.ObjectNode object) {
            return Optional.of(new FieldReader(object, what, problems));
        }
        problems.error(node.location(), what + " must be an object, not " + node.describe());
        return Optional.empty();
    }

    String what() {
        return what;
    }

    Location location() {
        return object.location();
    }

    String requiredString(String name) {
        LocatedNode node = required(name);
        return node == null ? null : string(name, node);
    }

    String optionalString(String name) {
        LocatedNode node = optional(name);
        return node == null ? null : string(name, node);
    }

    /** A string that, if present, must not be empty. */
    String requiredText(String name) {
        String value = requiredString(name);
        if (value != null && value.isBlank()) {
            problems.error(object.fields().get(name).location(), what + ": \"" + name + "\" must not be empty");
            return null;
        }
        return value;
    }

    Integer requiredInt(String name) {
        LocatedNode node = required(name);
        return node == null ? null : integer(name, node);
    }

    Integer optionalInt(String name) {
        LocatedNode node = optional(name);
        return node == null ? null : integer(name, node);
    }

    Double requiredNumber(String name) {
        LocatedNode node = required(name);
        if (node == null) {
            return null;
        }
        if (node instanceof LocatedNode.NumberNode number) {
            double value = number.value().doubleValue();
            if (Double.isFinite(value)) {
                return value;
            }
            problems.error(node.location(), what + ": \"" + name + "\" is too large a number");
            return null;
        }
        return typeError(name, node, "a number");
    }

    Double optionalNumber(String name) {
        return optional(name) == null ? null : requiredNumber(name);
    }

    boolean optionalBoolean(String name, boolean fallback) {
        LocatedNode node = optional(name);
        if (node == null) {
            return fallback;
        }
        if (node instanceof LocatedNode.BooleanNode bool) {
            return bool.value();
        }
        typeError(name, node, "true or false");
        return fallback;
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        LocatedNode node = required(name);
        if (node == null) {
            return null;
        }
        String value = string(name, node);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = Vocabulary.parse(type, value);
        if (parsed.isEmpty()) {
            problems.error(node.location(), what + ": \"" + name + "\" is '" + value + "', expected one of "
                    + Vocabulary.namesOf(type));
            return null;
        }
        return parsed.get();
    }

    List<String> stringList(String name) {
        return list(name, "strings", item -> {
            if (item instanceof LocatedNode.StringNode string) {
                return string.value();
            }
            problems.error(item.location(), what + ": \"" + name + "\" must hold strings, not " + item.describe());
            return null;
        });
    }

    /**
     * The items of an optional array, each read by {@code reader} (which notes its own
     * problems and returns null for an item it cannot read); missing means empty.
     */
    <T> List<T> list(String name, String itemsDescription, Function<LocatedNode, T> reader) {
        List<T> values = new ArrayList<>();
        LocatedNode node = optional(name);
        if (node == null) {
            return values;
        }
        if (!(node instanceof LocatedNode.ArrayNode array)) {
            typeError(name, node, "an array of " + itemsDescription);
            return values;
        }
        for (LocatedNode item : array.items()) {
            T value = reader.apply(item);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** The items of a required array, as located nodes for the caller to read. */
    List<LocatedNode> requiredArray(String name) {
        LocatedNode node = required(name);
        if (node == null) {
            return List.of();
        }
        if (node instanceof LocatedNode.ArrayNode array) {
            return array.items();
        }
        typeError(name, node, "an array");
        return List.of();
    }

    Optional<LocatedNode> requiredNode(String name) {
        return Optional.ofNullable(required(name));
    }

    Optional<LocatedNode> optionalNode(String name) {
        return Optional.ofNullable(optional(name));
    }

    /** Notes a warning for each field no reader asked for: likely a typo, or a newer format. */
    void warnAboutUnknownFields() {
        for (Map.Entry<String, LocatedNode> field : object.fields().entrySet()) {
            if (!read.contains(field.getKey())) {
                problems.warning(field.getValue().location(), what + ": unknown field \"" + field.getKey()
                        + "\" ignored");
            }
        }
    }

    private LocatedNode required(String name) {
        read.add(name);
        LocatedNode node = object.fields().get(name);
        if (node == null || node instanceof LocatedNode.NullNode) {
            problems.error(node == null ? object.location() : node.location(),
                    what + ": missing required field \"" + name + "\"");
            return null;
        }
        return node;
    }

    private LocatedNode optional(String name) {
        read.add(name);
        LocatedNode node = object.fields().get(name);
        return node instanceof LocatedNode.NullNode ? null : node;
    }

    private String string(String name, LocatedNode node) {
        if (node instanceof LocatedNode.StringNode string) {
            return string.value();
        }
        return typeError(name, node, "a string");
    }

    private Integer integer(String name, LocatedNode node) {
        if (node instanceof LocatedNode.NumberNode number && number.integral()) {
            BigDecimal value = number.value();
            if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0) {
                return value.intValue();
            }
            problems.error(node.location(), what + ": \"" + name + "\" is out of range: " + value);
            return null;
        }
        return typeError(name, node, "an integer");
    }

    private <T> T typeError(String name, LocatedNode node, String expected) {
        problems.error(node.location(), what + ": \"" + name + "\" must be " + expected + ", not " + node.describe());
        return null;
    }
}
