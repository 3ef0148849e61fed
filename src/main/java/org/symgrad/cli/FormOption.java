package org.symgrad.cli;

import picocli.CommandLine.Option;

/** {@code --form index|matrix|both}: how results are shown (SPEC §10); index notation by default. */
final class FormOption {
    @Option(names = "--form", paramLabel = "FORM",
            description = "index, matrix or both: results in index or matrix notation (default: index)")
    String form;
}
