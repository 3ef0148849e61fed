package org.symgrad.cli;

/** The process exit codes of SPEC §6, and the sysexits codes for failures that are not the user's. */
final class ExitCodes {
    static final int OK = 0;
    static final int CHECK_FAILED = 1;
    static final int INPUT = 2;
    static final int LIMIT = 3;
    /** A defect of symgrad itself (sysexits EX_SOFTWARE). */
    static final int INTERNAL = 70;
    /** The output could not be written, e.g. a full disk (sysexits EX_IOERR). */
    static final int OUTPUT = 74;

    private ExitCodes() {
    }
}
