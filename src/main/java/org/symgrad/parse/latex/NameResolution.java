package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.diff.Differentiator;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/**
 * Gives a name with its scripts ({@link NameAtom}) the value it stands for: a symbol, an indexed symbol, the
 * exponential e^{u}, the Kronecker δ, a vector's component, or a known function's derivative written bare
 * ({@code \sigma'}); and says whether primes are part of a name ({@code h'_i}).
 */
final class NameResolution {
    private final LatexBuilder builder;

    NameResolution(LatexBuilder builder) {
        this.builder = builder;
    }

    /**
     * The shorthand {@code \\sigma' = \\sigma(1 - \\sigma)}: a known function of one argument with primes and no
     * argument states its derivative at any argument, σ′(u) = σ(u)(1 − σ(u)). Read as the derivative of f(u) in a
     * variable u the document does not define, so that the bare f on the other sides is f(u) too
     * ({@code FunctionInScope}), as {@code \\frac{d\\sigma}{du} = \\sigma(1 - \\sigma)} is. Not for σ written as a
     * quantity (σ², a scale), nor a name the document defines.
     */
    private Optional<Expr> bareDerivativeOfKnown(NameAtom name) {
        Optional<org.symgrad.functions.KnownFunction> known = FunctionRegistry.lookup(name.base);
        if (known.isEmpty() || known.get().arity() != 1 || !name.indices.isEmpty() || !name.suffix.isEmpty()
                || !name.label.isEmpty() || name.bold || builder.context.defines(name.base) || builder.context.function(name.base).isPresent()
                || name.base.equals(FunctionRegistry.SIGMA) && builder.context.sigmaIsQuantity()) {
            return Optional.empty();
        }
        Optional<String> free = java.util.stream.Stream.of("u", "v", "s", "t", "r").filter(c -> !builder.context.defines(c)
                && !builder.document.matches("(?s).*(?<![\\\\A-Za-z])" + c + "(?![A-Za-z]).*")).findFirst();
        if (free.isEmpty()) {
            return Optional.empty();
        }
        Sym u = Exprs.sym(free.get());
        Expr d = Exprs.fn(known.get().name(), u);
        for (int k = 0; k < name.primes; k++) {
            d = new Derivative(d, u);
        }
        builder.note(builder.text(name.where) + "'".repeat(name.primes) + " read as the derivative of " + known.get().name() + "(" + u + ") in " + u
                + ": the shorthand states it at any argument", name.where);
        return Optional.of(FunctionFactors.pow(d, name.power));
    }

    /**
     * Makes the primes on {@code name} part of its name where the document writes it primed as a quantity of its own
     * ({@link LatexContext#primedQuantity}: {@code R'(r) = …} beside {@code dR'/dr}), so that {@code R'(r)} is the function
     * Rprime at r, not the derivative of R; whether it did.
     */
    boolean namePrimedQuantity(NameAtom name) {
        if (name.primes == 0 || !builder.context.primedQuantity(name.base + name.suffix)
                || builder.context.function(name.base + name.suffix).isPresent()) {
            return false;
        }
        String function = name.base + name.suffix;
        name.base = name.base + "prime".repeat(name.primes);
        name.primes = 0;
        builder.note(builder.text(name.where) + " read as the name " + name.name() + ": the document "
                + "differentiates " + function + "' itself and defines no " + function + ", so the prime is part of the name",
                name.where);
        return true;
    }

    /** Whether the primes on {@code name} are part of a name ({@code h'_i}): no such function exists. */
    boolean primeNamesQuantity(NameAtom name) {
        return name.primes > 0 && !FunctionRegistry.isKnown(name.base) && !LatexNames.FUNCTIONS.containsKey(name.base)
                && builder.context.function(name.base + name.suffix).isEmpty();
    }

    /**
     * The variables of a partial derivative written as a subscript on the name of a function the document defines of
     * several parameters, in a display or announced inline ({@link #partialsOf}) ({@code g_x}, {@code g_{xy}}, {@code f_{xx}}
     * beside {@code g(x, y) = …}): each subscript letter one of
     * its parameters; empty for any other subscript ({@code g_1}, {@code g_i} where i is no parameter).
     */
    Optional<List<Sym>> partialSubscripts(NameAtom name) {
        Optional<List<Expr>> f = name.indices.isEmpty() ? Optional.empty() : partialsOf(name);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Set<String> parameters = new java.util.HashSet<>();
        for (Expr p : f.get()) {
            if (!(p instanceof Sym v) || v.name().length() != 1) {
                return Optional.empty();
            }
            parameters.add(v.name());
        }
        String written = String.join("", name.indices);
        List<Sym> out = new ArrayList<>();
        for (char c : written.toCharArray()) {
            if (!parameters.contains(String.valueOf(c))) {
                return Optional.empty();
            }
            out.add(new Sym(String.valueOf(c)));
        }
        return out.isEmpty() || out.size() > 3 ? Optional.empty() : Optional.of(out);
    }

