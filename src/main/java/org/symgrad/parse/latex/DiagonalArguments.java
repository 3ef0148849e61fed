package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indices;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * The vector a diagonal matrix is written with where diag takes no vector, for {@link VectorCalls}: its entries listed with
 * dots ({@code \mathrm{diag}(c_1, \dots, c_n)}, the vector c of size n), or
 * one entry written with its index ({@code \mathrm{diag}(p_i(1 - p_i))}, {@code \mathrm{diag}(c_i)}: the vector whose i-th
 * entry that is, the index the only one free in it). Empty for anything else.
 */
final class DiagonalArguments {
    /** One entry of a named vector: {@code c_1}, {@code c_{n}}, {@code \lambda_k} (group "name" the name, "index" the index). */
    private static final Pattern ENTRY = Pattern.compile("(?<name>\\\\?[A-Za-z]+)\\s*_\\s*(?:\\{\\s*(?<braced>[A-Za-z0-9]+)\\s*\\}|(?<index>[A-Za-z0-9]))");
    /** The dots of a list: {@code \dots}, {@code \ldots}, {@code \cdots}. */
    private static final Pattern DOTS = Pattern.compile("\\\\[lc]?dots");

    private DiagonalArguments() {
    }

    /** {@code c_1, \dots, c_n}: the entries 1, 2, … of one name, the last numbered by a size letter. */
    static Optional<Node> listed(List<LatexParser.ExprContext> args, VectorReader reader) {
        String name = null;
        String last = null;
        int written = 0;
        boolean dots = false;
        for (LatexParser.ExprContext a : args) {
            String t = reader.text(a).strip();
            if (DOTS.matcher(t).matches()) {
                if (dots || written == 0) {
                    return Optional.empty();
                }
                dots = true;
                continue;
            }
            Matcher m = ENTRY.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
            String index = m.group("braced") != null ? m.group("braced") : m.group("index");
            if (name != null && !name.equals(m.group("name")) || !dots && !index.equals(String.valueOf(written + 1))) {
                return Optional.empty();
            }
            name = m.group("name");
            last = index;
            written++;
        }
        // the size a letter names; a list of numbered entries alone (diag(d_1, d_2, d_3)) would need its size known wherever the
        // name is used, which a definition's reading does not carry
        if (name == null || written < 2 || !dots || !last.matches("[A-Za-z]+")) {
            return Optional.empty();
        }
        int d = reader.dimension(last);
        String base = name;
        return Optional.of(new Node(new Shape(d, Shapes.ONE), (r, c) -> base + "_{" + (r != null ? r : c) + "}"));
    }

    /** {@code p_i(1 - p_i)}: a scalar (as read) whose only free index is i, the vector of its values at each i. */
    static Optional<Node> indexed(LatexParser.ExprContext arg, VectorReader reader) {
        String text = reader.text(arg);
        Expr read;
        try {
            read = LatexReader.read(text).expr().orElse(null);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (read == null) {
            return Optional.empty();
        }
        Set<String> free = Indices.free(read);
        if (free.size() != 1 || !Index.isSymbolic(free.iterator().next())) {
            return Optional.empty();
        }
        String i = free.iterator().next();
        Pattern subscript = Pattern.compile("_\\s*(?:\\{\\s*" + Pattern.quote(i) + "\\s*\\}|" + Pattern.quote(i) + "(?![A-Za-z0-9]))");
        if (!subscript.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(new Node(reader.vectorShape(), (r, c) -> "{" + subscript.matcher(text)
                .replaceAll(Matcher.quoteReplacement("_{" + (r != null ? r : c) + "}")) + "}"));
    }
}
