package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.symgrad.assume.Sampling;
import org.symgrad.error.SymgradException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.eval.IndexTuples;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.VectorEntries;

/**
 * A closed form with an inverse, {@code \mathbf{w}^* = (X^\top X + \lambda I)^{-1} X^\top \mathbf{y}}, that the text solves a
 * gradient by a vector for zero ({@link StationaryPoints}): read as the system it solves, {@code (X^\top X + \lambda I)\,\mathbf{w} =
 * X^\top \mathbf{y}}, entry by entry, and checked at random points — the system's matrix and right side taken at the point
 * (n = 3), solved, and the gradient the document defines taken at that solution. An inverse has no entry in index notation,
 * so the check is numerical: numerically equal (≈) when the gradient vanishes there at every point, false (✗) with the point
 * when it clearly does not, and no verdict otherwise (a system whose matrix depends on the variable, a matrix near singular at
 * every point, values that cannot be evaluated).
 */
final class InverseSolutions {
    /** How many random points are tried, and how many of them must be usable for a verdict. */
    private static final int POINTS = 8;
    private static final int USABLE = 4;
    /** The gradient at the solution, relative to the scale of the values it is made of: zero below, clearly not above. */
    private static final double ZERO = 1e-8;
    private static final double NONZERO = 1e-4;
    /** The smallest pivot, relative to the largest, of a system solved at a point. */
    private static final double PIVOT = 1e-6;
    private static final int N = 3;
    /** A bold letter ({@code \mathbf{w}}, {@code \boldsymbol{w}}, {@code \bm w}). */
    private static final java.util.regex.Pattern BOLD = java.util.regex.Pattern.compile("\\\\(mathbf|boldsymbol|bm)\\s*\\{?\\s*(\\\\[A-Za-z]+|[A-Za-z])");

    private InverseSolutions() {
    }

    /** A closed form {@code (M)^{-1} R}: the inverted matrix's text and the text it is applied to. */
    record Split(String matrix, String applied) {
    }

    /** What was found at the points. */
    record Found(Outcome outcome, String detail) {
    }

    /**
     * The inverse a closed form starts with and what it applies to: {@code (X^\top X + \lambda I)^{-1} X^\top \mathbf{y}},
     * {@code \left(\mathbf{X}^\top\mathbf{X}\right)^{-1}\mathbf{X}^\top\mathbf{y}}, {@code A^{-1}\mathbf{b}}; empty for any other
     * form, and where either part has an inverse of its own.
     */
    static Optional<Split> split(String body) {
        String s = body.strip();
        int end;
        String matrix;
        if (s.startsWith("\\left(") || s.startsWith("(")) {
            int open = s.startsWith("(") ? 1 : "\\left(".length();
            int depth = 1;
            int k = open;
            while (k < s.length() && depth > 0) {
                char c = s.charAt(k);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                k++;
            }
            if (depth != 0) {
                return Optional.empty();
            }
            int close = k - 1;
            matrix = s.substring(open, close);
            if (matrix.endsWith("\\right")) {
                matrix = matrix.substring(0, matrix.length() - "\\right".length());
            }
            end = k;
        } else {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("^(\\\\(mathbf|boldsymbol|bm)\\s*\\{\\s*\\\\?[A-Za-z]+\\s*}|\\\\?[A-Z][A-Za-z]*)").matcher(s);
            if (!m.find() || !Character.isUpperCase(m.group().replaceAll("^\\\\(mathbf|boldsymbol|bm)\\s*\\{\\s*\\\\?", "").charAt(0))) {
                return Optional.empty();
            }
            matrix = m.group();
            end = m.end();
        }
        String rest = s.substring(end);
        java.util.regex.Matcher inverse = java.util.regex.Pattern.compile("^\\s*\\^\\s*(\\{\\s*-\\s*1\\s*}|-1)").matcher(rest);
        if (!inverse.find()) {
            return Optional.empty();
        }
        String applied = rest.substring(inverse.end()).strip();
        if (applied.isEmpty() || matrix.isBlank() || hasInverse(matrix) || hasInverse(applied)) {
            return Optional.empty();
        }
        return Optional.of(new Split(matrix.strip(), applied));
    }