    /**
     * The parameters of the function of several parameters whose partial derivatives a subscript on {@code name} may write:
     * one a display defines, or one the prose's inline math defines, announced or not ("Let $f(x, y) = x^2 y + \sin(xy)$",
     * "Show that for $f(x,y) = …$," above {@code f_x = 2xy + y\cos(xy)}); none for a name with primes, in bold or labelled,
     * or a vector-valued function.
     */
    private Optional<List<Expr>> partialsOf(NameAtom name) {
        if (name.primes > 0 || name.bold || !name.label.isEmpty()) {
            return Optional.empty();
        }
        String n = name.base + name.suffix;
        Optional<DocumentFunction> f = builder.context.function(n).or(() -> builder.context.inlineFunction(n));
        if (f.isPresent()) {
            return f.filter(g -> g.component().isEmpty()).map(DocumentFunction::parameters).filter(ps -> ps.size() >= 2);
        }
        return builder.context.functionParameters(n).filter(ps -> ps.size() >= 2);
    }

    /**
     * Whether {@code letter} in the subscript of {@code name} is a parameter of the function of several parameters the name
     * calls ({@code x} of {@code f_x} beside {@code f(x, y) = …}): a variable of a partial derivative, not a part of the name,
     * though the document uses x as a value beside names it subscripts only so ({@code NameSubscripts.parameters}).
     */
    boolean partialVariable(NameAtom name, String letter) {
        return partialsOf(name).filter(ps -> ps.contains(new Sym(letter))).isPresent();
    }

