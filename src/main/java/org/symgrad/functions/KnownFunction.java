package org.symgrad.functions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Rational;

/**
 * Everything symgrad knows about one function, in one place; every pass reads it from here
 * (parser, differentiator, evaluator, normaliser, rule book, printers).
 *
 * @param name           the canonical name ({@code sigma}), what the ASCII printer writes
 * @param aliases        other spellings the parser accepts ({@code sigmoid}, {@code σ})
 * @param arity          the number of arguments
 * @param partials       {@code ∂f/∂u_i} as templates in the argument slots, one per argument
 *                       ({@code σ′(u) = σ(u)(1 − σ(u))}); the chain rule is written once, elsewhere
 * @param value          the numeric value at double arguments
 * @param parity         what {@code f(−u)} is in terms of {@code f(u)}
 * @param specialValues  exact values at exact arguments ({@code σ(0) = 1/2})
 * @param exactAtNumbers the exact value at every rational argument, for piecewise-linear functions
 *                       ({@code |−3| = 3}, {@code relu(−1) = 0})
 * @param definition     the function written in exp and log ({@code σ(u) = 1/(1 + e^{−u})},
 *                       {@code softmax(a, S) = e^a/S}) in its argument slots, used to
 *                       prove identities and to derive {@code σ′} as a textbook does
 * @param inverses       atoms of the definition that may be written back in the function
 *                       ({@code e^u = σ/(1 − σ)})
 * @param canonicalForm  a form the normaliser always uses instead ({@code sqrt(u) = u^{1/2}})
 * @param quotientOf     the names {@code [g, h]} when {@code f = g/h} ({@code tanh = sinh/cosh}): a
 *                       result with {@code g(u)^k/h(u)^k} is shown as {@code f(u)^k}
 * @param range          the values the function takes ({@code σ ∈ (0, 1)}), for sign and
 *                       nonzero reasoning ({@code 0^{1+x²} = 0}, a write-back never divides by 0)
 * @param piecewise      whether the function selects one of its arguments after the first by the
 *                       first ({@code where(cond, a, b)}): its derivative is the same selection of
 *                       the derivatives of those arguments, the first being a condition
 * @param layout         how printers lay out an application
 * @param latex          the LaTeX spelling of the name ({@code \sigma}, {@code \operatorname{softplus}})
 * @param unicode        the Unicode spelling of the name ({@code σ})
 * @param code           how generated NumPy and PyTorch code computes it ({@code np.exp({0})})
 * @param accuracy       the relative error of {@code value}, to {@code max(|value|, 1)}, where it is
 *                       computed by a series rather than the platform library ({@code Γ}, {@code ψ});
 *                       0 for a library function (a few ulps), which the ball evaluator assumes
 * @param increasing     whether the function is strictly increasing on its domain ({@code exp}, {@code σ},
 *                       {@code tanh}): {@code f(u) − f(v)} has the sign of {@code u − v}, for sign reasoning
 */
