package org.symgrad.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The building factories. Unlike the record constructors they flatten nested sums and products
 * and drop neutral literals ({@code 0} in a sum, {@code 1} in a product; a literal {@code 0}
 * factor makes the product {@code 0}) — nothing more. Canonical form is the simplifier's job.
 */
public final class Exprs {
    public static final Num ZERO = new Num(Rational.ZERO);
    public static final Num ONE = new Num(Rational.ONE);
    public static final Num MINUS_ONE = new Num(Rational.MINUS_ONE);
    public static final Num TWO = new Num(Rational.TWO);
    /** The default upper bound of a summation index: {@code n}. */
    public static final Sym N = new Sym("n");

    private Exprs() {
    }

    public static Num num(long n) {
        return new Num(Rational.of(n));
    }

    public static Num num(Rational r) {
        return new Num(r);
    }

    /** A number literal as written ({@code 3}, {@code 0.25}, {@code 1e-3}): a decimal if it has a point or an exponent. */
    public static Num literal(String text) {
        return new Num(Rational.parseDecimal(text), text.indexOf('.') >= 0 || text.indexOf('e') >= 0
                || text.indexOf('E') >= 0);
    }

    /** Whether {@code e} holds a number written as a decimal ({@link Num#decimal()}). */
    public static boolean writesDecimals(Expr e) {
        if (e instanceof Num n) {
            return n.decimal();
        }
        for (Expr c : children(e)) {
            if (writesDecimals(c)) {
                return true;
            }
        }
        return false;
    }

    public static Sym sym(String name) {
        return new Sym(name);
    }

    public static Indexed indexed(String name, String... indices) {
        return new Indexed(name, List.of(indices));
    }

    public static Expr add(Expr... terms) {
        return add(Arrays.asList(terms));
    }

    /**
     * {@code e + d} with {@code d} added to the number term of a sum where it has one, as a person adds it:
     * {@code 1/n − 1} plus −1 is {@code 1/n − 2} (not {@code 1/n − 1 − 1}), {@code a + 1} plus −1 is {@code a};
     * the terms stay in their order.
     */
    public static Expr plusNumber(Expr e, Rational d) {
        if (e instanceof Add sum) {
            List<Expr> terms = new ArrayList<>(sum.terms());
            for (int i = terms.size() - 1; i >= 0; i--) {
                if (terms.get(i) instanceof Num c) {
                    Rational total = c.value().add(d);
                    if (total.isZero()) {
                        terms.remove(i);
                    } else {
                        terms.set(i, new Num(total));
                    }
                    return terms.size() == 1 ? terms.get(0) : add(terms);
                }
            }
        }
        return add(e, new Num(d));
    }

    public static Expr add(List<? extends Expr> terms) {
        List<Expr> flat = new ArrayList<>(terms.size());
        for (Expr t : terms) {
            if (t instanceof Add a) {
                flat.addAll(a.terms());
            } else if (!(t instanceof Num n && n.value().isZero())) {
                flat.add(t);
            }
        }
        return switch (flat.size()) {
            case 0 -> ZERO;
            case 1 -> flat.get(0);
            default -> new Add(flat);
        };
    }

    public static Expr mul(Expr... factors) {
        return mul(Arrays.asList(factors));
    }

    public static Expr mul(List<? extends Expr> factors) {
        List<Expr> flat = new ArrayList<>(factors.size());
        boolean zero = false;
        for (Expr f : factors) {
            for (Expr g : f instanceof Mul m ? m.factors() : List.of(f)) {
                if (g instanceof Num n && n.value().isZero()) {
                    zero = true;
                } else if (!(g instanceof Num n && n.value().isOne())) {
                    flat.add(g);
                }
            }
        }
        if (zero) {
            // 0·(1/0) is no number: kept whole, so that whoever evaluates it meets the division by zero
            if (flat.stream().noneMatch(Exprs::isReciprocalOfZero)) {
                return ZERO;
            }
            flat.add(0, ZERO);
        }
        return switch (flat.size()) {
            case 0 -> ONE;
            case 1 -> flat.get(0);
            default -> new Mul(flat);
        };
    }

