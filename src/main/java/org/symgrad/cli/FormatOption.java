package org.symgrad.cli;

import org.symgrad.report.Format;
import picocli.CommandLine.Option;

/** {@code --format F}: unicode by default on a terminal, ascii when the output is piped. */
final class FormatOption {
    @Option(names = {"-f", "--format"}, paramLabel = "F",
            description = "unicode, ascii, latex, markdown or json (default: unicode on a terminal, else ascii)")
    String format;

    Format format() {
        if (format != null) {
            return Format.parse(format);
        }
        return System.console() != null ? Format.UNICODE : Format.ASCII;
    }
}
