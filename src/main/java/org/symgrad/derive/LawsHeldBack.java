package org.symgrad.derive;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.Trace;
import org.symgrad.rewrite.TraceRecorder;

/**
 * The arithmetic of a stage shown before a law of the book the stage also applied, where the law does not apply
 * to the line the stage starts from: it applies only to a line the arithmetic makes. LightGBM's Fair loss
 * {@code c²(sign(x)/c − sign(x)/(c(1 + |x|/c)))} gathers to {@code c·sign(x)|x|/(c + |x|)}, and only there does
 * {@code sign-times-abs-power} make {@code c·x/(c + |x|)}; one step citing both would cite a law of a line it does
 * not show ({@link StepLeaps}). The arithmetic is done with the functions the law removes (sign) held as atoms,
 * which are then written back: a line equal to the one before for every value of those functions.
 */
final class LawsHeldBack {
    private LawsHeldBack() {
    }

    /**
     * The step of {@code simplify}'s arithmetic from {@code from} with the functions the laws of the book cited by
     * {@code stage} remove held as atoms, labelled from the line {@code from} ({@link StageNames#arithmetic}); empty
     * where the stage cites no such law, the laws apply to {@code from} already, or do not apply to that line either.
     */
    static Optional<Step> arithmeticFirst(Expr from, Step stage, BiFunction<Expr, Trace, Expr> simplify,
            List<String> fallback) {
        List<String> laws = stage.rules().stream().filter(r -> !StepLeaps.book(r).isEmpty()).toList();
        if (laws.isEmpty() || StepLeaps.bookApplies(laws, from)) {
            return Optional.empty();
        }
        Set<String> removed = new TreeSet<>();
        laws.forEach(law -> StepLeaps.book(law).forEach(r -> removed.addAll(removedBy(r))));
        Map<Expr, Sym> held = new LinkedHashMap<>();
        Expr heldForm = held(from, removed, held, StepLeaps.names(from));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        TraceRecorder trace = new TraceRecorder();
        Expr done = simplify.apply(heldForm, trace);
        for (Map.Entry<Expr, Sym> h : held.entrySet()) {
            done = Exprs.replace(done, h.getValue(), h.getKey());
        }
        Expr key = StepLog.key(done);
        if (key.equals(StepLog.key(from)) || key.equals(StepLog.key(stage.expr())) || !StepLeaps.bookApplies(laws, done)) {
            return Optional.empty();
        }
        return Optional.of(new Step(StageNames.arithmetic(trace, fallback, from, done), done));
    }

    /** The functions {@code law} removes: those its left side names more often than its right side. */
    private static Set<String> removedBy(Rule law) {
        Map<String, Integer> left = functions(law.lhs());
        Map<String, Integer> right = law.rhs().map(LawsHeldBack::functions).orElse(Map.of());
        Set<String> out = new TreeSet<>();
        left.forEach((name, n) -> {
            if (n > right.getOrDefault(name, 0)) {
                out.add(name);
            }
        });
        return out;
    }

    private static Map<String, Integer> functions(Expr e) {
        Map<String, Integer> out = new HashMap<>();
        count(e, out);
        return out;
    }

    private static void count(Expr e, Map<String, Integer> out) {
        if (e instanceof Fn f) {
            out.merge(f.name(), 1, Integer::sum);
        }
        Exprs.children(e).forEach(c -> count(c, out));
    }

    /** {@code e} with each application of a function of {@code names} replaced by an atom of its own ({@code held}). */
    private static Expr held(Expr e, Set<String> names, Map<Expr, Sym> held, Set<String> taken) {
        if (e instanceof Fn f && names.contains(f.name())) {
            return held.computeIfAbsent(e, x -> {
                String name;
                int n = held.size();
                do {
                    name = "Held" + (++n);
                } while (taken.contains(name));
                return new Sym(name);
            });
        }
        return Exprs.mapChangedChildren(e, c -> held(c, names, held, taken));
    }
}
