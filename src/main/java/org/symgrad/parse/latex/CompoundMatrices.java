package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.MatrixFunctionNames;

/**
 * Square matrices a statement writes as an expression and inverts or takes the determinant of ({@code (X^\top X)^{-1}},
 * {@code \log\det(X^\top X)}, {@code |A + B|}), for {@link MatrixFunctions}: each is given a name of its own, defined by its
 * entry in index notation ({@code zzmata_rc = Σ_k X_kr X_kc}), so that its inverse and determinant are those of a matrix
 * the document defines by its entries ({@link MatrixFunctionNames}): computed from the definition where evaluated, and
 * differentiated through it (Jacobi's formula). One instance serves one document; the same expression read again (its
 * bound indices apart) keeps its name.
 */
public final class CompoundMatrices {
    /** The prefix of a compound's name: reserved, as {@link MatrixFunctionNames}' are (no document writes {@code zz}). */
    private static final String PREFIX = "zzmat";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** A compound matrix: the entry {@code name_{row column} = body}, {@code written} as the statement writes the matrix. */
    public record Compound(String name, String row, String column, Expr body, String written) {
        /** The entry the compound's name stands for, {@code name_{row column}}. */
        public Indexed target() {
            return new Indexed(name, List.of(row, column));
        }
    }

    private final List<Compound> read = new ArrayList<>();

    /** Every compound read in the document so far. */
    public List<Compound> all() {
        return List.copyOf(read);
    }

    /** Forgets the compounds of the document read before. */
    void clear() {
        read.clear();
    }

    /** Whether {@code name} is a compound's: written by no document, only by this reading. */
    public static boolean isCompound(String name) {
        return name.startsWith(PREFIX);
    }

    /**
     * The name of the compound whose entry (row, column) is {@code body}: the name given to the same entry before (its bound
     * indices apart), or a new one; empty where {@code body} has free indices other than {@code row} and {@code column}.
     */
    Optional<String> name(Expr body, String row, String column, String written) {
        if (!List.of(row, column).containsAll(Indices.free(body))) {
            return Optional.empty();
        }
        Expr canonical = Indices.canonicalBound(body);
        for (Compound c : read) {
            Expr other = Indices.renameAll(c.body(), java.util.Map.of(c.row(), row, c.column(), column));
            if (Indices.canonicalBound(other).equals(canonical)) {
                return Optional.of(c.name());
            }
        }
        String name = PREFIX + suffix(read.size());
        read.add(new Compound(name, row, column, body, matrixText(written)));
        return Optional.of(name);
    }

    /**
     * {@code words} (an expression's ASCII, a reading's note) with each compound's inverse and determinant written with the
     * matrix as the statement writes it: {@code inv(zzmata)} as {@code inv(X^\top X)}.
     */
    String inWords(String words) {
        String out = words;
        for (int k = read.size() - 1; k >= 0; k--) { // zzmatba before zzmatb
            Compound c = read.get(k);
            out = out.replace("(" + c.name() + ")", "(" + c.written() + ")");
        }
        return out;
    }

    /** A trailing superscript ({@code ^{-1}}, {@code ^{-\top}}, {@code ^-1}). */
    private static final java.util.regex.Pattern EXPONENT = java.util.regex.Pattern.compile("\\^\\s*(?:\\{[^{}]*\\}|-?\\s*\\\\?[A-Za-z0-9]+)\\s*$");
    /** A leading determinant ({@code \det}, {@code \operatorname{det}}). */
    private static final java.util.regex.Pattern DETERMINANT = java.util.regex.Pattern.compile("^\\\\(?:det|operatorname\\s*\\{det\\}|mathrm\\s*\\{det\\})\\s*");

    /** The matrix alone in the text of its inverse or determinant: {@code (A + B)^{-1}} and {@code \det(A + B)} as {@code A + B}. */
    private static String matrixText(String written) {
        String out = DETERMINANT.matcher(EXPONENT.matcher(written.strip()).replaceFirst("")).replaceFirst("").strip();
        out = out.replaceAll("^\\\\left\\s*(?=[(|\\[])", "").replaceAll("\\\\right\\s*(?=[)|\\]]$)", "");
        if (out.length() > 1 && (out.startsWith("(") && out.endsWith(")") || out.startsWith("|") && out.endsWith("|")
                || out.startsWith("[") && out.endsWith("]"))) {
            out = out.substring(1, out.length() - 1).strip();
        }
        return out.replaceAll("\\s+", " ");
    }

    /** a, b, …, z, ba, bb, …: a name's suffix of letters only. */
    private static String suffix(int k) {
        StringBuilder out = new StringBuilder();
        do {
            out.insert(0, LETTERS.charAt(k % LETTERS.length()));
            k /= LETTERS.length();
        } while (k > 0);
        return out.toString();
    }
}
