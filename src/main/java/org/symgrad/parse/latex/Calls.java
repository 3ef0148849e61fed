package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.symgrad.diff.Differentiator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads a name followed by parentheses (LATEX-INPUT M8): a call of a known function, of a function the document
 * defines or a member of a family ({@code f_i(x)}), of σ, or of a name whose parentheses hold plain variables
 * ({@code g(t)}, {@code l(\mathbf{y}, \hat{\mathbf{y}})}), with its primes and a component after it
 * ({@code \sigma(x)_i}); otherwise the parentheses multiply ({@code y(1-y)}).
 */
final class Calls {
    private final LatexBuilder builder;

    Calls(LatexBuilder builder) {
        this.builder = builder;
    }

    record Call(List<Expr> earlier, Expr value, int next) {
    }

    /** Whether {@code name} is the logistic σ: the plain Greek σ, which the document neither defines nor makes a function of its own. */
    boolean builtInSigma(NameAtom name) {
        return name.spelling == NameAtom.Spelling.GREEK && name.base.equals(FunctionRegistry.SIGMA) && name.indices.isEmpty()
                && name.label.isEmpty() && builder.context.function(name.name()).isEmpty() && !builder.context.defines(FunctionRegistry.SIGMA);
    }

    /**
     * {@code name(args)}: a call of a known, defined or abstract function, a derivative call
     * {@code f'(x)}, or a product (M8). {@code next} is the first post-operation not consumed.
     */
    Call call(NameAtom name, LatexParser.CallArgsContext call, List<LatexParser.PostOpContext> ops, int next,
                      LatexParser.PostfixContext whole) {
        builder.names.namePrimedQuantity(name);
        List<LatexParser.ExprContext> argCtxs = call.expr();
        String fullName = name.name();
        // g_2(\theta) beside g_1(\theta): each member is its own function; \pi_h(x) of the family \pi_j(x): the member at h
        Optional<DocumentFunction> defined = (DocumentFunction.namesMember(name.indices)
                ? builder.context.function(DocumentFunction.memberName(fullName, name.indices)) : Optional.<DocumentFunction>empty())
                .or(() -> builder.context.function(fullName)).map(f -> f.at(name.indices));
        Optional<String> time = defined.isEmpty() ? timeIndex(name, call) : Optional.empty();
        if (time.isPresent()) {
            // Haykin's x(n - 1), w_0(n), e^2(n): the signal at a time index, x_{n-1}, w_{0,n}, e_n squared
            name.indices.add(time.get());
            builder.note(builder.text(whole) + " read as the sample of " + nameText(name).replaceAll("_.*$", "")
                    + " at the time index " + builder.text(argCtxs.get(0)), whole);
            return new Call(List.of(), builder.names.resolve(name), next);
        }
        boolean knownSigma = builtInSigma(name);
        if (name.inverse != null && (!knownSigma || name.primes > 0)) {
            throw builder.error(builder.text(name.where) + "^{-1}(…) reads as an inverse function, which is not supported here",
                    name.inverse);
        }
        if (knownSigma && builder.context.sigmaIsQuantity() && name.primes == 0 && !appliedSigma(name, call)) {
            Expr product = builder.names.resolve(name);
            builder.note(builder.text(whole) + " read as a product: the document writes \\sigma as a quantity (\\sigma^2, or \\sigma = a number), "
                    + "not the sigmoid", whole);
            return new Call(List.of(product), builder.group(call), next);
        }
        if (defined.isEmpty() && !builder.context.definesFunction(fullName) && NormalDensities.isDensity(name, call)) {
            if (NormalDensities.isStandardDeviation(builder.text(argCtxs.get(2)))) {
                throw builder.error(builder.text(whole) + ": is " + builder.text(argCtxs.get(2)) + " the standard deviation or the variance? "
                        + "the normal density is read with the variance, as in \\mathcal{N}(x \\mid \\mu, \\sigma^2)", argCtxs.get(2));
            }
            List<Expr> args = new ArrayList<>();
            for (LatexParser.ExprContext a : argCtxs) {
                Expr arg = builder.expr(a);
                requireScalar(arg, a);
                args.add(arg);
            }
            builder.note(builder.text(whole) + NormalDensities.note(argCtxs.stream().map(builder::text).toList()), whole);
            return new Call(List.of(), NormalDensities.at(args.get(0), args.get(1), args.get(2)), next);
        }
        boolean plainArgs = !argCtxs.isEmpty() && argCtxs.stream().allMatch(this::isPlainVariable);
        Optional<String> greek = defined.isEmpty() && argCtxs.size() == 1 ? LatexNames.greekFunction(name, builder.context)
                : Optional.empty();
        if (greek.isPresent()) {
            Optional<Expr> value = greekCall(greek.get(), name, argCtxs.get(0), whole);
            if (value.isPresent()) {
                return new Call(List.of(), FunctionFactors.pow(value.get(), name.power), next);
            }
        }
        if (name.primes > 0) {
            if (argCtxs.size() != 1) {
                throw builder.error("a primed function takes one argument here, as in f'(x)", call);
            }
            Expr arg = builder.expr(argCtxs.get(0));
            Expr value;
            if (defined.isPresent() && defined.get().parameters().size() == 1 && defined.get().component().isEmpty()) {
                value = derivativeOfDefined(defined.get(), arg, name.primes, whole);
            } else if (knownSigma) {
                value = FunctionFactors.derivativeOfKnown(FunctionRegistry.SIGMA, arg, name.primes);
            } else if (name.indices.isEmpty() && name.label.isEmpty() && name.power == null
                    && validFunctionName(name.base + name.suffix)) {
                value = new Fn(name.base + name.suffix + "'".repeat(name.primes), List.of(arg));
            } else if (familyMember(name, defined)) {
                // f_i'(w): the derivative of the member i of the family f, f(ι_i, ·), at w
                value = new Fn(name.base + name.suffix + "'".repeat(name.primes), memberArguments(name, arg));
            } else {
                throw builder.error(builder.text(whole) + ": a prime on this name is not understood", whole);
            }
            return new Call(List.of(), FunctionFactors.pow(value, name.power), next);
        }
        if (knownSigma) {
            if (argCtxs.size() != 1) {
                throw builder.error("\\sigma takes one argument", call);
            }
            if (name.inverse != null) {
                String inverse = builder.functions.inverseFunction("\\sigma", FunctionRegistry.SIGMA, name.inverse);
                Expr arg = builder.expr(argCtxs.get(0));
                requireScalar(arg, argCtxs.get(0));
                return new Call(List.of(), FunctionFactors.pow(Exprs.fn(inverse, arg), name.power), next);
            }
            Expr arg = withVectors(() -> builder.expr(argCtxs.get(0)));
            if (next < ops.size() && ops.get(next) instanceof LatexParser.SubscriptOpContext sub) {
                return new Call(List.of(), FunctionFactors.pow(elementwise(FunctionRegistry.SIGMA, arg, sub, whole), name.power), next + 1);
            }
            arg = offeredComponentOf(arg);
            requireScalar(arg, argCtxs.get(0));
            return new Call(List.of(), FunctionFactors.pow(Exprs.fn(FunctionRegistry.SIGMA, arg), name.power), next);
        }
        if (defined.isPresent()) {
            DocumentFunction f = defined.get();
            List<Expr> args = new ArrayList<>();
            for (LatexParser.ExprContext a : argCtxs) {
                args.add(withVectors(() -> builder.expr(a)));
            }
            if (name.sampleIndices > 0 && f.own().isEmpty() && args.equals(f.parameters()) && name.power == null
                    && builder.context.definesValue(fullName)) {
                // \ell^{(i)}(	heta) beside \ell(	heta) = y\,	heta^T x - e^{	heta^T x}: the loss of example i, the defined value
                // at the sample index (its data written x^{(i)}, y^{(i)}); the call dropped the index, every example's loss alike
                builder.note(builder.text(whole) + " read as " + nameText(name) + ", the value defined before at the example "
                        + String.join("", name.indices.subList(name.indices.size() - name.sampleIndices, name.indices.size())), whole);
                return new Call(List.of(), builder.names.resolve(name), next);
            }
            if (onExpression(f, name, argCtxs, args)) {
                // dk/dT = k \left( \frac{1}{T} + … \right) beside k(T) = …: a call of k, or k's value times the bracket
                if (builder.context.bracketsMultiply()) {
                    builder.note(builder.text(whole) + " read as " + nameText(name) + " times the bracket, not as " + nameText(name)
                            + " at the bracket's value", whole);
                    return new Call(List.of(builder.names.resolve(name)), builder.group(call), next);
                }
                builder.context.calledOnExpression(builder.text(whole));
            }
            List<String> component = List.of();
            if (!f.component().isEmpty() && next < ops.size() && ops.get(next) instanceof LatexParser.SubscriptOpContext sub) {
                component = builder.scripts.indexList(sub.scriptArg());
                next++;
            } else if (f.component().size() == 1) {
                component = builder.takeComponent().map(List::of).orElse(List.of());
            }
            List<Integer> samples = new ArrayList<>();
            for (int k = 0; k < argCtxs.size(); k++) {
                if (isSampleOfVector(argCtxs.get(k))) {
                    samples.add(k);
                }
            }
            Expr value = BetaReduction.apply(f, args, samples, component, vectorsAround(whole), LatexSpans.of(builder.document, whole));
            return new Call(List.of(), FunctionFactors.pow(value, name.power), next);
        }
        if (!name.indices.isEmpty() || !name.label.isEmpty()) {
            if (argCtxs.size() == 1 && plainArgs && name.power == null && builder.context.definesValue(fullName)) {
                // o_y^s(x) after o_k^s = …: the author names what the defined value depends on
                builder.note(builder.text(whole) + " read as " + nameText(name) + ", the name defined before, written as a function of "
                        + builder.text(argCtxs.get(0)), whole);
                return new Call(List.of(), builder.names.resolve(name), next);
            }
            Optional<List<String>> sample = argCtxs.size() == 1 && defined.isEmpty() ? featureSample(name, argCtxs.get(0))
                    : Optional.empty();
            if (sample.isPresent()) {
                List<String> indices = new ArrayList<>(sample.get());
                indices.addAll(name.indices);
                Indexed component = new Indexed(name.base + name.suffix, indices);
                builder.note(builder.text(whole) + " read as " + component + ", component " + String.join("", name.indices)
                        + " of the feature vector " + name.base + name.suffix + " at " + builder.text(argCtxs.get(0)), whole);
                return new Call(List.of(), component, next);
            }
            if (argCtxs.size() == 1 && familyMember(name, defined)) {
                // f_i(w) beside f_i'(w): the member i of a family of functions the document leaves undefined
                Expr arg = builder.expr(argCtxs.get(0));
                builder.note(builder.text(whole) + " read as the member " + String.join("", name.indices) + " of the functions "
                        + nameText(name).replaceAll("_.*$", "") + "_" + String.join("", name.indices)
                        + ", which the document does not define", whole);
                return new Call(List.of(), FunctionFactors.pow(new Fn(name.base + name.suffix, memberArguments(name, arg)), name.power), next);
            }
            String member = DocumentFunction.memberName(fullName, name.indices);
            if (defined.isEmpty() && name.label.isEmpty() && name.power == null && DocumentFunction.namesMember(name.indices)
                    && !argCtxs.isEmpty() && builder.context.definesFunction(member)) {
                // Agresti's baseline \pi_J(x) above its own definition "\pi_J(x) = …": a call of that member, applied once it is read
                List<Expr> args = new ArrayList<>();
                for (LatexParser.ExprContext a : argCtxs) {
                    args.add(withVectors(() -> builder.expr(a)));
                }
                builder.note(builder.text(whole) + ReadingNote.undefinedCall(member), whole);
                builder.context.calledBeforeDefinition(member, Set.of());
                return new Call(List.of(), new Fn(member, args), next);
            }
            if (argCtxs.size() == 1 && plainArgs) {
                throw builder.error(builder.text(whole) + ": is this " + nameText(name) + " times " + builder.text(argCtxs.get(0))
                        + ", or " + nameText(name) + " as a function of " + builder.text(argCtxs.get(0)) + "? write "
                        + "\\cdot for a product, or leave out (" + builder.text(argCtxs.get(0)) + ")", whole);
            }
            Expr product = builder.names.resolve(name);
            builder.note(builder.text(whole) + " read as a product", whole);
            return new Call(List.of(product), builder.group(call), next);
        }
        String written = name.base + name.suffix;
        Optional<KnownFunction> known = LatexNames.registryFunction(written, name.spelling);
        // a registry function spelled as a word (\operatorname{GELU}) is a call whatever its arguments
        boolean knownWord = known.isPresent() && (name.spelling == NameAtom.Spelling.TEXT
                || name.spelling == NameAtom.Spelling.WORD);
        // a name the document defines as a function, here or further down, is called whatever its argument
        boolean definedFunction = !argCtxs.isEmpty() && builder.context.definesFunction(written);
        // \operatorname{erf}^2(x), as \tanh^2(x): a power on a known function word raises its value
        if ((plainArgs || definedFunction || knownWord && !argCtxs.isEmpty()) && (name.power == null || knownWord)
                && validFunctionName(written)) {
            List<Expr> args = new ArrayList<>();
            for (LatexParser.ExprContext a : argCtxs) {
                args.add(withVectors(() -> builder.expr(a)));
            }
            if (next < ops.size() && ops.get(next) instanceof LatexParser.SubscriptOpContext sub) {
                List<String> idx = builder.scripts.indexList(sub.scriptArg());
                if (known.isEmpty() && !definedFunction && args.size() == 1 && idx.size() == 1 && idx.get(0).matches("[a-z]")
                        && name.power == null && args.get(0) instanceof Sym u && u.name().matches("[a-z]") && !boldNames.contains(u.name())
                        && !SubscriptedNames.writes(builder.document, u.name())) {
                    // \mathbf{x}(u)_i of a scalar u: the component i of a vector function x the document leaves undefined,
                    // the member x_i(u) of a family, as f_i(w) is; of a vector (S(\mathbf{x})_i, S(x)_i beside x_k) what the
                    // component depends on is unknown (S may be the softmax, whose S_i depends on every x_k)
                    builder.note(builder.text(whole) + " read as the component " + idx.get(0) + " of " + nameText(name) + ", a function of "
                            + builder.text(argCtxs.get(0)) + " the document does not define", whole);
                    List<Expr> member = new ArrayList<>();
                    member.add(IndexValue.of(idx.get(0), 0));
                    member.add(args.get(0));
                    return new Call(List.of(), new Fn(written, member), next + 1);
                }
                throw builder.error(nameText(name) + "(…)" + builder.text(sub) + ": " + nameText(name) + " is not defined in the "
                        + "document, so its components are unknown; define it first", whole);
            }
            if (known.isPresent() && known.get().arity() != args.size()) {
                throw builder.error(builder.text(whole) + ": " + known.get().name() + " takes " + known.get().arity() + " argument"
                        + (known.get().arity() == 1 ? "" : "s") + ", here it has " + args.size(), whole);
            }
            builder.note(builder.text(whole) + known.map(f -> " read as the known function " + f.name())
                    .orElse(ReadingNote.undefinedCall(written)), whole);
            if (known.isEmpty()) {
                java.util.Set<Integer> samples = new java.util.TreeSet<>();
                for (int k = 0; k < argCtxs.size(); k++) {
                    if (isSampleOfVector(argCtxs.get(k))) {
                        samples.add(k);
                    }
                }
                builder.context.calledBeforeDefinition(written, samples);
            }
            if (args.size() == 1) {
                args.set(0, offeredComponentOf(args.get(0)));
            }
            return new Call(List.of(), FunctionFactors.pow(new Fn(known.map(KnownFunction::name).orElse(written), args), name.power), next);
        }
        if (argCtxs.size() == 1 && builder.text(argCtxs.get(0)).matches("-?[0-9]+(\\.[0-9]+)?") && name.isPlain()
                && validFunctionName(written)) {
            // f(1), f(0), V(2): a function at a number, never f times 1; read as a product, J = σ f(1) + (1 − σ) f(0) lost
            // its f(0) term and a step that dropped it was proven
            if (builder.context.definesValue(fullName)) {
                throw builder.error(builder.text(whole) + ": " + nameText(name) + " is a value in the document, not a function; write "
                        + nameText(name) + " \\cdot " + builder.text(argCtxs.get(0)) + " for a product", whole);
            }
            builder.note(builder.text(whole) + ReadingNote.undefinedCall(written), whole);
            builder.context.calledBeforeDefinition(written, Set.of());
            return new Call(List.of(), new Fn(written, List.of(builder.expr(argCtxs.get(0)))), next);
        }
        Expr product = builder.names.resolve(name);
        builder.note(builder.text(whole) + " read as a product", whole);
        return new Call(List.of(product), builder.group(call), next);
    }

