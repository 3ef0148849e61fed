package org.symgrad.script;

import java.util.List;

/** A parsed {@code .sg} script: its statements in source order (SPEC §3). */
public record Script(List<Statement> statements) {
    public Script {
        statements = List.copyOf(statements);
    }
}
