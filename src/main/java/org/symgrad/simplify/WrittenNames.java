package org.symgrad.simplify;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.rewrite.Rule;

/**
 * The right side of each of a simplifier's write-back rules in plain textbook form — the write-back
 * of a whole atom reads {@code name/1}, the name itself — and the names among them: what
 * {@link BranchWriteBack} and {@link ConstantsIntoCases} ask of the definitions at every result.
 * Computed once, when first asked (a simplifier of a derivation makes many results with the same
 * definitions); the same as computing them again each time, as the plain simplification is a
 * function of the expression alone.
 */
final class WrittenNames {
    private final List<Rule> definitions;
    private volatile List<Optional<Expr>> targets;
    private volatile Set<String> names;

    WrittenNames(List<Rule> definitions) {
        this.definitions = definitions;
    }

    /** Each definition's right side simplified ({@link Simplifier#simplifyPlain}), in the definitions' order. */
    List<Optional<Expr>> targets() {
        List<Optional<Expr>> t = targets;
        if (t == null) {
            t = definitions.stream().map(d -> d.rhs().map(Simplifier::simplifyPlain)).toList();
            targets = t;
        }
        return t;
    }

    /** The names of the variables the definitions write back whole (their right sides simplified to a name). */
    Set<String> names() {
        Set<String> n = names;
        if (n == null) {
            Set<String> defined = new HashSet<>();
            for (Optional<Expr> target : targets()) {
                target.filter(r -> r instanceof Sym || r instanceof Indexed).ifPresent(r -> defined.add(((Variable) r).name()));
            }
            n = Set.copyOf(defined);
            names = n;
        }
        return n;
    }
}
