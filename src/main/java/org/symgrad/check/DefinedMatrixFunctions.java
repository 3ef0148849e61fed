package org.symgrad.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.diff.DefinedDerivatives;
import org.symgrad.diff.Differentiator;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/**
 * The inverse and the determinant ({@link MatrixFunctionNames}) of a square matrix the document defines entry by entry
 * ({@code K = K_f + σ²I}, {@code K_ij = exp(−(x_i − x_j)²/(2ℓ²)) + σ²δ_ij}), computed from its definition: the evaluator
 * takes the matrix's entries from the definition's body ({@link Environment.Entries}), and the derivative by anything the
 * body depends on goes through it, {@code ∂(K⁻¹)_ij/∂s = −Σ_ab (K⁻¹)_ia ∂K_ab/∂s (K⁻¹)_bj} and
 * {@code ∂ det K/∂s = det K · Σ_ab (K⁻¹)_ba ∂K_ab/∂s} (Jacobi's formula). A definition that is not of the matrix's two
 * indices (a scalar {@code K = …}, one with a fixed label) or that uses the matrix's own inverse or determinant is not
 * read so: the step stays undecided ({@link #readable}).
 */
final class DefinedMatrixFunctions implements DefinedDerivatives {
    private final Definitions definitions;
    private final DefinedDerivatives inner;
    private final Map<List<Expr>, Optional<Expr>> memo = new HashMap<>();
    /** {@link #entries} by matrix, computed once: the checker applies them at every sampled point. */
    private final Map<String, Optional<Environment.Entries>> entriesByName = new HashMap<>();

    DefinedMatrixFunctions(Definitions definitions, DefinedDerivatives inner) {
        this.definitions = definitions;
        this.inner = inner;
    }

    /** The matrix whose inverse or determinant {@code e} is, where a definition gives that matrix; empty otherwise. */
    private Optional<String> definedMatrix(Expr e) {
        return e instanceof Variable v ? MatrixFunctionNames.matrixOf(v.name()).filter(m -> definitions.of(m).isPresent())
                : Optional.empty();
    }

    /** Whether every inverse or determinant in {@code e} of a matrix a definition gives can be computed from the definition. */
    boolean readable(Expr e) {
        return !Exprs.any(e, x -> definedMatrix(x).filter(m -> entries(m).isEmpty()).isPresent());
    }

    /**
     * {@code env} with the entries the definitions give every matrix defined by its two indices: an inverse or determinant
     * of one is computed from them wherever it is evaluated at this point (the sides, a condition, a stated case).
     */
    Environment apply(Environment env) {
        Environment out = env;
        for (Definition d : definitions.all()) {
            if (d.indices().size() == 2) {
                Optional<Environment.Entries> e = entries(d.name());
                if (e.isPresent()) {
                    out = out.withEntries(d.name(), e.get());
                }
            }
        }
        return out;
    }

    /**
     * The entries the definition gives the matrix {@code name}: its body at two fresh letters, every definition in it
     * expanded; empty where the definition is not of the matrix's two indices alone or mentions the matrix's own inverse or
     * determinant.
     */
    private Optional<Environment.Entries> entries(String name) {
        return entriesByName.computeIfAbsent(name, this::entriesOf);
    }

    private Optional<Environment.Entries> entriesOf(String name) {
        Optional<Definition> d = definitions.of(name);
        // the range size as an index (a last row δ_{r,n}) is a value, no fixed label
        if (d.isEmpty() || d.get().indices().size() != 2 || d.get().labels().stream().anyMatch(l -> !l.equals(Index.SIZE))) {
            return Optional.empty();
        }
        Set<String> avoid = new LinkedHashSet<>(Indices.all(d.get().body()));
        String row = Indices.fresh(avoid);
        avoid.add(row);
        String column = Indices.fresh(avoid);
        Expr body = definitions.expand(d.get().instantiate(new Indexed(name, List.of(row, column))));
        if (Exprs.any(body, x -> x instanceof Variable v && MatrixFunctionNames.matrixOf(v.name()).filter(name::equals).isPresent())
                || !Set.of(row, column, Index.SIZE).containsAll(Indices.free(body))) {
            return Optional.empty();
        }
        return Optional.of(new Environment.Entries(row, column, body));
    }

    @Override
    public Optional<Expr> derivative(Expr leaf, Expr wrt) {
        Optional<Expr> through = inner.derivative(leaf, wrt);
        if (through.isPresent()) {
            return through;
        }
        boolean computed = leaf instanceof Indexed x ? x.indices().size() == 2 && MatrixFunctionNames.inverseOf(x.name()).isPresent()
                : leaf instanceof Sym s && MatrixFunctionNames.determinantOf(s.name()).isPresent();
        Optional<String> matrix = definedMatrix(leaf);
        if (!computed || matrix.isEmpty() || !(wrt instanceof Variable w) || w.name().equals(matrix.get())
                || !definitions.reaches(matrix.get(), w.name()) || entries(matrix.get()).isEmpty()) {
            return Optional.empty();
        }
        List<Expr> key = List.of(leaf, wrt);
        Optional<Expr> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Optional<Expr> out = computed(leaf, wrt, matrix.get());
        memo.put(key, out);
        return out;
    }

    /** −Σ_ab (K⁻¹)_ia ∂K_ab/∂s (K⁻¹)_bj for an inverse's entry, det K · Σ_ab (K⁻¹)_ba ∂K_ab/∂s for the determinant. */
    private Optional<Expr> computed(Expr leaf, Expr wrt, String matrix) {
        Definition d = definitions.of(matrix).orElseThrow();
        Set<String> avoid = new LinkedHashSet<>(Indices.all(leaf));
        avoid.addAll(Indices.all(wrt));
        avoid.addAll(Indices.all(d.body()));
        String a = Indices.fresh(avoid);
        avoid.add(a);
        String b = Indices.fresh(avoid);
        Expr entry = definitions.expandKeeping(d.instantiate(new Indexed(matrix, List.of(a, b))), Set.of(((Variable) wrt).name()));
        Expr change = new Differentiator(this).differentiate(entry, wrt);
        if (change.equals(Exprs.ZERO)) {
            return Optional.empty();
        }
        String inverse = MatrixFunctionNames.inverse(matrix);
        Expr term = leaf instanceof Indexed x
                ? Exprs.mul(Exprs.num(-1), new Indexed(inverse, List.of(x.indices().get(0), a)), change,
                        new Indexed(inverse, List.of(b, x.indices().get(1))))
                : Exprs.mul((Sym) leaf, new Indexed(inverse, List.of(b, a)), change);
        IndexSum summed = Exprs.sum(a, Exprs.sum(b, term));
        return Optional.of(summed);
    }
}

