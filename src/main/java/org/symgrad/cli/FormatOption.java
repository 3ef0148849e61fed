package org.symgrad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --format F} and {@code -o OUT}, which every printing command takes. */
final class FormatOption {
    @Option(names = {"-f", "--format"}, paramLabel = "F",
            description = "unicode, ascii, latex, markdown, json, numpy or torch (default: unicode on a terminal,"
                    + " else ascii)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "write to OUT: .tex .pdf .md .json .txt .py .png .svg")
    Path output;
}
