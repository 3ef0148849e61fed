package org.symgrad.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.error.SourceSpan;

/**
 * {@code assume} of a fact that is not an identity (SPEC §8): the values a name takes
 * ({@code t simplex}, {@code y one-hot}, {@code y in {0, 1}}, {@code y in {-1, 1}},
 * {@code y one-hot at c} (its 1 at the index c), {@code C symmetric}, {@code W antisymmetric} (or {@code W skew-symmetric}), {@code W hollow} (a zero diagonal), {@code x > 0}, {@code x >= 0}, {@code 0 < y < 1}) or one branch of a
 * piecewise derivation ({@code i != j}, {@code i = j}). The checker proves with its identities and
 * samples only points that satisfy it.
 *
 * @param kind  what is assumed
 * @param names the name it is about (and the index of a one-hot vector's 1), or the two indices of a branch
 * @param low   the smaller value of {@code in {a, b}} (0 otherwise)
 * @param high  the larger value of {@code in {a, b}} (0 otherwise)
 * @param along which entries a simplex or one-hot name is so along: the vector's ({@code t simplex}, {@code y one-hot},
 *              also each row of a one-hot matrix), each row of a matrix ({@code Y one-hot rows}) or each column
 *              ({@code Y one-hot columns})
 */
public record ConstraintStatement(Kind kind, List<String> names, double low, double high, SourceSpan span,
                                  String text, Along along) implements Statement {
    /** The kinds of fact. */
    public enum Kind { SIMPLEX, ONE_HOT, SYMMETRIC, ANTISYMMETRIC, HOLLOW, DIAGONAL, POSITIVE_DEFINITE, TWO_VALUED, POSITIVE, NONNEGATIVE, UNIT_INTERVAL, DISTINCT, EQUAL }

    /** Which entries a simplex or one-hot name is so along: the vector's, each row of a matrix, or each column. */
    public enum Along { ENTRIES, ROWS, COLUMNS }

    /** A name, perhaps with a label ({@code S^(B)}, a labelled capital {@code S_B} as the reader names it). */
    private static final String NAME = "([A-Za-z][A-Za-z0-9]*(?:\\^\\([A-Za-z0-9]+\\))?)";
    private static final Pattern KIND = Pattern.compile(NAME + "\\s+(simplex|one-hot|onehot|symmetric|antisymmetric|skew-symmetric|hollow|diagonal|positive-definite)");
    /** A simplex or one-hot matrix, by rows or by columns: {@code Y one-hot rows}, {@code P simplex columns}. */
    private static final Pattern LINES = Pattern.compile(NAME + "\\s+(simplex|one-hot|onehot)\\s+(rows|columns)");
    /** A one-hot vector whose 1 is at an index letter: {@code y one-hot at c} ({@code y_k = δ_kc}, c the true class). */
    private static final Pattern HOT_AT = Pattern.compile(NAME + "\\s+(?:one-hot|onehot)\\s+at\\s+([a-z])");
    private static final Pattern TWO = Pattern.compile(NAME + "\\s+in\\s*\\{\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*}");
    private static final Pattern SIGN = Pattern.compile(NAME + "\\s*(>=|>|≥)\\s*0");
    private static final Pattern UNIT = Pattern.compile("0\\s*<\\s*" + NAME + "\\s*<\\s*1");
    private static final Pattern BRANCH = Pattern.compile("([a-z])\\s*(!=|≠|=)\\s*([a-z])");

    public ConstraintStatement {
        Objects.requireNonNull(kind);
        names = List.copyOf(names);
    }

    public ConstraintStatement(Kind kind, List<String> names, double low, double high, SourceSpan span, String text) {
        this(kind, names, low, high, span, text, Along.ENTRIES);
    }

    /**
     * The fact {@code body} (the text after {@code assume}) states, if it is one of these kinds;
     * empty for an identity ({@code sum_k t_k = 1}).
     */
    public static Optional<ConstraintStatement> parse(String body, SourceSpan span, String text) {
        String t = body.strip();
        Matcher m;
        if ((m = KIND.matcher(t)).matches()) {
            Kind k = switch (m.group(2)) {
                case "simplex" -> Kind.SIMPLEX;
                case "symmetric" -> Kind.SYMMETRIC;
                case "antisymmetric", "skew-symmetric" -> Kind.ANTISYMMETRIC;
                case "hollow" -> Kind.HOLLOW;
                case "diagonal" -> Kind.DIAGONAL;
                case "positive-definite" -> Kind.POSITIVE_DEFINITE;
                default -> Kind.ONE_HOT;
            };
            return Optional.of(new ConstraintStatement(k, List.of(m.group(1)), 0, 0, span, text));
        }
        if ((m = LINES.matcher(t)).matches()) {
            Kind k = m.group(2).equals("simplex") ? Kind.SIMPLEX : Kind.ONE_HOT;
            return Optional.of(new ConstraintStatement(k, List.of(m.group(1)), 0, 0, span, text,
                    m.group(3).equals("columns") ? Along.COLUMNS : Along.ROWS));
        }
        if ((m = HOT_AT.matcher(t)).matches()) {
            return Optional.of(new ConstraintStatement(Kind.ONE_HOT, List.of(m.group(1), m.group(2)), 0, 0, span, text));
        }
        if ((m = TWO.matcher(t)).matches()) {
            double a = Double.parseDouble(m.group(2));
            double b = Double.parseDouble(m.group(3));
            return Optional.of(new ConstraintStatement(Kind.TWO_VALUED, List.of(m.group(1)), Math.min(a, b),
                    Math.max(a, b), span, text));
        }
        if ((m = SIGN.matcher(t)).matches()) {
            Kind k = m.group(2).equals(">") ? Kind.POSITIVE : Kind.NONNEGATIVE;
            return Optional.of(new ConstraintStatement(k, List.of(m.group(1)), 0, 0, span, text));
        }
        if ((m = UNIT.matcher(t)).matches()) {
            return Optional.of(new ConstraintStatement(Kind.UNIT_INTERVAL, List.of(m.group(1)), 0, 0, span, text));
        }
        if ((m = BRANCH.matcher(t)).matches()) {
            Kind k = m.group(2).equals("=") ? Kind.EQUAL : Kind.DISTINCT;
            return Optional.of(new ConstraintStatement(k, List.of(m.group(1), m.group(3)), 0, 0, span, text));
        }
        return Optional.empty();
    }
}
