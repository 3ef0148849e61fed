package org.symgrad.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indices are strings: a symbolic index is a letter followed by letters and digits
 * ({@code i}, {@code k2}); a concrete index is a non-negative integer written in digits
 * ({@code 1}); an <em>affine</em> index is an integer combination of index names — or of products
 * of them, as a symbolic stride writes it — plus an integer offset, as convolutions write them
 * ({@code i+k}, {@code t-m}, {@code i-1}, {@code 2*i+p}, {@code (m-1)*s+k} = {@code k+m*s-s}), kept
 * in one canonical spelling: each product with its names in alphabetical order ({@code i*s}), terms
 * with a positive coefficient first, then those with a negative one, each group in alphabetical
 * order, then the offset ({@code t-m}, not {@code -m+t}).
 */
public final class Index {
    private static final Pattern TERM = Pattern.compile(
            "([+-])?(?:([0-9]+)\\*)?([A-Za-z][A-Za-z0-9]*(?:\\*[A-Za-z][A-Za-z0-9]*)*)|([+-])?([0-9]+)");

    /**
     * The index that is the range size n as a value, not a free index: the {@code n} of {@code w_n} in a document
     * whose sums run up to n ({@code \\sum_{t=0}^{n-1} w_t^2}, where w_n is the entry one past the last). A free
     * index named n ranges over its variable's extent and is sampled apart from the size; this one takes the size's
     * value at every point, and whether it lies in a sum's range is the arithmetic of the limits
     * ({@link RangeIndicator#decided}). Printed as n.
     */
    public static final String SIZE = "nsize";

    private Index() {
    }

    /** Whether {@code index} is a run of digits ({@code [0-9]+}), checked by hand as {@link Names} checks names. */
    public static boolean isConcrete(String index) {
        return Names.isDigits(index);
    }

    /** Whether {@code index} is a letter, then letters and digits ({@code [A-Za-z][A-Za-z0-9]*}). */
    public static boolean isSymbolic(String index) {
        return Names.isWord(index);
    }

    /** Whether {@code index} is an affine combination that is neither a plain name nor a number. */
    public static boolean isAffine(String index) {
        return index != null && !isSymbolic(index) && !isConcrete(index) && affine(index).isPresent();
    }

    /** The index names {@code index} mentions, in alphabetical order: itself if symbolic, none if concrete. */
    public static List<String> names(String index) {
        if (isSymbolic(index)) {
            return List.of(index);
        }
        if (isConcrete(index)) {
            return List.of();
        }
        TreeMap<String, Long> terms = affine(index).map(Affine::coefficients).orElse(new TreeMap<>());
        TreeSet<String> out = new TreeSet<>();
        terms.keySet().forEach(t -> out.addAll(Arrays.asList(t.split("\\*"))));
        return List.copyOf(out);
    }

    /**
     * {@code index} with the name {@code from} replaced by the index {@code to} (a name, a number or
     * an affine index), in canonical spelling: {@code i+k} with k := t − i is {@code t}.
     */
    public static String substitute(String index, String from, String to) {
        if (index.equals(from)) {
            return to;
        }
        if (isSymbolic(index) || isConcrete(index) || !names(index).contains(from)) {
            return index;
        }
        Affine a = parsed(index);
        Affine replacement = parsed(to);
        Affine out = new Affine(new TreeMap<>(), a.offset());
        for (Map.Entry<String, Long> t : a.coefficients().entrySet()) {
            Affine term = new Affine(new TreeMap<>(), t.getValue());
            for (String name : t.getKey().split("\\*")) {
                term = times(term, name.equals(from) ? replacement : parsed(name));
            }
            out = plus(out, term);
        }
        return spell(out);
    }

    /** The integer value of {@code index}, each name valued by {@code valueOf}. */
    public static int value(String index, ToIntFunction<String> valueOf) {
        if (isConcrete(index)) {
            return Integer.parseInt(index);
        }
        if (isSymbolic(index)) {
            return valueOf.applyAsInt(index);
        }
        Affine a = parsed(index);
        long v = a.offset();
        for (Map.Entry<String, Long> t : a.coefficients().entrySet()) {
            long term = t.getValue();
            for (String name : t.getKey().split("\\*")) {
                term = Math.multiplyExact(term, valueOf.applyAsInt(name));
            }
            v = Math.addExact(v, term);
        }
        return Math.toIntExact(v);
    }

    /**
     * The canonical spelling of {@code offset + Σ coefficient·name}: a name alone, a non-negative
     * number alone, or an affine index.
     */
    public static String of(Map<String, Long> coefficients, long offset) {
        TreeMap<String, Long> out = new TreeMap<>(coefficients);
        out.values().removeIf(v -> v == 0);
        return spell(new Affine(out, offset));
    }

    /** {@code a + b} of two indices, in canonical spelling. */
    public static String plus(String a, String b) {
        return spell(plus(parsed(a), parsed(b)));
    }