    /**
     * {@code \\Gamma(u)}, {@code \\psi(u)} and their derivatives as the registry's functions: primes
     * differentiate ({@code \\Gamma'(u)} is Γ(u)ψ(u), {@code \\psi'(u)} is ψ₁(u)), and ψ's order may be
     * written as a subscript or a bracketed superscript ({@code \\psi_1(u)}, {@code \\psi^{(2)}(u)} are
     * ψ₁ and ψ⁽²⁾). Empty where the scripts say something else (an index letter), which is read as before.
     */
    private Optional<Expr> greekCall(String function, NameAtom name, LatexParser.ExprContext argCtx,
                                     ParserRuleContext whole) {
        int order = 0;
        if (!name.indices.isEmpty() || !name.label.isEmpty()) {
            String written = !name.indices.isEmpty() ? String.join("", name.indices) : name.label;
            written = written.replaceAll("^\\((.*)\\)$", "$1");
            if (!function.equals(FunctionRegistry.DIGAMMA) || name.indices.size() > 1 || !name.indices.isEmpty()
                    && !name.label.isEmpty() || !written.matches("[0-9]{1,2}")) {
                return Optional.empty();
            }
            order = Integer.parseInt(written);
        }
        Expr arg = offeredComponentOf(withVectors(() -> builder.expr(argCtx)));
        requireScalar(arg, argCtx);
        Expr value;
        if (function.equals(FunctionRegistry.DIGAMMA)) {
            order += name.primes;
            value = switch (order) {
                case 0 -> Exprs.fn(FunctionRegistry.DIGAMMA, arg);
                case 1 -> Exprs.fn(FunctionRegistry.TRIGAMMA, arg);
                default -> Exprs.fn(FunctionRegistry.POLYGAMMA, Exprs.num(order), arg);
            };
        } else {
            value = name.primes > 0 ? FunctionFactors.derivativeOfKnown(function, arg, name.primes) : Exprs.fn(function, arg);
        }
        builder.note(builder.text(whole) + (value instanceof Fn f ? " read as the known function " + f.name()
                : " read as the derivative of the known function " + function), whole);
        return Optional.of(value);
    }