public record KnownFunction(String name, List<String> aliases, int arity, List<Template> partials,
                            ToDoubleFunction<double[]> value, Parity parity, Map<Rational, Expr> specialValues,
                            Optional<UnaryOperator<Rational>> exactAtNumbers, Optional<Template> definition,
                            List<Inverse> inverses, Optional<Template> canonicalForm, List<String> quotientOf, Range range,
                            boolean piecewise, Layout layout,
                            String latex, String unicode, Optional<CodeSpelling> code, double accuracy, boolean increasing) {
    public KnownFunction {
        Objects.requireNonNull(name);
        Objects.requireNonNull(code);
        aliases = List.copyOf(aliases);
        partials = List.copyOf(partials);
        specialValues = Map.copyOf(specialValues);
        inverses = List.copyOf(inverses);
        quotientOf = List.copyOf(quotientOf);
        if (!quotientOf.isEmpty() && quotientOf.size() != 2) {
            throw new IllegalArgumentException(name + ": a quotient names a numerator and a denominator");
        }
        if (arity < 1 || partials.size() != arity) {
            throw new IllegalArgumentException(name + ": one partial derivative per argument, " + arity + " arguments");
        }
        for (Template t : partials) {
            if (t.slots().size() != arity) {
                throw new IllegalArgumentException(name + ": a partial derivative must use the " + arity + " argument slots");
            }
        }
        if (arity != 1 && (parity != Parity.NONE || !specialValues.isEmpty() || exactAtNumbers.isPresent()
                || !inverses.isEmpty())) {
            throw new IllegalArgumentException(name + ": parity, special values and inverses are for one-argument functions");
        }
        if (definition.isPresent() && definition.get().slots().size() != arity) {
            throw new IllegalArgumentException(name + ": a definition must use the " + arity + " argument slots");
        }
    }

    /** The rule a derivation step cites for {@code ∂f(x)/∂x}: {@code derivative-of-sigma}. */
    public String derivativeRule() {
        return "derivative-of-" + ruleName();
    }

    /** The name as a part of a rule's kebab-case name: {@code Phi} → {@code phi}, {@code leaky_relu} → {@code leaky-relu}. */
    public String ruleName() {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The numeric value of a one-argument function at {@code x}. */
    public double value(double x) {
        return value.applyAsDouble(new double[] {x});
    }

    /** {@code f′(u)} of a one-argument function. */
    public Expr derivative(Expr u) {
        return partials.get(0).apply(u);
    }

    /** A builder for the entry of a one-argument function. */
    public static Builder unary(String name, DoubleUnaryOperator value) {
        return new Builder(name, 1, x -> value.applyAsDouble(x[0]));
    }

    /** A builder for the entry of a function of {@code arity} arguments. */
    public static Builder nary(String name, int arity, ToDoubleFunction<double[]> value) {
        return new Builder(name, arity, value);
    }

    /** Assembles an entry; every setting but the derivative has a default (none, a call, the plain name). */
    public static final class Builder {
        private final String name;
        private final int arity;
        private final ToDoubleFunction<double[]> value;
        private final List<String> aliases = new ArrayList<>();
        private final List<Template> partials = new ArrayList<>();
        private Parity parity = Parity.NONE;
        private final Map<Rational, Expr> specialValues = new LinkedHashMap<>();
        private UnaryOperator<Rational> exactAtNumbers;
        private Template definition;
        private final List<Inverse> inverses = new ArrayList<>();
        private Template canonicalForm;
        private List<String> quotientOf = List.of();
        private Range range = Range.ALL;
        private boolean piecewise;
        private Layout layout = Layout.CALL;
        private String latex;
        private String unicode;
        private CodeSpelling code;
        private double accuracy;
        private boolean increasing;

        private Builder(String name, int arity, ToDoubleFunction<double[]> value) {
            this.name = name;
            this.arity = arity;
            this.value = value;
        }

        public Builder aliases(String... spellings) {
            aliases.addAll(List.of(spellings));
            return this;
        }

        /** The derivative of a one-argument function, in the slot {@link Template#U}. */
        public Builder derivative(Expr inU) {
            partials.add(Template.of(inU));
            return this;
        }

        /** The partial derivative with respect to the next argument, in the slots {@link Template#SLOTS}. */
        public Builder partial(Expr inSlots) {
            partials.add(Template.of(arity, inSlots));
            return this;
        }

        public Builder parity(Parity p) {
            parity = p;
            return this;
        }

        public Builder at(Rational argument, Expr exactValue) {
            specialValues.put(argument, exactValue);
            return this;
        }

        public Builder exactAtNumbers(UnaryOperator<Rational> f) {
            exactAtNumbers = f;
            return this;
        }

        /** The function in exp and log, in the argument slots ({@link Template#U} for one argument). */
        public Builder definition(Expr inSlots) {
            definition = Template.of(arity, inSlots);
            return this;
        }

        public Builder inverse(String rule, Expr atomInU, Expr replacementInU) {
            inverses.add(new Inverse(rule, Template.of(atomInU), Template.of(replacementInU)));
            return this;
        }

        public Builder canonicalForm(Expr inU) {
            canonicalForm = Template.of(inU);
            return this;
        }

        public Builder quotientOf(String numerator, String denominator) {
            quotientOf = List.of(numerator, denominator);
            return this;
        }

        public Builder range(Range r) {
            range = r;
            return this;
        }

        /** The function selects among its arguments after the first by the first ({@code where}). */
        public Builder piecewise() {
            piecewise = true;
            return this;
        }

        public Builder layout(Layout l) {
            layout = l;
            return this;
        }

        public Builder latex(String spelling) {
            latex = spelling;
            return this;
        }

        public Builder unicode(String spelling) {
            unicode = spelling;
            return this;
        }

        /** Templates for generated code, {@code {0}} the first argument: {@code np.exp({0})}, {@code torch.exp({0})}. */
        public Builder code(String numpy, String torch) {
            code = new CodeSpelling(numpy, torch);
            return this;
        }

        /** The relative error of the value where it is not a library function's ({@link KnownFunction#accuracy}). */
        public Builder accuracy(double relative) {
            accuracy = relative;
            return this;
        }

        /** The function is strictly increasing on its domain ({@link KnownFunction#increasing}). */
        public Builder increasing() {
            increasing = true;
            return this;
        }

        public KnownFunction build() {
            return new KnownFunction(name, aliases, arity, partials, value, parity, specialValues,
                    Optional.ofNullable(exactAtNumbers), Optional.ofNullable(definition), inverses,
                    Optional.ofNullable(canonicalForm), quotientOf, range, piecewise, layout,
                    latex == null ? "\\operatorname{" + name + "}" : latex, unicode == null ? name : unicode,
                    Optional.ofNullable(code), accuracy, increasing);
        }
    }
}