    /** {@code a·b} of two indices, in canonical spelling ({@code 2*(i-1)} is {@code 2*i-2}, {@code (m-1)*s} is {@code m*s-s}). */
    public static String times(String a, String b) {
        return spell(times(parsed(a), parsed(b)));
    }

    /** The coefficients of the terms of {@code index} (names, or products of names such as {@code i*s}). */
    public static Map<String, Long> coefficients(String index) {
        return parsed(index).coefficients();
    }

    /** The integer offset of {@code index} (the number itself for a concrete index). */
    public static long offset(String index) {
        return parsed(index).offset();
    }

    /**
     * The index that {@code k} must equal for {@code p = q} to hold, when the equation determines it
     * as an index: {@code i+k = t} gives {@code t-i}, {@code t = k-1} gives {@code t+1},
     * {@code k+m*s-s = t} gives {@code s+t-m*s}. Empty when k does not occur in {@code p − q}, occurs
     * in a product with other names ({@code k*s = t}), or with a coefficient other than ±1 next to
     * other names ({@code 2*k = t} holds only for even t, which an index cannot state). A coefficient
     * c with only a number beside it gives that number divided by c when it divides evenly; when it
     * does not, the equation never holds ({@link #neverEqual}).
     */
    public static Optional<String> solve(String p, String q, String k) {
        Affine d = difference(p, q);
        Long c = d.coefficients().get(k);
        if (c == null) {
            return Optional.empty();
        }
        TreeMap<String, Long> rest = new TreeMap<>(d.coefficients());
        rest.remove(k);
        for (String term : rest.keySet()) {
            if (Arrays.asList(term.split("\\*")).contains(k)) {
                return Optional.empty();
            }
        }
        if (c == 1 || c == -1) {
            // c·k + e = 0, so k = −e/c = −c·e
            TreeMap<String, Long> solved = new TreeMap<>();
            rest.forEach((name, a) -> solved.put(name, -c * a));
            return Optional.of(spell(new Affine(solved, -c * d.offset())));
        }
        if (rest.isEmpty() && d.offset() % c == 0) {
            return Optional.of(spell(new Affine(new TreeMap<>(), -d.offset() / c)));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code p = q} holds for no integer values of the names: {@code p − q} is a nonzero
     * number ({@code i+1} and {@code i}), or the greatest common divisor of its coefficients does not
     * divide its offset ({@code 2*i} and {@code 2*j+1}).
     */
    public static boolean neverEqual(String p, String q) {
        Affine d = difference(p, q);
        BigInteger gcd = BigInteger.ZERO;
        for (long c : d.coefficients().values()) {
            gcd = gcd.gcd(BigInteger.valueOf(c));
        }
        return gcd.signum() == 0 ? d.offset() != 0 : BigInteger.valueOf(d.offset()).mod(gcd).signum() != 0;
    }

    private static Affine difference(String p, String q) {
        return plus(parsed(p), times(parsed(q), new Affine(new TreeMap<>(), -1)));
    }

    static void requireValid(String index) {
        if (index == null || !(isSymbolic(index) || isConcrete(index) || isAffine(index))) {
            throw new IllegalArgumentException("not an index: " + index);
        }
        if (isAffine(index) && !spell(affine(index).orElseThrow()).equals(index)) {
            throw new IllegalArgumentException("an affine index is kept in canonical spelling: " + index);
        }
    }

    static void requireSymbolic(String index) {
        if (index == null || !isSymbolic(index)) {
            throw new IllegalArgumentException("a summation index must be a name: " + index);
        }
    }

    /**
     * {@code offset + Σ coefficient·term}, each term a name or a product of names written
     * {@code i*s} (names in alphabetical order, a repeated name repeated), no zero coefficient.
     */
    private record Affine(TreeMap<String, Long> coefficients, long offset) {
    }

    private static Affine parsed(String index) {
        return affine(index).orElseThrow(() -> new IllegalArgumentException("not an index: " + index));
    }

    private static Affine plus(Affine x, Affine y) {
        TreeMap<String, Long> out = new TreeMap<>(x.coefficients());
        y.coefficients().forEach((term, c) -> out.merge(term, c, Math::addExact));
        out.values().removeIf(v -> v == 0);
        return new Affine(out, Math.addExact(x.offset(), y.offset()));
    }

    private static Affine times(Affine x, Affine y) {
        Affine out = new Affine(new TreeMap<>(), Math.multiplyExact(x.offset(), y.offset()));
        for (Map.Entry<String, Long> a : x.coefficients().entrySet()) {
            out = plus(out, scaled(a.getKey(), Math.multiplyExact(a.getValue(), y.offset())));
            for (Map.Entry<String, Long> b : y.coefficients().entrySet()) {
                out = plus(out, scaled(product(a.getKey(), b.getKey()), Math.multiplyExact(a.getValue(), b.getValue())));
            }
        }
        for (Map.Entry<String, Long> b : y.coefficients().entrySet()) {
            out = plus(out, scaled(b.getKey(), Math.multiplyExact(b.getValue(), x.offset())));
        }
        return out;
    }

    private static Affine scaled(String term, long c) {
        TreeMap<String, Long> out = new TreeMap<>();
        if (c != 0) {
            out.put(term, c);
        }
        return new Affine(out, 0);
    }

    /** The product of two terms, its names in alphabetical order. */
    private static String product(String a, String b) {
        return sorted(a + "*" + b);
    }

    /** A term {@code s*i} with its names in alphabetical order: {@code i*s}. */
    private static String sorted(String term) {
        List<String> names = new ArrayList<>(Arrays.asList(term.split("\\*")));
        names.sort(null);
        return String.join("*", names);
    }

    private static Optional<Affine> affine(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<String, Long> coefficients = new TreeMap<>();
        long offset = 0;
        Matcher m = TERM.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                return Optional.empty();
            }
            String sign = m.group(3) != null ? m.group(1) : m.group(4);
            if (at > 0 && sign == null) {
                return Optional.empty();
            }
            long s = "-".equals(sign) ? -1 : 1;
            try {
                if (m.group(3) != null) {
                    long c = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
                    coefficients.merge(sorted(m.group(3)), s * c, Long::sum);
                } else {
                    offset += s * Long.parseLong(m.group(5));
                }
            } catch (NumberFormatException tooLong) {
                return Optional.empty();
            }
            at = m.end();
        }
        coefficients.values().removeIf(v -> v == 0);
        return Optional.of(new Affine(coefficients, offset));
    }

    /**
     * {@code index} as a source writes it, for printing: the terms that share a name gathered into
     * one product with it, {@code s+t-m*s} as {@code t-(m-1)*s} and {@code k+m*s-s} as
     * {@code (m-1)*s+k} (a strided convolution's {@code x_{(m-1)*s+k}}), the gathered sum written
     * with a positive first name. Reads back as the same index; other indices are as they are
     * ({@code i*s+p}: one term holds s).
     */
    public static String written(String index) {
        if (index != null && names(index).contains(SIZE)) {
            return substitute(index, SIZE, "n"); // the range size as a value is written n
        }
        if (index == null || isSymbolic(index) || isConcrete(index)) {
            return index;
        }
        Optional<Affine> parsed = affine(index);
        if (parsed.isEmpty()) {
            return index;
        }
        Affine a = parsed.get();
        for (String name : names(index)) {
            // the terms name or name*x, x one other name: their cofactors, with coefficients
            TreeMap<String, Long> cofactors = new TreeMap<>();
            long constant = 0;
            int count = 0;
            TreeMap<String, Long> rest = new TreeMap<>(a.coefficients());
            for (Map.Entry<String, Long> t : a.coefficients().entrySet()) {
                List<String> factors = Arrays.asList(t.getKey().split("\\*"));
                if (t.getKey().equals(name)) {
                    constant = t.getValue();
                    rest.remove(t.getKey());
                    count++;
                } else if (factors.size() == 2 && factors.contains(name) && !factors.get(0).equals(factors.get(1))) {
                    cofactors.put(factors.get(0).equals(name) ? factors.get(1) : factors.get(0), t.getValue());
                    rest.remove(t.getKey());
                    count++;
                }
            }
            if (count < 2 || cofactors.isEmpty()) {
                continue;
            }
            boolean negative = cofactors.values().stream().allMatch(c -> c < 0);
            TreeMap<String, Long> inner = new TreeMap<>();
            cofactors.forEach((x, c) -> inner.put(x, negative ? -c : c));
            String group = "(" + spell(new Affine(inner, negative ? -constant : constant)) + ")*" + name;
            if (rest.isEmpty() && a.offset() == 0) {
                return (negative ? "-" : "") + group;
            }
            // a gathered product added goes first, as a stride is written ((m-1)*s+k); one subtracted after the rest (t-(m-1)*s)
            String others = rest.isEmpty() ? "" : spell(new Affine(rest, 0));
            String out = negative ? others + "-" + group
                    : group + (others.isEmpty() || others.startsWith("-") ? others : "+" + others);
            if (a.offset() != 0) {
                out += (a.offset() > 0 ? "+" : "-") + Math.abs(a.offset());
            }
            return out;
        }
        return index;
    }

    private static String spell(Affine a) {
        if (a.coefficients().isEmpty()) {
            return Long.toString(a.offset());
        }
        if (a.offset() == 0 && a.coefficients().size() == 1 && a.coefficients().values().iterator().next() == 1) {
            return a.coefficients().keySet().iterator().next();
        }
        List<String> terms = new ArrayList<>();
        a.coefficients().forEach((name, c) -> {
            if (c > 0) {
                terms.add((terms.isEmpty() ? "" : "+") + (c == 1 ? "" : c + "*") + name);
            }
        });
        a.coefficients().forEach((name, c) -> {
            if (c < 0) {
                terms.add("-" + (c == -1 ? "" : -c + "*") + name);
            }
        });
        if (a.offset() != 0) {
            terms.add((a.offset() > 0 ? "+" : "-") + Math.abs(a.offset()));
        }
        return String.join("", terms);
    }
}
