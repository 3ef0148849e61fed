package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.Trace;
import org.symgrad.rewrite.TraceRecorder;
import org.symgrad.testing.RandomExprs;

/**
 * {@link Normalizer#untraced()} starts from the tables of the normaliser that simplified an
 * expression: normalising that normaliser's result again with it gives what a fresh normaliser
 * gives (the normal form, its presentation, the term-by-term fraction and the gathered squares the
 * simplifier's last stage builds on it), and reports nothing to the first one's trace.
 */
class SharedMemoTest {
    @Test
    void normalisingAgainFromTheSharedTablesIsNormalisingAfresh() {
        RandomExprs gen = new RandomExprs(97L);
        int compared = 0;
        int split = 0;
        for (int t = 0; t < 400; t++) {
            Expr e = switch (t % 3) {
                case 0 -> gen.next(4);
                case 1 -> gen.nextEdge(4);
                default -> gen.nextIndexed(Set.of("i"), 3);
            };
            TraceRecorder trace = new TraceRecorder();
            Normalizer first = new Normalizer(Budget.standard(), List.of(), List.of(), false, trace);
            Expr best;
            try {
                best = first.canonical(e);
            } catch (SymgradException undefined) {
                continue;
            }
            List<String> reported = trace.fired();
            Normalizer shared = first.untraced();
            Normalizer fresh = new Normalizer(Budget.standard(), List.of(), List.of(), false, Trace.NONE);
            Factored again = shared.normalize(best);
            Factored afresh = fresh.normalize(best);
            String what = Printer.ascii(e) + " simplified to " + Printer.ascii(best);
            assertEquals(afresh, again, what);
            assertEquals(fresh.presenter().present(afresh), shared.presenter().present(again), what);
            Optional<Expr> splitFresh = TermwiseFractions.of(afresh, fresh, new BinomialSquares(fresh)::gathered);
            assertEquals(splitFresh, TermwiseFractions.of(again, shared, new BinomialSquares(shared)::gathered), what);
            assertEquals(new BinomialSquares(fresh).gathered(best), new BinomialSquares(shared).gathered(best), what);
            assertEquals(reported, trace.fired(), () -> "the shared normaliser reported to the first's trace: " + what);
            compared++;
            if (splitFresh.isPresent()) {
                split++;
            }
        }
        assertTrue(compared > 300, "only " + compared + " expressions compared");
        assertTrue(split > 5, "only " + split + " expressions had a term-by-term fraction");
    }
}
