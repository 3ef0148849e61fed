package org.symgrad.cli;

import picocli.CommandLine.Option;

/** {@code --detail brief|full}: how much of each derivation is shown (implies {@code --steps}). */
final class DetailOption {
    @Option(names = "--detail", paramLabel = "D",
            description = "brief or full: the lines a textbook prints (brief) or every step (full, as --steps)")
    String detail;
}
