package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;

/**
 * A side that gives a vector by a vector-valued function ({@code \operatorname{softmax}(x)}, {@code \sigma(Wx + b)} with σ a
 * vector function), read at the component {@link #LETTER} of the name it defines: {@code p = \operatorname{softmax}(x)} defines
 * {@code p_i = softmax(x)_i}, whether a display writes it or an announced inline formula does.
 */
final class VectorComponents {
    /** The component the value is read at. */
    static final String LETTER = "i";

    private VectorComponents() {
    }

    /** The side's value at the component {@link #LETTER}, empty where the reading takes no component. */
    static Optional<Expr> at(List<Token> side, String text, LatexContext context) {
        Reading r = LatexReader.read(side, text, context, LETTER);
        return r.readable() && r.componentTaken() ? r.expr() : Optional.empty();
    }

    /** The component of {@code name} the value is read at, {@code p_i}. */
    static Indexed entry(String name) {
        return new Indexed(name, List.of(LETTER));
    }
}
