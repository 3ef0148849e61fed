package org.symgrad.rewrite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;

/**
 * A named rewrite {@code lhs → rhs}, applied where {@code lhs} matches ({@link Matcher}) and the
 * condition holds. The name is stable kebab-case and is what a derivation step cites.
 *
 * <p>Checked at construction: the name is kebab-case; the left side is not a bare slot; the right
 * side uses only slots and index variables its left side binds; and the right side holds no
 * instance of the left side outside a Σ — such a rule would rewrite its own result without end.
 *
 * <p>Two kinds: a <em>law</em> ({@link #of}) whose every symbol is a slot (the rule book's
 * {@code σ(−u) → 1 − σ(u)}), and an <em>identity</em> ({@link #identity}) between particular
 * expressions whose only variables are indices ({@code Σ_k t_k → 1}, an assumption; the
 * write-back of a definition {@code exp(z_i) → y_i Σ_k exp(z_k)}).
 */
public final class Rule {
    private final String name;
    private final Expr lhs;
    private final Set<Sym> slots;
    private final Set<String> variables;
    private final Predicate<Match> condition;
    private final Function<Match, Optional<Expr>> rhs;
    private final Optional<Expr> written;

    private Rule(String name, Expr lhs, Set<Sym> slots, Set<String> variables, Predicate<Match> condition,
                 Function<Match, Optional<Expr>> rhs, Optional<Expr> written) {
        this.name = Objects.requireNonNull(name);
        this.lhs = Objects.requireNonNull(lhs);
        this.slots = Set.copyOf(slots);
        this.variables = Set.copyOf(variables);
        this.condition = condition;
        this.rhs = rhs;
        this.written = written;
        if (!isKebabCase(name)) {
            throw new IllegalArgumentException("a rule name is kebab-case: " + name);
        }
        if (lhs instanceof Sym s && slots.contains(s)) {
            throw new IllegalArgumentException("rule " + name + ": a bare slot would match everything");
        }
    }

