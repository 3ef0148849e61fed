package org.symgrad.cli;

/** The process exit codes of SPEC §6. */
final class ExitCodes {
    static final int OK = 0;
    static final int CHECK_FAILED = 1;
    static final int INPUT = 2;
    static final int LIMIT = 3;

    private ExitCodes() {
    }
}
