package org.brieflens.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where the model's enums meet their names in the JSON format: the
 * lowercase enum constant ("joint_exercise", "state").
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static String jsonName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String jsonName) {
        if (jsonName == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (jsonName(constant).equals(jsonName)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The accepted names, for error messages: "state, alliance, ...". */
    public static <E extends Enum<E>> String namesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::jsonName)
                .collect(Collectors.joining(", "));
    }
}
