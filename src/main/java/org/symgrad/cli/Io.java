package org.symgrad.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** The streams of one command: standard input (read for {@code -}), output and errors. */
record Io(InputStream in, PrintWriter out, PrintWriter err) {
}
