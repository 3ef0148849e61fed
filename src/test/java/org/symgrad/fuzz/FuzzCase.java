package org.symgrad.fuzz;

import java.util.List;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.print.Printer;

/**
 * One differentiation the fuzzer tries: {@code derive of wrt wrt} after the {@code let}s, as a
 * script a user could run. {@code id} and the generator's seed reproduce it.
 */
record FuzzCase(long id, Kind kind, List<Definition> lets, Expr of, Expr wrt) {
    /** The families of generated derivations. */
    enum Kind { SCALAR, EDGE, INDEXED, LET_CHAIN, INDEXED_LET_CHAIN }

    FuzzCase {
        lets = List.copyOf(lets);
    }

    Definitions definitions() {
        Definitions d = Definitions.none();
        for (Definition l : lets) {
            d = d.with(l);
        }
        return d;
    }

    /** Nodes of the input: the differentiated expression and every definition's body. */
    int nodes() {
        int n = Exprs.size(of);
        for (Definition l : lets) {
            n += Exprs.size(l.body());
        }
        return n;
    }

    /** The case as a symgrad script. */
    String script() {
        StringBuilder s = new StringBuilder();
        for (Definition l : lets) {
            s.append("let ").append(Printer.ascii(l.target())).append(" = ").append(Printer.ascii(l.body())).append('\n');
        }
        return s.append("derive ").append(Printer.ascii(of)).append(" wrt ").append(Printer.ascii(wrt)).toString();
    }

    FuzzCase with(List<Definition> newLets, Expr newOf) {
        return new FuzzCase(id, kind, newLets, newOf, wrt);
    }

    @Override
    public String toString() {
        return "case " + id + " (" + kind + ", " + nodes() + " nodes): " + script().replace("\n", "; ");
    }
}
