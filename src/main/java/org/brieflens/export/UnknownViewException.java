package org.brieflens.export;

import java.util.List;

/** An export named a view that does not exist. */
public final class UnknownViewException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnknownViewException(String id, List<String> known) {
        super("unknown view '" + id + "': the views are " + String.join(", ", known));
    }
}