    private static boolean hasInverse(String latex) {
        return latex.replaceAll("\\s", "").matches("(?s).*\\^(\\{-1}|-1).*");
    }

    /**
     * The system {@code split} solves for the vector {@code written} (its LaTeX, named {@code variable}), read entry by entry:
     * the matrix times the vector minus the right side, at its entry letter; empty where a side does not read so, or the
     * system uses the variable elsewhere.
     */
    static Optional<System> system(Split split, String written, String variable, LatexContext context, String document) {
        String system = "\\left(" + split.matrix() + "\\right)" + written + " = " + split.applied();
        // read as a display at the document's end: its names are what the document makes them (X and y of X'y plain,
        // matrices and vectors by the document's declarations and use)
        String text = document + "\n\n$$" + system + "$$\n";
        int start = document.length() + 4;
        int eq = start + system.indexOf(" = ");
        try {
            List<Token> left = LatexTokens.lex(text, start, eq);
            List<Token> right = LatexTokens.lex(text, eq + 3, start + system.length());
            List<List<Token>> sides = List.of(left, right);
            VectorEntries entries = new VectorEntries();
            Optional<Expr> l = entries.read(left, sides, text, context, LatexReader.read(left, text, context)).expr();
            Optional<Expr> r = entries.read(right, sides, text, context, LatexReader.read(right, text, context)).expr();
            List<String> at = entries.letters(left.get(0).getStartIndex());
            if (l.isEmpty() || r.isEmpty() || at.size() != 1) {
                return Optional.empty();
            }
            Optional<Expr> aligned = entries.aligned(r.get(), entries.letters(right.get(0).getStartIndex()), at);
            if (aligned.isEmpty() || Exprs.contains(aligned.get(), new Sym(variable)) || mentions(aligned.get(), variable)) {
                return Optional.empty();
            }
            return Optional.of(new System(Exprs.sub(l.get(), aligned.get()), at.get(0)));
        } catch (SymgradException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The verdict on the display {@code first = body} that solves the gradient {@code g} for zero with an inverse, or empty
     * where it is no such closed form or the points decide nothing.
     */
    static Optional<PairVerdict> verdict(StationaryPoints.Gradient g, Side first, Side body, LatexContext context, Sampling sampling,
                                         String document, org.symgrad.derive.Definitions definitions) {
        String name = g.entry().name();
        String plain = name.length() == 1 ? name : "\\" + name;
        // the vector as the document writes it: bold, or plain where it never writes it bold (\hat b = (X'X)^{-1}X'y)
        String written = BOLD.matcher(document).results().anyMatch(m -> m.group(2).equals(plain))
                ? name.length() == 1 ? "\\mathbf{" + name + "}" : "\\boldsymbol{\\" + name + "}" : plain;
        String index = g.entry().indices().get(0);
        // the system with the document's definitions put in, as the gradient has them
        Optional<System> read = split(body.text()).flatMap(s -> system(s, written, name, context, document))
                .map(s -> new System(definitions.expandKeeping(s.residual(), Set.of(name)), s.letter()));
        Optional<Found> found = read.flatMap(s -> check(g.derivative(), index, name, s, sampling));
        if (read.isPresent() && found.filter(f -> f.outcome() == Outcome.FALSE).isPresent()) {
            // a gradient over the examples x_n, a system in their matrix X: X stacks them, as a step between the two is read
            // (DesignMatrices), by rows or by columns
            for (DesignMatrices.Stacking stacking : DesignMatrices.of(List.of(g.derivative(), read.get().residual()), definitions)) {
                System stacked = new System(definitions.with(stacking.definition()).expandKeeping(read.get().residual(), Set.of(name)),
                        read.get().letter());
                Optional<Found> again = check(g.derivative(), index, name, stacked, sampling);
                if (again.filter(f -> f.outcome() == Outcome.NUMERICALLY_EQUAL).isPresent()) {
                    found = Optional.of(new Found(Outcome.NUMERICALLY_EQUAL, stacking.note() + "; " + again.get().detail()));
                    break;
                }
            }
        }
        return found.map(f -> new PairVerdict(body.line(), "\\left. " + g.text() + " \\right|_{" + written + " = " + body.text() + "}", "0",
                f.outcome(), "the text solves the gradient for zero with an inverse, read as the system it solves, (" + split(body.text())
                .orElseThrow().matrix() + ")" + written + " = " + split(body.text()).orElseThrow().applied() + "; " + f.detail(),
                Optional.empty(), Optional.empty(), body.start(), body.rowEnd(), List.of()));
    }

    /** The residual of a system, {@code (M w − R)} at the entry letter {@code letter}. */
    record System(Expr residual, String letter) {
    }

    private static boolean mentions(Expr e, String name) {
        return e instanceof Indexed x && x.name().equals(name) || e instanceof Sym s && s.name().equals(name)
                || Exprs.children(e).stream().anyMatch(c -> mentions(c, name));
    }

    /**
     * Whether the gradient {@code gradient} (its entry at {@code index}, of the vector {@code variable}) vanishes where the system
     * holds, at random points of {@code sampling}; empty when too few points can be used.
     */
    static Optional<Found> check(Expr gradient, String index, String variable, System system, Sampling sampling) {
        int usable = 0;
        for (int p = 0; p < POINTS; p++) {
            Environment env = sampling.apply(Environment.random(0x1A2B3C4DL + 7919L * p, N));
            double[][] m = new double[N][N];
            double[] r = new double[N];
            double[] at0 = residual(system, variable, env, new double[N]);
            double[] probe = new double[N];
            for (int c = 0; c < N; c++) {
                double[] unit = new double[N];
                unit[c] = 1;
                double[] col = residual(system, variable, env, unit);
                for (int k = 0; k < N; k++) {
                    m[k][c] = col[k] - at0[k];
                }
                probe[c] = 0.3 + 0.2 * c;
            }
            for (int k = 0; k < N; k++) {
                r[k] = -at0[k];
            }
            if (!finite(at0) || !finite(m) || !affine(system, variable, env, m, at0, probe)) {
                continue;
            }
            Optional<double[]> solved = solve(m, r);
            if (solved.isEmpty()) {
                continue;
            }
            double[] w = solved.get();
            Environment there = with(env, variable, w);
            double[] g = new double[N];
            double scale = 1;
            for (int i = 0; i < N; i++) {
                g[i] = Evaluator.evaluate(gradient, there.withBinding(index, i + 1));
                scale = Math.max(scale, Math.abs(Evaluator.evaluate(gradient, with(env, variable, new double[N]).withBinding(index, i + 1))));
                scale = Math.max(scale, Math.abs(r[i]));
                scale = Math.max(scale, Math.abs(w[i]));
            }
            if (!finite(g)) {
                continue;
            }
            double largest = 0;
            for (double x : g) {
                largest = Math.max(largest, Math.abs(x));
            }
            if (largest > NONZERO * scale) {
                return Optional.of(new Found(Outcome.FALSE, "false: at " + point(List.of(gradient, system.residual()), variable, index,
                        system.letter(), env) + " the system's solution is " + variable + " = " + vector(w) + ", where the gradient is "
                        + vector(g) + ", not 0"));
            }
            if (largest > ZERO * scale) {
                return Optional.empty();
            }
            usable++;
        }
        if (usable < USABLE) {
            return Optional.empty();
        }
        return Optional.of(new Found(Outcome.NUMERICALLY_EQUAL, "numerically: the gradient is 0 at the solution of the system, at "
                + usable + " random points (n = " + N + ")"));
    }

    private static double[] residual(System system, String variable, Environment env, double[] w) {
        Environment e = with(env, variable, w);
        double[] out = new double[N];
        for (int k = 0; k < N; k++) {
            out[k] = Evaluator.evaluate(system.residual(), e.withBinding(system.letter(), k + 1));
        }
        return out;
    }

    /** Whether the residual is affine in the variable: at a third point it is what the matrix says. */
    private static boolean affine(System system, String variable, Environment env, double[][] m, double[] at0, double[] probe) {
        double[] got = residual(system, variable, env, probe);
        for (int k = 0; k < N; k++) {
            double want = at0[k];
            double size = Math.abs(at0[k]);
            for (int c = 0; c < N; c++) {
                want += m[k][c] * probe[c];
                size += Math.abs(m[k][c] * probe[c]);
            }
            if (!(Math.abs(got[k] - want) <= 1e-9 * Math.max(1, size))) {
                return false;
            }
        }
        return true;
    }

    private static Environment with(Environment env, String variable, double[] w) {
        Environment e = env;
        for (int k = 0; k < N; k++) {
            e = e.withIndexed(variable, w[k], k + 1);
        }
        return e;
    }

    /** {@code m x = r} by elimination with partial pivoting; empty where a pivot is small beside the largest. */
    private static Optional<double[]> solve(double[][] m, double[] r) {
        double[][] a = new double[N][];
        double[] b = r.clone();
        for (int k = 0; k < N; k++) {
            a[k] = m[k].clone();
        }
        double largest = 0;
        for (double[] row : a) {
            for (double x : row) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        if (largest == 0) {
            return Optional.empty();
        }
        for (int c = 0; c < N; c++) {
            int pivot = c;
            for (int k = c + 1; k < N; k++) {
                if (Math.abs(a[k][c]) > Math.abs(a[pivot][c])) {
                    pivot = k;
                }
            }
            if (Math.abs(a[pivot][c]) < PIVOT * largest) {
                return Optional.empty();
            }
            double[] row = a[c];
            a[c] = a[pivot];
            a[pivot] = row;
            double t = b[c];
            b[c] = b[pivot];
            b[pivot] = t;
            for (int k = c + 1; k < N; k++) {
                double f = a[k][c] / a[c][c];
                for (int j = c; j < N; j++) {
                    a[k][j] -= f * a[c][j];
                }
                b[k] -= f * b[c];
            }
        }
        double[] x = new double[N];
        for (int c = N - 1; c >= 0; c--) {
            double s = b[c];
            for (int j = c + 1; j < N; j++) {
                s -= a[c][j] * x[j];
            }
            x[c] = s / a[c][c];
        }
        return Optional.of(x);
    }

    private static boolean finite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(double[][] m) {
        for (double[] row : m) {
            if (!finite(row)) {
                return false;
            }
        }
        return true;
    }

    /** The values the point gives the names the gradient and the system use, but the variable and the entry letters. */
    private static String point(List<Expr> used, String variable, String index, String letter, Environment env) {
        Map<String, Integer> arrays = new TreeMap<>();
        Set<String> scalars = new TreeSet<>();
        for (Expr e : used) {
            leaves(e, arrays, scalars);
        }
        Set<String> skip = new TreeSet<>(List.of(variable, index, letter, "n", Index.SIZE));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> a : arrays.entrySet()) {
            if (skip.contains(a.getKey())) {
                continue;
            }
            for (int[] t : IndexTuples.all(a.getValue(), N)) {
                StringBuilder at = new StringBuilder();
                for (int x : t) {
                    at.append(at.length() == 0 ? "" : ",").append(x);
                }
                parts.add(a.getKey() + (t.length == 1 ? "_" + at : "_{" + at + "}") + " = " + number(env.indexed(a.getKey(), t)));
            }
        }
        for (String s : scalars) {
            if (!skip.contains(s) && !arrays.containsKey(s) && Constants.named(s).isEmpty()) {
                parts.add(s + " = " + number(env.scalar(s)));
            }
        }
        parts.add("n = " + N);
        return String.join(", ", parts);
    }

    private static void leaves(Expr e, Map<String, Integer> arrays, Set<String> scalars) {
        if (e instanceof Indexed x) {
            arrays.merge(x.name(), x.indices().size(), Math::max);
        } else if (e instanceof Sym s) {
            scalars.add(s.name());
        }
        Exprs.children(e).forEach(c -> leaves(c, arrays, scalars));
    }

    private static String vector(double[] v) {
        List<String> parts = new ArrayList<>();
        for (double x : v) {
            parts.add(number(x));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
