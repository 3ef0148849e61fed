package org.symgrad.run;

import java.util.List;
import java.util.Objects;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.script.AssumeStatement;

/**
 * What is in force at a statement of a script: the definitions ({@code let}) and the assumptions
 * ({@code assume}) made before it, and the facts assumed ({@code assume y in {0, 1}}: the points where
 * a result written with their identities holds). A derivation's result is stated in these names and holds under
 * these assumptions, so evaluating it, checking it numerically or turning it into code needs them.
 */
public record Scope(Definitions definitions, List<AssumeStatement> assumptions, Sampling facts) {
    /** No definitions and no assumptions: a command-line derivative. */
    public static final Scope EMPTY = new Scope(Definitions.none(), List.of());

    public Scope {
        Objects.requireNonNull(definitions);
        assumptions = List.copyOf(assumptions);
        Objects.requireNonNull(facts);
    }

    /** Definitions and identities assumed, no fact ({@code assume x > 0} …). */
    public Scope(Definitions definitions, List<AssumeStatement> assumptions) {
        this(definitions, assumptions, Sampling.NONE);
    }
}