    /**
     * Whether σ before a bracket, in a document that also writes σ as a quantity (σ²), is applied to
     * it, decided where it is written: a bare σ (no power, no subscript) before one argument that
     * holds a variable and not σ itself, written against it as a call is ({@code \\sigma(w x)},
     * {@code \\sigma\\left(…\\right)}), is the sigmoid, beside a prior variance {@code \\sigma^2};
     * {@code \\sigma^2 (x - \\mu)}, {@code 2 \\sigma (a - m)} with a space, {@code \\sigma(\\nu \\sigma^2 + r^2)}
     * and {@code \\sigma(2 \\pi)} stay products.
     */
    private boolean appliedSigma(NameAtom name, LatexParser.CallArgsContext call) {
        List<LatexParser.ExprContext> args = call.expr();
        if (name.power != null || args.size() != 1 || name.where.getStop() == null) {
            return false;
        }
        String gap = builder.document.substring(Math.min(name.where.getStop().getStopIndex() + 1, call.getStart().getStartIndex()),
                call.getStart().getStartIndex());
        if (!gap.isEmpty() && !gap.matches("\\\\(left|bigl|Bigl|biggl|Biggl|big|Big|bigg|Bigg)\\s*")) {
            return false;
        }
        List<Token> inner = LatexTokens.lex(builder.document, args.get(0).getStart().getStartIndex(),
                args.get(0).getStop().getStopIndex() + 1);
        boolean holdsSigma = false;
        boolean holdsName = false;
        for (Token t : inner) {
            if (t.getType() == LatexLexer.GREEK && (t.getText().equals("\\sigma") || t.getText().equals("\u03C3"))) {
                holdsSigma = true;
            } else if (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.WORD
                    || t.getType() == LatexLexer.TEXT || t.getType() == LatexLexer.GREEK
                    && !t.getText().equals("\\pi") && !t.getText().equals("\u03C0")) {
                holdsName = true;
            }
        }
        return !holdsSigma && holdsName;
    }

