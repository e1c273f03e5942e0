package org.brieflens.cli;

/** What the command line's exit codes mean. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something went wrong that is not the input's fault. */
    public static final int FAILURE = 1;
    /** Bad input: a file that cannot be read or is not valid, or wrong arguments. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