    /**
     * Whether {@code name} is kebab-case, {@code [a-z0-9]+(-[a-z0-9]+)*}: words of small letters and digits joined
     * by single hyphens. Checked by hand: every rule checks its name when it is made, and a derivation makes
     * rules (its definitions' write-backs) as it goes, where the regular-expression engine runs interpreted.
     */
    static boolean isKebabCase(String name) {
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-') {
                if (wordStart) {
                    return false;
                }
                wordStart = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                wordStart = false;
            } else {
                return false;
            }
        }
        return !wordStart;
    }

    /** The law {@code lhs → rhs}: every symbol of {@code lhs} (but a constant such as π) is a slot. */
    public static Rule of(String name, Expr lhs, Expr rhs) {
        return of(name, lhs, rhs, m -> true);
    }

    /** The law {@code lhs → rhs} where {@code condition} holds of the match. */
    public static Rule of(String name, Expr lhs, Expr rhs, Predicate<Match> condition) {
        Set<Sym> slots = symbols(lhs);
        Set<Sym> unbound = symbols(rhs);
        unbound.removeAll(slots);
        if (!unbound.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + ": the right side uses slots " + unbound
                    + " that the left side does not bind");
        }
        Set<String> variables = Indices.free(lhs);
        requireIndicesBound(name, lhs, rhs, variables);
        Rule rule = new Rule(name, lhs, slots, variables, condition, m -> Optional.of(instantiate(rhs, m, variables)),
                Optional.of(rhs));
        rule.requireNotSelfFeeding(rhs);
        return rule;
    }

    /**
     * A law whose right side is computed from the match ({@code Σ_k δ_km f → f} with k renamed m),
     * empty where it does not apply.
     */
    public static Rule computed(String name, Expr lhs, Function<Match, Optional<Expr>> rhs) {
        return new Rule(name, lhs, symbols(lhs), Indices.free(lhs), m -> true, rhs, Optional.empty());
    }

    /**
     * The identity {@code lhs → rhs} between particular expressions: symbols are themselves, the
     * index variables {@code variables} of {@code lhs} bind to any indices (renamed alike in
     * {@code rhs}); a Σ in {@code lhs} matches any Σ up to the name of its index.
     */
    public static Rule identity(String name, Expr lhs, Set<String> variables, Expr rhs) {
        requireIndicesBound(name, lhs, rhs, variables);
        Rule rule = new Rule(name, lhs, Set.of(), variables, m -> true,
                m -> Optional.of(instantiate(rhs, m, variables)), Optional.of(rhs));
        rule.requireNotSelfFeeding(rhs);
        return rule;
    }

    public String name() {
        return name;
    }

    public Expr lhs() {
        return lhs;
    }

    /**
     * The indices of the left side that stand for themselves, not for any index: {@code k} and {@code l} of the
     * assumption {@code δ_kl → 0} (from {@code k ≠ l}). A Σ whose bound index has such a name is no instance of the
     * rule (the simplifier renames it first).
     */
    public Set<String> fixedIndices() {
        Set<String> out = new java.util.TreeSet<>(Indices.free(lhs));
        out.removeAll(variables);
        return out;
    }

    /** The right side as written, unless it is computed from the match. */
    public Optional<Expr> rhs() {
        return written;
    }

    /** The rewrite of {@code target}, if the left side matches it (plain sign convention). */
    public Optional<Expr> apply(Expr target) {
        return apply(target, Negation.PLAIN);
    }

    /** The rewrite of {@code target}, if the left side matches it under the given sign convention. */
    public Optional<Expr> apply(Expr target, Negation negation) {
        Expr[] out = new Expr[1];
        new Matcher(slots, variables, negation).match(lhs, target, m -> {
            if (!condition.test(m)) {
                return false;
            }
            Optional<Expr> r = rhs.apply(m);
            r.ifPresent(e -> out[0] = e);
            return r.isPresent();
        });
        return Optional.ofNullable(out[0]);
    }

    /** Whether the left side matches {@code target} at all (the condition included). */
    public boolean matches(Expr target) {
        return new Matcher(slots, variables, Negation.PLAIN).match(lhs, target, condition);
    }

    /**
     * The names of the variables that every expression the left side matches holds: its symbols
     * that are not slots (constants aside) and its indexed symbols. Where one of them is missing,
     * the rule cannot apply.
     */
    public Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        collectNames(lhs, out);
        return out;
    }

    private void collectNames(Expr e, Set<String> out) {
        if (e instanceof Sym s && !slots.contains(s) && !Constants.isConstant(s)) {
            out.add(s.name());
        } else if (e instanceof Indexed x) {
            out.add(x.name());
        }
        Exprs.children(e).forEach(c -> collectNames(c, out));
    }

    private static Expr instantiate(Expr rhs, Match m, Set<String> variables) {
        Map<String, String> renaming = new TreeMap<>();
        for (String v : variables) {
            m.boundIndex(v).ifPresent(i -> renaming.put(v, i));
        }
        Expr renamed = renaming.isEmpty() ? rhs : Indices.renameAll(rhs, renaming);
        return m.slots().isEmpty() ? renamed : substitute(renamed, m.slots());
    }

    /**
     * The slots replaced all at once; sums and products rebuilt with the flattening factories, and a
     * power whose exponent became a sum of numbers written with that number ({@code u^(k−1)} with
     * k = 3 is {@code u²}, with k = 2 is {@code u}, with k = 1 is 1), as the book writes it.
     */
    private static Expr substitute(Expr e, Map<Sym, Expr> values) {
        if (e instanceof Sym s && values.containsKey(s)) {
            return values.get(s);
        }
        List<Expr> kids = Exprs.children(e);
        if (kids.isEmpty()) {
            return e;
        }
        List<Expr> out = kids.stream().map(k -> substitute(k, values)).toList();
        return switch (e) {
            case Add a -> numbersAdded(Exprs.add(out));
            case Mul mul -> numbersMultiplied(Exprs.mul(out));
            case org.symgrad.expr.Pow p -> power(out.get(0), numbersAdded(out.get(1)));
            default -> Exprs.withChildren(e, out);
        };
    }

    /** {@code base^exponent}; a numeric exponent 0 gives 1, 1 the base. */
    private static Expr power(Expr base, Expr exponent) {
        if (exponent instanceof Num n && !n.decimal() && (n.value().isZero() || n.value().isOne())) {
            return n.value().isZero() ? Exprs.ONE : base;
        }
        return Exprs.pow(base, exponent);
    }

    /** A product of exact numbers only as the one number it is ({@code −1·2} is {@code −2}); else {@code e}. */
    private static Expr numbersMultiplied(Expr e) {
        if (!(e instanceof Mul m) || !m.factors().stream().allMatch(f -> f instanceof Num n && !n.decimal())) {
            return e;
        }
        Rational c = Rational.ONE;
        for (Expr f : m.factors()) {
            c = c.multiply(((Num) f).value());
        }
        return new Num(c);
    }

    /** {@code e} with the exact numbers of a sum added up into one ({@code n − 1 + 1} is {@code n}); else {@code e}. */
    private static Expr numbersAdded(Expr e) {
        if (!(e instanceof Add a)) {
            return e;
        }
        Rational c = Rational.ZERO;
        int numbers = 0;
        List<Expr> rest = new ArrayList<>();
        for (Expr t : a.terms()) {
            if (t instanceof Num n && !n.decimal()) {
                c = c.add(n.value());
                numbers++;
            } else {
                rest.add(t);
            }
        }
        if (numbers < 2) {
            return e;
        }
        rest.add(new Num(c));
        return Exprs.add(rest);
    }

    private static Set<Sym> symbols(Expr e) {
        Set<Sym> out = new LinkedHashSet<>();
        collectSymbols(e, out);
        return out;
    }

    private static void collectSymbols(Expr e, Set<Sym> out) {
        if (e instanceof Sym s && !Constants.isConstant(s)) {
            out.add(s);
        }
        Exprs.children(e).forEach(c -> collectSymbols(c, out));
    }

    private static void requireIndicesBound(String name, Expr lhs, Expr rhs, Set<String> variables) {
        Set<String> unbound = Indices.free(rhs);
        unbound.removeAll(variables);
        unbound.removeAll(Indices.free(lhs));
        if (!unbound.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + " uses indices its left side does not bind: " + unbound);
        }
    }

    /**
     * Rejects a right side that holds an instance of the left side outside every Σ (the write-back
     * {@code x → σ(log x)/(1 − σ(log x))} for {@code σ(log x)}): applying it would feed itself.
     */
    private void requireNotSelfFeeding(Expr rhs) {
        if (feeds(rhs)) {
            throw new IllegalArgumentException("rule " + name + " would rewrite its own right side: " + lhs + " → " + rhs);
        }
    }

    private boolean feeds(Expr e) {
        if (e instanceof IndexSum) {
            return false;
        }
        if (new Matcher(slots, variables, Negation.PLAIN).match(lhs, e, m -> true)) {
            return true;
        }
        for (Expr c : Exprs.children(e)) {
            if (feeds(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name + ": " + lhs;
    }
}
