package org.brieflens.files;

/**
 * One thing wrong with an input file, at a line and column where there is one (both 1-based;
 * 0 when the problem concerns the whole file).
 */
public record InputProblem(String file, int line, int column, String message) {

    public InputProblem {
        // A problem is reported on one line, whatever the message it wraps.
        message = message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    public static InputProblem ofFile(String file, String message) {
        return new InputProblem(file, 0, 0, message);
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** "FILE:LINE:COL: message", or "FILE: message" without a location. */
    public String describe() {
        return hasLocation() ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