    /** Whether {@code e} is 0 to a power that is not positive ({@code 1/0}, {@code 0^0}): no number. */
    private static boolean isReciprocalOfZero(Expr e) {
        return e instanceof Pow p && isNum(p.base(), 0) && p.exponent() instanceof Num k && k.value().signum() <= 0;
    }

    public static Expr pow(Expr base, Expr exponent) {
        return new Pow(base, exponent);
    }

    /** {@code base^exponent}; the first power is {@code base} itself (no step may show {@code x^1}). */
    public static Expr pow(Expr base, long exponent) {
        return exponent == 1 ? base : new Pow(base, num(exponent));
    }

    public static Expr neg(Expr e) {
        if (e instanceof Num n) {
            return new Num(n.value().negate(), n.decimal());
        }
        return mul(MINUS_ONE, e);
    }

    public static Expr sub(Expr a, Expr b) {
        return add(a, neg(b));
    }

    public static Expr div(Expr a, Expr b) {
        return mul(a, pow(b, -1));
    }

    public static Fn fn(String name, Expr... args) {
        return new Fn(name, List.of(args));
    }

    /** {@code exp(e)}; the function registry says what it means. */
    public static Fn exp(Expr e) {
        return fn("exp", e);
    }

    /** {@code log(e)}, the natural logarithm. */
    public static Fn log(Expr e) {
        return fn("log", e);
    }

    /** {@code sigma(e)}, the logistic sigmoid. */
    public static Fn sigma(Expr e) {
        return fn("sigma", e);
    }

    /** {@code Σ_{index=1}^{n} body}, the default range. */
    public static IndexSum sum(String index, Expr body) {
        return new IndexSum(index, ONE, N, body);
    }

    public static Delta delta(String i, String j) {
        return new Delta(i, j);
    }

    public static boolean isNum(Expr e, long value) {
        return e instanceof Num n && n.value().equals(Rational.of(value));
    }

    /** The direct sub-expressions of {@code e}, in a fixed order. */
    public static List<Expr> children(Expr e) {
        return switch (e) {
            case Num n -> List.of();
            case Sym s -> List.of();
            case Indexed x -> List.of();
            case Delta d -> List.of();
            case Add a -> a.terms();
            case Mul m -> m.factors();
            case Pow p -> List.of(p.base(), p.exponent());
            case Fn f -> f.args();
            case IndexSum s -> List.of(s.lower(), s.upper(), s.body());
            case IndexProduct p -> List.of(p.lower(), p.upper(), p.body());
            case Derivative d -> List.of(d.of(), d.wrt());
        };
    }

