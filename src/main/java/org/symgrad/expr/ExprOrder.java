package org.symgrad.expr;

import java.util.Comparator;
import java.util.List;

/**
 * A total, deterministic order on expressions: first by node kind, then by contents. Used to
 * sort the terms of canonical sums and products so equal expressions print identically.
 */
public final class ExprOrder implements Comparator<Expr> {
    public static final ExprOrder INSTANCE = new ExprOrder();

    private ExprOrder() {
    }

    private static int rank(Expr e) {
        return switch (e) {
            case Num n -> 0;
            case Sym s -> 1;
            case Indexed x -> 2;
            case Delta d -> 3;
            case Fn f -> 4;
            case Derivative d -> 5;
            case Pow p -> 6;
            case Mul m -> 7;
            case Add a -> 8;
            case IndexSum s -> 9;
            case IndexProduct p -> 10;
        };
    }

    @Override
    public int compare(Expr a, Expr b) {
        // a chain of powers (the tower x^x^…^x) is compared level by level in a loop, without
        // building a list of children per level: deep atoms are compared often in normal forms.
        // Levels where both chains have the same base compare equal, so a run of them in both
        // (Pow.run) is passed in one step: two towers of different heights compare in O(1)
        while (a instanceof Pow p && b instanceof Pow q && a != b) {
            int c = compare(p.base(), q.base());
            if (c != 0) {
                return c;
            }
            int levels = Math.min(p.run(), q.run());
            if (p.run() == q.run()) {
                a = p.belowRun();
                b = q.belowRun();
            } else if (p.run() < q.run()) {
                // b goes on with a power of q's base: a differs from it at once unless it is one too
                a = p.belowRun();
                c = a instanceof Pow r ? compare(r.base(), q.base()) : Integer.compare(rank(a), rank(q));
                if (c != 0) {
                    return c;
                }
                b = q.down(levels);
            } else {
                b = q.belowRun();
                c = b instanceof Pow r ? compare(p.base(), r.base()) : Integer.compare(rank(p), rank(b));
                if (c != 0) {
                    return c;
                }
                a = p.down(levels);
            }
        }
        if (a == b) {
            return 0;
        }
        int c = Integer.compare(rank(a), rank(b));
        if (c != 0) {
            return c;
        }
        return switch (a) {
            case Num n -> {
                int byValue = n.value().compareTo(((Num) b).value());
                yield byValue != 0 ? byValue : Boolean.compare(n.decimal(), ((Num) b).decimal());
            }
            case Sym s -> s.name().compareTo(((Sym) b).name());
            case Indexed x -> {
                Indexed y = (Indexed) b;
                int k = x.name().compareTo(y.name());
                yield k != 0 ? k : compareStrings(x.indices(), y.indices());
            }
            case Delta d -> {
                Delta o = (Delta) b;
                int k = d.i().compareTo(o.i());
                yield k != 0 ? k : d.j().compareTo(o.j());
            }
            case Fn f -> {
                Fn g = (Fn) b;
                int k = f.name().compareTo(g.name());
                yield k != 0 ? k : compareLists(f.args(), g.args());
            }
            case IndexSum s -> {
                IndexSum t = (IndexSum) b;
                int k = s.index().compareTo(t.index());
                yield k != 0 ? k : compareLists(Exprs.children(s), Exprs.children(t));
            }
            case IndexProduct s -> {
                IndexProduct t = (IndexProduct) b;
                int k = s.index().compareTo(t.index());
                yield k != 0 ? k : compareLists(Exprs.children(s), Exprs.children(t));
            }
            default -> compareLists(Exprs.children(a), Exprs.children(b));
        };
    }

    private int compareLists(List<Expr> a, List<Expr> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareStrings(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
