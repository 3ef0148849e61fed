package org.symgrad.run;

import java.util.List;
import java.util.Objects;
import org.symgrad.derive.Definitions;
import org.symgrad.script.AssumeStatement;

/**
 * What is in force at a statement of a script: the definitions ({@code let}) and the assumptions
 * ({@code assume}) made before it. A derivation's result is stated in these names and holds under
 * these assumptions, so evaluating it, checking it numerically or turning it into code needs them.
 */
public record Scope(Definitions definitions, List<AssumeStatement> assumptions) {
    /** No definitions and no assumptions: a command-line derivative. */
    public static final Scope EMPTY = new Scope(Definitions.none(), List.of());

    public Scope {
        Objects.requireNonNull(definitions);
        assumptions = List.copyOf(assumptions);
    }
}
