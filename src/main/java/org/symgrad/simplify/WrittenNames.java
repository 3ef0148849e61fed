package org.symgrad.simplify;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.rewrite.Rule;

/**
 * The right side of each of a simplifier's write-back rules in plain textbook form — the write-back
 * of a whole atom reads {@code name/1}, the name itself — and the names among them: what
 * {@link BranchWriteBack} and {@link ConstantsIntoCases} ask of the definitions at every result.
 * Computed once, each when first asked (a simplifier of a derivation makes many results with the same
 * definitions, most of them without a case split, which ask none); the same as computing them again
 * each time, as the plain simplification is a function of the expression alone.
 */
final class WrittenNames {
    private final List<Rule> definitions;
    /** Each definition's right side simplified, computed when first asked ({@link #target}); null until then. */
    private final AtomicReferenceArray<Optional<Expr>> targets;
    private volatile Set<String> names;

    WrittenNames(List<Rule> definitions) {
        this.definitions = definitions;
        this.targets = new AtomicReferenceArray<>(definitions.size());
    }

    /**
     * The right side of the {@code i}-th definition simplified ({@link Simplifier#simplifyPlain}). Each
     * is computed when first asked: a result with no case split asks none of them, and the write-back
     * in σ of a derivative's σ shapes has a right side whose plain simplification costs more than many
     * a result.
     */
    Optional<Expr> target(int i) {
        Optional<Expr> t = targets.get(i);
        if (t == null) {
            t = definitions.get(i).rhs().map(Simplifier::simplifyPlain);
            targets.set(i, t);
        }
        return t;
    }

    /** The names of the variables the definitions write back whole (their right sides simplified to a name). */
    Set<String> names() {
        Set<String> n = names;
        if (n == null) {
            Set<String> defined = new HashSet<>();
            for (int i = 0; i < definitions.size(); i++) {
                target(i).filter(r -> r instanceof Sym || r instanceof Indexed).ifPresent(r -> defined.add(((Variable) r).name()));
            }
            n = Set.copyOf(defined);
            names = n;
        }
        return n;
    }
}
