package org.symgrad.run;

import java.util.List;
import org.symgrad.check.Verdict;
import org.symgrad.derive.Derivation;
import org.symgrad.expr.Expr;
import org.symgrad.script.CheckStatement;
import org.symgrad.script.DeriveStatement;
import org.symgrad.script.SimplifyStatement;
import org.symgrad.script.Statement;

/** What a statement that produces output produced: a derivation, a simplification or checks. */
public sealed interface Outcome {
    Statement statement();

    /** {@code derive E wrt v}, with the definitions and assumptions in force at it. */
    record Derived(DeriveStatement statement, Derivation derivation, Scope scope) implements Outcome {
        public Derived {
            java.util.Objects.requireNonNull(scope);
        }

        /** A derivation with nothing defined or assumed (a command-line derivative). */
        public Derived(DeriveStatement statement, Derivation derivation) {
            this(statement, derivation, Scope.EMPTY);
        }
    }

    /** {@code simplify e}. */
    record Simplified(SimplifyStatement statement, Expr result) implements Outcome {
    }

    /** {@code check a = b = …}: one verdict per adjacent pair, with the definitions and assumptions in force at it. */
    record Checked(CheckStatement statement, List<Verdict> verdicts, Scope scope) implements Outcome {
        public Checked {
            verdicts = List.copyOf(verdicts);
            java.util.Objects.requireNonNull(scope);
        }

        /** A check with nothing defined or assumed. */
        public Checked(CheckStatement statement, List<Verdict> verdicts) {
            this(statement, verdicts, Scope.EMPTY);
        }

        public boolean holds() {
            return verdicts.stream().allMatch(Verdict::holds);
        }
    }
}