    /**
     * {@code e} with its children replaced, in {@link #children} order. Returns {@code e} itself
     * when every child is identical, so an unchanged subtree keeps its identity.
     */
    public static Expr withChildren(Expr e, List<Expr> kids) {
        List<Expr> old = children(e);
        boolean same = true;
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i) != kids.get(i)) {
                same = false;
                break;
            }
        }
        if (same) {
            return e;
        }
        return switch (e) {
            case Num n -> n;
            case Sym s -> s;
            case Indexed x -> x;
            case Delta d -> d;
            case Add a -> new Add(kids);
            case Mul m -> m.with(kids);
            case Pow p -> new Pow(kids.get(0), kids.get(1));
            case Fn f -> new Fn(f.name(), kids);
            case IndexSum s -> new IndexSum(s.index(), kids.get(0), kids.get(1), kids.get(2));
            case IndexProduct p -> new IndexProduct(p.index(), kids.get(0), kids.get(1), kids.get(2));
            case Derivative d -> new Derivative(kids.get(0), kids.get(1));
        };
    }

    /** Applies {@code f} to each child and rebuilds {@code e} only if a child changed. */
    public static Expr mapChildren(Expr e, UnaryOperator<Expr> f) {
        List<Expr> old = children(e);
        if (old.isEmpty()) {
            return e;
        }
        List<Expr> kids = new ArrayList<>(old.size());
        for (Expr c : old) {
            kids.add(f.apply(c));
        }
        return withChildren(e, kids);
    }

    /** {@code e} with {@code f} applied to each child, rebuilt only when a child changed: else {@code e} itself. */
    public static Expr mapChangedChildren(Expr e, UnaryOperator<Expr> f) {
        List<Expr> old = children(e);
        List<Expr> kids = new ArrayList<>(old.size());
        boolean changed = false;
        for (Expr c : old) {
            Expr r = f.apply(c);
            changed |= r != c;
            kids.add(r);
        }
        return changed ? withChildren(e, kids) : e;
    }

    /** {@link #flags}: set on every computed value. */
    private static final int COMPUTED = 1;
    /** {@link #flags}: the tree holds no Σ or Π (no bound index). */
    private static final int NO_BOUND_INDEX = 2;
    /** {@link #flags}: {@link #indexFreeInOrder}. */
    private static final int INDEX_FREE_IN_ORDER = 4;
    /** {@link #flags}: {@link #numbersFolded}. */
    private static final int NUMBERS_FOLDED = 8;
    /** {@link #flags}: the tree holds no exp ({@link #holdsExp}). */
    private static final int NO_EXP = 16;
    /** {@link #flags}: the tree holds no product {@linkplain Mul#asWritten() shown as written} or {@linkplain Mul#isTyped() typed}. */
    private static final int NO_WRITTEN_ORDER = 32;
    private static final int ALL = COMPUTED | NO_BOUND_INDEX | INDEX_FREE_IN_ORDER | NUMBERS_FOLDED | NO_EXP | NO_WRITTEN_ORDER;

    /**
     * Whether {@code e} holds no indexed name and no Σ or Π, and the factors of each of its products,
     * after a leading number, stand in {@link ExprOrder}: an expression that writing without indices,
     * sorting the factors of its products and renaming bound indices leaves as it is. Computed once per
     * node of a sum, product, power or function, so asking again of a shared subtree is free.
     */
    public static boolean indexFreeInOrder(Expr e) {
        return (flags(e) & INDEX_FREE_IN_ORDER) != 0;
    }

    /** Whether {@code e} holds a Σ or a Π anywhere (computed once per node, as {@link #indexFreeInOrder}). */
    public static boolean holdsBoundIndex(Expr e) {
        return (flags(e) & NO_BOUND_INDEX) == 0;
    }

    /**
     * Whether each product in {@code e} holds at most one number, standing first ({@code 6x}, not
     * {@code 3·2·x} or {@code x·2}): the form in which folding the numbers of each product into one
     * leading coefficient leaves a tree as it is. Computed once per node of a sum, product, power or
     * function; {@code false} for a tree with a Σ or Π, which the caller then walks.
     */
    public static boolean numbersFolded(Expr e) {
        return (flags(e) & NUMBERS_FOLDED) != 0;
    }

    /**
     * Whether {@code e} holds an exp anywhere ({@code any(e, x -> x is exp(…))}): a tree known to hold none
     * (computed once per node, as {@link #indexFreeInOrder}) is not walked; below a Σ, Π or derivative it is.
     */
    public static boolean holdsExp(Expr e) {
        if ((flags(e) & NO_EXP) != 0) {
            return false;
        }
        if (e instanceof Fn f && f.name().equals("exp")) {
            return true;
        }
        for (Expr c : children(e)) {
            if (holdsExp(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code e} with no product {@linkplain Mul#asWritten() shown as written} or {@linkplain Mul#isTyped() typed}: each
     * such product the same list of factors, unmarked. A presentation's mark ends where a form is computed with again (the simplifier's memo
     * would hand the marked form to whoever asks for an equal one). {@code e} itself where it holds none
     * (known without a walk for a tree with no Σ, Π or derivative, as {@link #holdsExp}).
     */
    public static Expr withoutWrittenOrder(Expr e) {
        if ((flags(e) & NO_WRITTEN_ORDER) != 0) {
            return e;
        }
        Expr out = mapChangedChildren(e, Exprs::withoutWrittenOrder);
        return out instanceof Mul m && (m.asWritten() || m.isTyped()) ? new Mul(m.factors()) : out;
    }

    private static int flags(Expr e) {
        if (e instanceof Compound c) {
            return c.flags();
        }
        if (e instanceof Derivative d) {
            return flags(d.of()) & flags(d.wrt());
        }
        if (e instanceof Indexed) {
            return COMPUTED | NO_BOUND_INDEX | NUMBERS_FOLDED | NO_EXP | NO_WRITTEN_ORDER;
        }
        if (e instanceof IndexSum || e instanceof IndexProduct) {
            return COMPUTED;
        }
        return ALL;
    }

    static byte computeFlags(Expr e) {
        List<Expr> kids = children(e);
        int f = ALL;
        for (Expr k : kids) {
            f &= flags(k);
        }
        if (e instanceof Fn g && g.name().equals("exp")) {
            f &= ~NO_EXP;
        }
        if (e instanceof Mul m && (m.asWritten() || m.isTyped())) {
            f &= ~NO_WRITTEN_ORDER;
        }
        if (e instanceof Mul && (f & NUMBERS_FOLDED) != 0) {
            for (int i = 1; i < kids.size(); i++) {
                if (kids.get(i) instanceof Num) {
                    f &= ~NUMBERS_FOLDED;
                    break;
                }
            }
        }
        if (e instanceof Mul && (f & INDEX_FREE_IN_ORDER) != 0) {
            for (int i = kids.get(0) instanceof Num ? 1 : 0; i + 1 < kids.size(); i++) {
                if (ExprOrder.INSTANCE.compare(kids.get(i), kids.get(i + 1)) > 0) {
                    f &= ~INDEX_FREE_IN_ORDER;
                    break;
                }
            }
        }
        return (byte) f;
    }

    /** Number of nodes in the tree; the size measure used by budgets and "fewest nodes" choices. */
    public static int size(Expr e) {
        int n = 1;
        for (Expr c : children(e)) {
            n += size(c);
        }
        return n;
    }

    /** How many nodes of the tree {@code e} satisfy {@code p}. */
    public static int count(Expr e, java.util.function.Predicate<Expr> p) {
        int n = p.test(e) ? 1 : 0;
        for (Expr c : children(e)) {
            n += count(c, p);
        }
        return n;
    }

    /**
     * Whether {@code e} is more than {@code levels} deep (a leaf is one level), measured without
     * recursion so that any depth can be asked about.
     */
    public static boolean isDeeperThan(Expr e, int levels) {
        Deque<Expr> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(e);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Expr node = nodes.pop();
            int depth = depths.pop();
            if (depth > levels) {
                return true;
            }
            for (Expr child : children(node)) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return false;
    }

    /** The names of the plain symbols (no indexed names) in {@code e}, in the order they are met. */
    public static java.util.Set<String> symbolNames(Expr e) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        symbolNames(e, out);
        return out;
    }

    private static void symbolNames(Expr e, java.util.Set<String> out) {
        if (e instanceof Sym s) {
            out.add(s.name());
        }
        children(e).forEach(c -> symbolNames(c, out));
    }

    /** Whether a node of the tree {@code e} satisfies {@code p}; stops at the first that does. */
    public static boolean any(Expr e, java.util.function.Predicate<Expr> p) {
        if (p.test(e)) {
            return true;
        }
        for (Expr c : children(e)) {
            if (any(c, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code needle} occurs anywhere in {@code e} (structurally). */
    public static boolean contains(Expr e, Expr needle) {
        return any(e, needle::equals);
    }

    /** {@code e} with every occurrence of {@code from} (structurally) replaced by {@code to}. */
    public static Expr replace(Expr e, Expr from, Expr to) {
        if (e.equals(from)) {
            return to;
        }
        return mapChildren(e, c -> replace(c, from, to));
    }
}