    /**
     * Whether {@code name} ({@code f_i}) is a member of a family of functions the document writes primed
     * ({@code f_i'(w)}) and defines nowhere, labelled by index letters or numbers only.
     */
    private boolean familyMember(NameAtom name, Optional<DocumentFunction> defined) {
        return defined.isEmpty() && !name.indices.isEmpty() && name.label.isEmpty()
                && name.indices.stream().allMatch(i -> i.matches("[a-z]|[0-9]+"))
                && validFunctionName(name.base + name.suffix) && builder.context.indexedFunction(name.base + name.suffix)
                && builder.context.function(name.base + name.suffix).isEmpty();
    }

    /**
     * The time index {@code call} applies {@code name} at, as an index ({@code n-1} of {@code x(n - 1)}, {@code n} of
     * {@code w_0(n)}), where the document uses its letter as a time index ({@link TimeIndices}) and the name is no function
     * symgrad knows, no σ and no derivative; empty otherwise.
     */
    Optional<String> timeIndex(NameAtom name, LatexParser.CallArgsContext call) {
        if (builder.context.timeIndices().isEmpty() || call.expr().size() != 1 || name.primes > 0 || name.inverse != null
                || LatexNames.registryFunction(name.base + name.suffix, name.spelling).isPresent()
                || name.spelling == NameAtom.Spelling.GREEK && name.base.equals(FunctionRegistry.SIGMA)) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = TIME.matcher(builder.text(call.expr(0)).replaceAll("\\s+", ""));
        if (!m.matches() || !builder.context.timeIndices().contains(m.group("letter"))) {
            return Optional.empty();
        }
        String index = m.group("letter") + (m.group("shift") == null ? "" : m.group("shift"));
        return Optional.of(org.symgrad.expr.Index.of(org.symgrad.expr.Index.coefficients(index), org.symgrad.expr.Index.offset(index)));
    }

