package org.symgrad.simplify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * Structural matching up to index renaming: {@code pattern} matches {@code target} when some
 * assignment of the pattern's index variables (consistently, each to one index) and some
 * correspondence of bound summation indices make the two trees equal.
 */
final class IndexMatcher {
    private IndexMatcher() {
    }

    static Optional<Map<String, String>> match(Expr pattern, Expr target, Set<String> variables) {
        Map<String, String> binding = new HashMap<>();
        return new IndexMatcher.State(variables, binding).matches(pattern, target, Map.of())
                ? Optional.of(binding) : Optional.empty();
    }

    private record State(Set<String> variables, Map<String, String> binding) {
        boolean index(String p, String t, Map<String, String> bound) {
            if (bound.containsKey(p)) {
                return bound.get(p).equals(t);
            }
            if (bound.containsValue(t)) {
                return false; // a free pattern index cannot stand for a bound target index
            }
            if (variables.contains(p)) {
                String old = binding.putIfAbsent(p, t);
                return old == null || old.equals(t);
            }
            return p.equals(t);
        }

        boolean matches(Expr p, Expr t, Map<String, String> bound) {
            return switch (p) {
                case Num n -> n.equals(t);
                case Sym s -> s.equals(t);
                case Indexed x -> t instanceof Indexed y && x.name().equals(y.name())
                        && x.indices().size() == y.indices().size() && indices(x.indices(), y.indices(), bound);
                case Delta d -> t instanceof Delta e && index(d.i(), e.i(), bound) && index(d.j(), e.j(), bound);
                case Fn f -> t instanceof Fn g && f.name().equals(g.name()) && all(f.args(), g.args(), bound);
                case Add a -> t instanceof Add b && all(a.terms(), b.terms(), bound);
                case Mul a -> t instanceof Mul b && all(a.factors(), b.factors(), bound);
                case Pow a -> t instanceof Pow b && matches(a.base(), b.base(), bound)
                        && matches(a.exponent(), b.exponent(), bound);
                case Derivative a -> t instanceof Derivative b && matches(a.of(), b.of(), bound)
                        && matches(a.wrt(), b.wrt(), bound);
                case IndexSum a -> {
                    if (!(t instanceof IndexSum b)) {
                        yield false;
                    }
                    Map<String, String> inner = new HashMap<>(bound);
                    inner.put(a.index(), b.index());
                    yield matches(a.lower(), b.lower(), bound) && matches(a.upper(), b.upper(), bound)
                            && matches(a.body(), b.body(), inner);
                }
            };
        }

        private boolean indices(List<String> p, List<String> t, Map<String, String> bound) {
            for (int i = 0; i < p.size(); i++) {
                if (!index(p.get(i), t.get(i), bound)) {
                    return false;
                }
            }
            return true;
        }

        private boolean all(List<Expr> p, List<Expr> t, Map<String, String> bound) {
            if (p.size() != t.size()) {
                return false;
            }
            for (int i = 0; i < p.size(); i++) {
                if (!matches(p.get(i), t.get(i), bound)) {
                    return false;
                }
            }
            return true;
        }
    }

}
