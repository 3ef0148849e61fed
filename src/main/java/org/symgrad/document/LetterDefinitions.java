package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Names;

/**
 * An array a display defines at one index letter and inline math gives at another, as PRML §5.3 writes the errors of two
 * layers (SPEC §8): the display {@code \delta_j \equiv \frac{\partial E_n}{\partial a_j}} for the hidden units, then "For the
 * output units $\delta_k = y_k - t_k$". The letter names the layer, so a step's δ_k is the output units' δ, y_k − t_k, and its
 * δ_j the display's; read as one array, δ_k would be ∂E_n/∂a_k of a hidden unit k, and the right
 * {@code \delta_j = h'(a_j) \sum_k w_{kj} \delta_k} false. Read so only where
 * <ul>
 *   <li>the display defines the array at one letter, and the inline formula, below it and above the step, at another letter
 *       by a formula that does not write the array, and</li>
 *   <li>the step writes the array at that other letter.</li>
 * </ul>
 */
final class LetterDefinitions {
    /**
     * An inline formula that gives an array at one letter.
     *
     * @param definition the formula read as a definition, at its letter ({@code δ_k = y_k − t_k})
     * @param line       the line of the inline math
     * @param latex      the inline math as written
     */
    record Given(Definition definition, int line, String latex) {
    }

    private LetterDefinitions() {
    }

    /** The sides with each array a {@code given} formula writes at another letter than its display read as that formula's. */
    static Optional<IndexKinds.Split> of(List<Expr> sides, Definitions definitions, List<Given> given, Function<Expr, String> shown) {
        for (Given g : given) {
            if (!atAnotherLetter(g.definition(), definitions)) {
                continue;
            }
            Indexed at = (Indexed) g.definition().target();
            String array = at.name();
            String letter = at.indices().get(0);
            Definition display = definitions.of(array).orElseThrow();
            if (sides.stream().noneMatch(s -> Exprs.any(s, x -> at.equals(x)))) {
                continue;
            }
            Indexed own = new Indexed(Names.withLabel(array, letter), at.indices());
            Definitions next = definitions.with(new Definition(own, g.definition().body()));
            String note = "read " + shown.apply(at) + " as $" + g.latex().strip() + "$ (line " + g.line() + "), which gives it at the"
                    + " letter " + letter + ", and " + shown.apply(display.target()) + " as the display defines it: the index"
                    + " letters name the layers, as PRML §5.3 writes them";
            return Optional.of(new IndexKinds.Split(next, e -> Exprs.replace(e, at, own), note));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code given} gives an array at a letter other than the one its display definition is written at, by a formula
     * that does not write the array: then it is that array at its letter, not an unread redefinition.
     */
    static boolean atAnotherLetter(Definition given, Definitions definitions) {
        if (!(given.target() instanceof Indexed at) || at.indices().size() != 1 || !LetterKinds.letter(at.indices().get(0))) {
            return false;
        }
        Optional<Definition> display = definitions.of(at.name());
        return display.isPresent() && display.get().indices().size() == 1 && LetterKinds.letter(display.get().indices().get(0))
                && !display.get().indices().get(0).equals(at.indices().get(0)) && !writes(given.body(), at.name());
    }

    private static boolean writes(Expr e, String array) {
        return Exprs.any(e, x -> x instanceof Indexed ix && ix.name().equals(array));
    }
}
