package org.symgrad.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indices are strings: a symbolic index is a letter followed by letters and digits
 * ({@code i}, {@code k2}); a concrete index is a non-negative integer written in digits
 * ({@code 1}); an <em>affine</em> index is an integer combination of index names plus an integer
 * offset, as convolutions write them ({@code i+k}, {@code t-m}, {@code i-1}, {@code 2*i+p}),
 * kept in one canonical spelling: names with a positive coefficient first, then those with a
 * negative one, each group in alphabetical order, then the offset ({@code t-m}, not {@code -m+t}).
 */
public final class Index {
    private static final Pattern SYMBOLIC = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern CONCRETE = Pattern.compile("[0-9]+");
    private static final Pattern TERM = Pattern.compile("([+-])?(?:([0-9]+)\\*)?([A-Za-z][A-Za-z0-9]*)|([+-])?([0-9]+)");

    private Index() {
    }

    public static boolean isConcrete(String index) {
        return CONCRETE.matcher(index).matches();
    }

    public static boolean isSymbolic(String index) {
        return SYMBOLIC.matcher(index).matches();
    }

    /** Whether {@code index} is an affine combination that is neither a plain name nor a number. */
    public static boolean isAffine(String index) {
        return index != null && !isSymbolic(index) && !isConcrete(index) && affine(index).isPresent();
    }

    /** The index names {@code index} mentions: itself if symbolic, none if concrete, those of an affine index. */
    public static List<String> names(String index) {
        if (isSymbolic(index)) {
            return List.of(index);
        }
        if (isConcrete(index)) {
            return List.of();
        }
        return affine(index).map(a -> List.copyOf(a.coefficients().keySet())).orElse(List.of());
    }

    /**
     * {@code index} with the name {@code from} replaced by the index {@code to} (a name, a number or
     * an affine index), in canonical spelling: {@code i+k} with k := t − i is {@code t}.
     */
    public static String substitute(String index, String from, String to) {
        if (index.equals(from)) {
            return to;
        }
        if (isSymbolic(index) || isConcrete(index)) {
            return index;
        }
        Affine a = affine(index).orElseThrow(() -> new IllegalArgumentException("not an index: " + index));
        Long c = a.coefficients().get(from);
        if (c == null) {
            return index;
        }
        Affine b = affine(to).orElseThrow(() -> new IllegalArgumentException("not an index: " + to));
        Map<String, Long> out = new TreeMap<>(a.coefficients());
        out.remove(from);
        b.coefficients().forEach((name, k) -> out.merge(name, c * k, Long::sum));
        out.values().removeIf(v -> v == 0);
        return spell(new Affine(out, a.offset() + c * b.offset()));
    }

    /** The integer value of {@code index}, each name valued by {@code valueOf}. */
    public static int value(String index, ToIntFunction<String> valueOf) {
        if (isConcrete(index)) {
            return Integer.parseInt(index);
        }
        if (isSymbolic(index)) {
            return valueOf.applyAsInt(index);
        }
        Affine a = affine(index).orElseThrow(() -> new IllegalArgumentException("not an index: " + index));
        long v = a.offset();
        for (Map.Entry<String, Long> t : a.coefficients().entrySet()) {
            v += t.getValue() * valueOf.applyAsInt(t.getKey());
        }
        return Math.toIntExact(v);
    }

    /**
     * The canonical spelling of {@code offset + Σ coefficient·name}: a name alone, a non-negative
     * number alone, or an affine index.
     */
    public static String of(Map<String, Long> coefficients, long offset) {
        Map<String, Long> out = new TreeMap<>(coefficients);
        out.values().removeIf(v -> v == 0);
        return spell(new Affine(out, offset));
    }

    /** {@code a + b} of two indices, in canonical spelling. */
    public static String plus(String a, String b) {
        Affine x = parsed(a);
        Affine y = parsed(b);
        Map<String, Long> out = new TreeMap<>(x.coefficients());
        y.coefficients().forEach((name, c) -> out.merge(name, c, Math::addExact));
        out.values().removeIf(v -> v == 0);
        return spell(new Affine(out, Math.addExact(x.offset(), y.offset())));
    }