    /** The symbol, indexed symbol, exponential or δ a name with its scripts stands for. */
    Expr resolve(NameAtom name) {
        Optional<List<Sym>> partials = partialSubscripts(name);
        if (partials.isPresent()) {
            // g_{xy} beside g(x, y) = …: ∂²g/∂x∂y, the derivative of g's value as \frac{\partial g}{\partial x} reads it
            Expr d = new Sym(name.base + name.suffix);
            for (Sym v : partials.get()) {
                d = new Derivative(d, v);
            }
            String written = String.join("", partials.get().stream().map(Sym::name).toList());
            builder.note(builder.text(name.where) + "_" + (written.length() == 1 ? written : "{" + written + "}")
                    + " read as the partial derivative of " + name.base + name.suffix + " in "
                    + String.join(" and ", partials.get().stream().map(Sym::name).toList()), name.where);
            return FunctionFactors.pow(d, name.power);
        }
        if (name.primes > 0) {
            Optional<DocumentFunction> f = builder.context.function(name.base + name.suffix);
            if (f.isPresent() && f.get().parameters().size() == 1 && f.get().component().isEmpty()
                    && name.indices.isEmpty()) {
                builder.note(builder.text(name.where) + " read as the derivative of " + f.get().name() + " in "
                        + f.get().parameters().get(0), name.where);
                Expr p = f.get().parameters().get(0);
                if (p instanceof Variable v) {
                    return FunctionFactors.pow(Differentiator.diff(f.get().body(), v, name.primes), name.power);
                }
            }
            if (primeNamesQuantity(name)) {
                // h'_i, x', W'_{jk}: no function h exists, so the prime names a new quantity, as in
                // "h' is the activation after dropout" (the decoration is part of the name, as \hat)
                String function = name.base + name.suffix;
                name.base = name.base + "prime".repeat(name.primes);
                name.primes = 0;
                builder.note(builder.text(name.where) + " read as the name " + name.name() + ": no function " + function
                        + " is defined, so the prime is part of the name", name.where);
                return resolve(name);
            }
            Optional<Expr> shorthand = bareDerivativeOfKnown(name);
            if (shorthand.isPresent()) {
                return shorthand.get();
            }
            throw builder.error(builder.text(name.where) + ": a prime on a name differentiates a function of one variable; "
                    + "write " + name.base + "'(x), or define " + name.base + "(x) first", name.where);
        }
        boolean isE = name.base.equals("e") && name.spelling == NameAtom.Spelling.LETTER && !name.bold
                && name.indices.isEmpty() && name.suffix.isEmpty() && name.label.isEmpty() && !builder.context.defines("e");
        if (isE && name.power != null) {
            return Exprs.exp(name.power);
        }
        if (isE) {
            builder.note("e read as Euler's number", name.where);
            return Exprs.exp(Exprs.ONE);
        }
        if (name.kroneckerDelta() && !builder.context.defines("delta")) {
            return FunctionFactors.pow(new Delta(name.indices.get(0), name.indices.get(1)), name.power);
        }
        String full = name.name();
        if (!(name.base + name.suffix).matches("[A-Za-z][A-Za-z0-9]*")) {
            throw builder.error("'" + builder.text(name.where) + "' is not a name symgrad can use", name.where);
        }
        if (!name.label.isEmpty() && !name.label.matches("[A-Za-z0-9]+")) {
            throw builder.error("the label of " + builder.text(name.where) + " is not understood", name.where);
        }
        if (builder.outerProducts.takeMatrixEntry(name)) {
            // λW beside an outer product: the matrix's (i, j) entry
            full = name.name();
        } else if (builder.outerComponent != null && !aSize(name)) {
            // a vector in a factor of an outer product: its entry, after its own subscripts (x_n is the
            // n-th example's vector, x_{nj} its entry j, as an inner product reads it) and before the example's label
            // above it (x^{(i)}'s entry j is x^{(i)}_j, x_{ji})
            if (Character.isUpperCase(name.base.charAt(0))) {
                throw builder.error(builder.text(name.where) + " is a matrix in an outer product, which is matrix notation, not "
                        + "supported yet: write one entry, as in \\frac{\\partial L}{\\partial W_{ij}}", name.where);
            }
            name.indices.add(name.indices.size() - name.sampleIndices, builder.outerComponent);
            full = name.name();
        }
        if (name.spelling == NameAtom.Spelling.GREEK && full.equals("pi") && name.indices.isEmpty() && builder.context.piIsAVariable()) {
            full = PiUse.VARIABLE; // ℓ_0(π, λ), ∂ℓ_0/∂π: the document's π is a probability, not 3.14159…
        }
        if (full.equals("n") && name.spelling != NameAtom.Spelling.GREEK && builder.context.nIsAVariable()) {
            full = NUse.VARIABLE; // \|a - n\|^2, ∂L/∂n: the triplet's negative, not the range size n of the norm's sum
        }
        Variable v = name.indices.isEmpty() ? new Sym(full) : new Indexed(full, builder.scripts.sizesAsValues(name.indices));
        if (v instanceof Sym s && builder.context.runningLetters().contains(s.name()) && name.spelling == NameAtom.Spelling.LETTER
                && !builder.summing.contains(s.name())) {
            // γ^{k-t-1} beside \sum_{k=t+1}^{T}: the t the range runs with, as a number
            return FunctionFactors.pow(IndexValue.of(full, 0), name.power);
        }
        if (v.equals(Exprs.N) && builder.context.nIsAnIndex()) {
            return FunctionFactors.pow(IndexValue.of(full, 0), name.power); // the index n as a number, not the range size n
        }
        String written = name.writtenSubscript();
        if (!written.isEmpty()) {
            builder.context.folded(full, name.base, written);
        }
        if (name.bold && name.indices.isEmpty()) {
            if (!builder.allowVectors) {
                throw builder.error(builder.text(name.where) + " is a vector here; matrix and vector algebra is not supported "
                        + "yet: write a component, as in " + name.base + "_i", name.where);
            }
            builder.calls.boldNames.add(full);
        }
        return FunctionFactors.pow(v, name.power);
    }

    /**
     * Whether the plain name is one of the document's range sizes (m of {@code \sum_{i=1}^{m}}): a number, which an
     * outer product's factor ({@code \frac{1}{m} (\mathbf{p} - \mathbf{y}) \mathbf{x}^\top}) keeps whole, no vector.
     */
    private boolean aSize(NameAtom name) {
        if (name.bold || !name.indices.isEmpty() || !name.label.isEmpty()) {
            return false;
        }
        Sym size = new Sym(name.name());
        return builder.context.documentSizes().contains(size) || builder.context.sizesApart().contains(size);
    }
}