    /** A time index as written in a bracket: a letter, shifted by a whole number or another letter ({@code n - 1}, {@code n - k}). */
    private static final Pattern TIME = Pattern.compile("(?<letter>[a-z])(?<shift>[+-]([0-9]+|[a-z]))?");

    /** The arguments of the member {@code name} ({@code f_i}) at {@code arg}: its indices' values, then {@code arg}. */
    private static List<Expr> memberArguments(NameAtom name, Expr arg) {
        List<Expr> args = new ArrayList<>();
        for (String index : name.indices) {
            args.add(IndexValue.of(index, 0));
        }
        args.add(arg);
        return args;
    }

    private static boolean validFunctionName(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9]*") && !LatexNames.FUNCTIONS.containsKey(name)
                && !name.equals("sum") && !name.equals("delta") && !name.equals("diff");
    }

    private String nameText(NameAtom name) {
        return builder.text(name.where);
    }

    /** {@code f^{(k)}(arg)} for a function the document defines: the body's k-th derivative at arg. */
    private Expr derivativeOfDefined(DocumentFunction f, Expr arg, int order, ParserRuleContext where) {
        Expr p = f.parameters().get(0);
        if (!(p instanceof Variable v)) {
            throw builder.error(f.name() + "' needs a variable parameter", where);
        }
        Optional<Expr> left = f.derivativeLeftAt(arg, order, builder.context::definedAnywhere);
        if (left.isPresent()) {
            return left.get();
        }
        Expr d = Differentiator.diff(f.body(), v, order);
        return BetaReduction.apply(new DocumentFunction(f.name(), f.parameters(), List.of(), d), List.of(arg),
                List.of(), LatexSpans.of(builder.document, where));
    }

    /** {@code \sigma(x)_i} for an element-wise function: {@code \sigma(x_i)}. */
    private Expr elementwise(String fn, Expr arg, LatexParser.SubscriptOpContext sub, ParserRuleContext whole) {
        if (!(arg instanceof Sym vector)) {
            throw builder.error("a component of " + fn + "(…) is taken of a vector name, as in \\sigma(x)_i", whole);
        }
        List<String> idx = builder.scripts.indexList(sub.scriptArg());
        builder.note(builder.text(whole) + " read as the element-wise " + fn + "(" + vector.name() + "_" + String.join("", idx) + ")",
                whole);
        return Exprs.fn(fn, new Indexed(vector.name(), idx));
    }

    /**
     * A whole vector given to an element-wise function where a vector's component is being read
     * ({@code \\mathbf{h}^s = \\phi(\\mathbf{h}^a)} defines h^s_i = φ(h^a_i)): that component of it.
     */
    private Expr offeredComponentOf(Expr arg) {
        if (arg instanceof Sym s && boldNames.contains(s.name())) {
            Optional<String> k = builder.takeComponent();
            if (k.isPresent()) {
                return new Indexed(s.name(), List.of(k.get()));
            }
        }
        return arg;
    }

    private void requireScalar(Expr arg, ParserRuleContext where) {
        // a bare vector name passed to an element-wise function without a component
        if (arg instanceof Sym s && boldNames.contains(s.name())) {
            throw builder.error("\\mathbf{" + s.name() + "} is a vector here: write a component, as in \\sigma(x)_i or "
                    + "\\sigma(x_i)", where);
        }
    }

    /** The vectors and matrices of a vector function's argument at {@code at} ({@link VectorEvidence}). */
    ArgumentNames vectorsAround(ParserRuleContext at) {
        return VectorEvidence.around(builder.document, at.getStart().getStartIndex(), boldNames);
    }

    /** Names read as bold vectors while vectors were allowed (call arguments). */
    final Set<String> boldNames = new LinkedHashSet<>();

    <T> T withVectors(java.util.function.Supplier<T> read) {
        boolean saved = builder.allowVectors;
        builder.allowVectors = true;
        try {
            return read.get();
        } finally {
            builder.allowVectors = saved;
        }
    }

    /**
     * {@code \phi_j(\mathbf{x}_n)} (PRML §3.1): a lower-case subscripted name that is neither defined nor a
     * known function, called on a bold vector, is component j of a feature map at that vector, written
     * φ_{nj} as {@link InnerProducts#featureMapArgument} writes the feature vector; a product with a vector would not be a
     * component at all. Gives the vector's subscripts (n), or empty for any other shape.
     */
    private Optional<List<String>> featureSample(NameAtom name, LatexParser.ExprContext argument) {
        Optional<LatexParser.PostfixContext> post = argument.term().size() == 1 && argument.term(0).getChildCount() == 1
                ? LatexBuilder.postfixOf(argument.term(0).getChild(0)) : Optional.empty();
        if (post.isEmpty() || !NameScripts.isBold(post.get().primary()) || name.power != null || !name.label.isEmpty()
                || name.indices.isEmpty() || !builder.innerProducts.isFeatureMap(name)
                || !post.get().postOp().stream().allMatch(op -> op instanceof LatexParser.SubscriptOpContext)) {
            return Optional.empty();
        }
        return InnerProducts.vectorSubscripts(withVectors(() -> builder.expr(argument)));
    }

    /** {@code x^{(i)}}: a name with a superscript and no subscript, one example of a vector. */
    private static boolean isSampleOfVector(LatexParser.ExprContext e) {
        Optional<LatexParser.PostfixContext> post = e.term().size() == 1 && e.term(0).getChildCount() == 1
                ? LatexBuilder.postfixOf(e.term(0).getChild(0)) : Optional.empty();
        return post.isPresent() && !post.get().postOp().isEmpty()
                && post.get().postOp().stream().allMatch(op -> op instanceof LatexParser.SuperscriptOpContext);
    }

    /**
     * Whether {@code name(args)} of the defined {@code f} may as well be a product: one parameter, one argument that is an
     * expression of variables, not a plain variable ({@code k(T)}) nor a number ({@code f(0)}), and the name unadorned.
     */
    private boolean onExpression(DocumentFunction f, NameAtom name, List<LatexParser.ExprContext> argCtxs, List<Expr> args) {
        return f.parameters().size() == 1 && f.component().isEmpty() && args.size() == 1 && !isPlainVariable(argCtxs.get(0))
                && name.power == null && name.primes == 0 && name.indices.isEmpty() && name.label.isEmpty()
                && Exprs.any(args.get(0), x -> x instanceof Sym || x instanceof Indexed);
    }

    /** Whether an argument is one plain variable: a name with indices or labels only. */
    boolean isPlainVariable(LatexParser.ExprContext e) {
        if (e.term().size() != 1 || e.term(0).getChildCount() != 1
                || !(e.term(0).signed(0) instanceof LatexParser.PlainSignedContext p)
                || !(p.factor() instanceof LatexParser.PostfixFactorContext pf)) {
            return false;
        }
        LatexParser.PostfixContext post = pf.postfix();
        LatexParser.PrimaryContext primary = post.primary();
        boolean nameLike = primary instanceof LatexParser.LetterContext || primary instanceof LatexParser.GreekContext
                || primary instanceof LatexParser.WordContext || primary instanceof LatexParser.StyledContext
                || primary instanceof LatexParser.TextContext;
        if (!nameLike) {
            return false;
        }
        for (LatexParser.PostOpContext op : post.postOp()) {
            if (op instanceof LatexParser.SubscriptOpContext) {
                continue;
            }
            // k(\mathbf{x}, \mathbf{x}'): a primed name is a name (x', read where it is resolved)
            if (op instanceof LatexParser.PrimeOpContext || op instanceof LatexParser.SuperscriptOpContext prime
                    && prime.scriptArg() instanceof LatexParser.PrimeScriptContext) {
                continue;
            }
            if (op instanceof LatexParser.SuperscriptOpContext sup && (isLabelScript(sup.scriptArg())
                    || NameScripts.isBold(primary) && sup.scriptArg().getText().matches("\\{?[a-zA-SU-Z]\\}?"))) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** A parameter on a definition's left side: a plain variable, or the power of one, \ell(\mu, \sigma^2). */
    boolean isParameter(LatexParser.ExprContext e) {
        if (isPlainVariable(e)) {
            return true;
        }
        if (e.term().size() != 1 || e.term(0).getChildCount() != 1
                || !(e.term(0).signed(0) instanceof LatexParser.PlainSignedContext p)
                || !(p.factor() instanceof LatexParser.PostfixFactorContext pf)) {
            return false;
        }
        List<LatexParser.PostOpContext> ops = pf.postfix().postOp();
        return !ops.isEmpty() && ops.get(ops.size() - 1) instanceof LatexParser.SuperscriptOpContext sup
                && sup.scriptArg() instanceof LatexParser.DigitScriptContext
                && (pf.postfix().primary() instanceof LatexParser.LetterContext
                    || pf.postfix().primary() instanceof LatexParser.GreekContext)
                && ops.subList(0, ops.size() - 1).stream().allMatch(LatexParser.SubscriptOpContext.class::isInstance);
    }

    private boolean isLabelScript(LatexParser.ScriptArgContext arg) {
        if (arg instanceof LatexParser.LetterScriptContext l) {
            return builder.context.labelLetters().contains(l.getText());
        }
        String t = arg.getText();
        return t.startsWith("{(") || t.matches("\\{[a-z]\\(.*");
    }
}