    /**
     * {@code a·b} of two indices, in canonical spelling, when it is an index: one of them must be a
     * number ({@code 2*(i-1)} is {@code 2*i-2}); empty for a product of two names.
     */
    public static Optional<String> times(String a, String b) {
        Affine x = parsed(a);
        Affine y = parsed(b);
        if (!x.coefficients().isEmpty() && !y.coefficients().isEmpty()) {
            return Optional.empty();
        }
        Affine scaled = x.coefficients().isEmpty() ? y : x;
        long factor = x.coefficients().isEmpty() ? x.offset() : y.offset();
        Map<String, Long> out = new TreeMap<>();
        scaled.coefficients().forEach((name, c) -> out.put(name, Math.multiplyExact(c, factor)));
        out.values().removeIf(v -> v == 0);
        return Optional.of(spell(new Affine(out, Math.multiplyExact(scaled.offset(), factor))));
    }

    private static Affine parsed(String index) {
        return affine(index).orElseThrow(() -> new IllegalArgumentException("not an index: " + index));
    }

    /** The coefficients of the names of {@code index} (a name, a number or an affine index). */
    public static Map<String, Long> coefficients(String index) {
        return affine(index).orElseThrow(() -> new IllegalArgumentException("not an index: " + index)).coefficients();
    }

    /** The integer offset of {@code index} (the number itself for a concrete index). */
    public static long offset(String index) {
        return affine(index).orElseThrow(() -> new IllegalArgumentException("not an index: " + index)).offset();
    }

    /**
     * The index that {@code k} must equal for {@code p = q} to hold, when the equation determines it
     * as an index: {@code i+k = t} gives {@code t-i}, {@code t = k-1} gives {@code t+1}. Empty when k does not
     * occur in {@code p − q}, or occurs with a coefficient other than ±1 next to other names
     * ({@code 2*k = t} holds only for even t, which an index cannot state). A coefficient c with
     * only a number beside it gives that number divided by c when it divides evenly; when it does
     * not, the equation never holds ({@link #neverEqual}).
     */
    public static Optional<String> solve(String p, String q, String k) {
        Affine d = difference(p, q);
        Long c = d.coefficients().get(k);
        if (c == null) {
            return Optional.empty();
        }
        Map<String, Long> rest = new TreeMap<>(d.coefficients());
        rest.remove(k);
        if (c == 1 || c == -1) {
            // c·k + e = 0, so k = −e/c = −c·e
            Map<String, Long> solved = new TreeMap<>();
            rest.forEach((name, a) -> solved.put(name, -c * a));
            return Optional.of(spell(new Affine(solved, -c * d.offset())));
        }
        if (rest.isEmpty() && d.offset() % c == 0) {
            return Optional.of(spell(new Affine(Map.of(), -d.offset() / c)));
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
        long gcd = 0;
        for (long c : d.coefficients().values()) {
            gcd = java.math.BigInteger.valueOf(gcd).gcd(java.math.BigInteger.valueOf(c)).longValueExact();
        }
        return gcd == 0 ? d.offset() != 0 : d.offset() % gcd != 0;
    }

    private static Affine difference(String p, String q) {
        Affine a = affine(p).orElseThrow(() -> new IllegalArgumentException("not an index: " + p));
        Affine b = affine(q).orElseThrow(() -> new IllegalArgumentException("not an index: " + q));
        Map<String, Long> out = new TreeMap<>(a.coefficients());
        b.coefficients().forEach((name, c) -> out.merge(name, -c, Math::addExact));
        out.values().removeIf(v -> v == 0);
        return new Affine(out, Math.subtractExact(a.offset(), b.offset()));
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

    /** {@code offset + Σ coefficient·name}, names in alphabetical order, no zero coefficient. */
    private record Affine(Map<String, Long> coefficients, long offset) {
    }

    private static Optional<Affine> affine(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> coefficients = new TreeMap<>();
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
                    coefficients.merge(m.group(3), s * c, Long::sum);
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
