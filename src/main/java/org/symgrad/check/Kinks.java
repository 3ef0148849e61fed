package org.symgrad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.symgrad.assume.AssumedSigns;
import org.symgrad.assume.Sampling;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Relation;

/**
 * Where a proof that differentiates a switch holds: the derivative of {@code |u|}, {@code relu(u)}, {@code max},
 * {@code min}, {@code clip}, leaky ReLU, a step, a sign, a comparison or a case split is the registry's only away from
 * the switching points, where the switch's argument is 0 ({@code d/dx clip(x, a, b) = 𝟙[a < x < b]} where
 * {@code x − a ≠ 0, b − x ≠ 0}). So a proven pair whose sides differentiate such a switch by a variable its argument
 * holds says where, as a pair proven by its step forms does ({@link StepForms}).
 */
public final class Kinks {
    private Kinks() {
    }

    /**
     * The conditions {@code u ≠ 0}, sorted, for the arguments of the switches the sides differentiate, each argument in
     * the orientation {@link StepForms} writes it: once, and not where {@code stated} (conditions already said, as
     * {@code a - w ≠ 0} is {@code w - a ≠ 0}) has it either way round, nor where {@code sampling} keeps u from 0
     * ({@code x ≠ 0} where the text says {@code x > 0}: {@link #ruledOut}).
     */
    static List<String> awayFrom(List<Expr> sides, Function<Expr, Optional<Expr>> normalForm, Sampling sampling,
                                 java.util.Collection<String> stated) {
        List<Expr> arguments = new ArrayList<>();
        sides.forEach(s -> collect(s, arguments));
        TreeSet<String> out = new TreeSet<>();
        for (Expr u : arguments) {
            Expr written = StepForms.oriented(u, normalForm).orElse(u);
            if (ruledOut(written, sampling)) {
                continue;
            }
            String other = normalForm.apply(Exprs.neg(written)).map(org.symgrad.print.Printer::ascii).orElse("") + " ≠ 0";
            String condition = org.symgrad.print.Printer.ascii(written) + " ≠ 0";
            if (!stated.contains(condition) && !stated.contains(other)) {
                out.add(condition);
            }
        }
        return List.copyOf(out);
    }

    /** The arguments of the switches the sides differentiate, each once, in the order written ({@code γ − √(v + ε)} of a hinge). */
    public static List<Expr> switchedBy(List<Expr> sides) {
        List<Expr> arguments = new ArrayList<>();
        sides.forEach(s -> collect(s, arguments));
        return arguments.stream().distinct().toList();
    }

    /**
     * Whether {@code sampling} keeps {@code u} from 0: a name it says is positive ({@code x > 0}), a nonzero number, or a
     * product or power of those. Then {@code u ≠ 0} says nothing the text has not.
     */
    static boolean ruledOut(Expr u, Sampling sampling) {
        return switch (u) {
            case Num n -> !n.equals(Exprs.ZERO);
            case Sym s -> positive(s.name(), sampling);
            case Indexed x -> positive(x.name(), sampling);
            case Mul m -> m.factors().stream().allMatch(f -> ruledOut(f, sampling));
            case Pow p -> ruledOut(p.base(), sampling);
            default -> AssumedSigns.nonzero(u, sampling); // 1 − y f under the stated case y f < 1

        };
    }

    private static boolean positive(String name, Sampling sampling) {
        return sampling.constraints().stream().anyMatch(c -> c instanceof Sampling.Positive p && p.name().equals(name));
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Derivative d) {
            switches(d.of(), d.wrt().name(), out);
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** The arguments of the switches in {@code e} that depend on {@code wrt}. */
    private static void switches(Expr e, String wrt, List<Expr> out) {
        if (e instanceof Fn f) {
            for (Expr u : arguments(f)) {
                if (!(u instanceof Num) && mentions(u, wrt)) {
                    out.add(u);
                }
            }
        }
        Exprs.children(e).forEach(c -> switches(c, wrt, out));
    }

    /** Where {@code f} switches: the arguments whose sign decides which of its pieces holds. */
    private static List<Expr> arguments(Fn f) {
        List<Expr> a = f.args();
        return switch (f.name()) {
            case "heaviside", "sign", "abs", "relu" -> a.size() == 1 ? List.of(a.get(0)) : List.of();
            case "leaky_relu" -> a.size() == 2 ? List.of(a.get(0)) : List.of();
            case "max", "min" -> a.size() == 2 ? List.of(Exprs.sub(a.get(0), a.get(1))) : List.of();
            case "clip" -> a.size() == 3 ? List.of(Exprs.sub(a.get(0), a.get(1)), Exprs.sub(a.get(2), a.get(0))) : List.of();
            // PyTorch's clamping activations switch where the clip each is in the registry does: hardtanh = clip(u, −1, 1),
            // relu6 = clip(u, 0, 6), hardsigmoid and hardswish through clip(u + 3, 0, 6)
            case "hardtanh", "relu6", "hardsigmoid", "hardswish" -> ofCanonicalForm(f);
            case FunctionRegistry.WHERE -> a.size() == 3 && a.get(0) instanceof Fn c ? comparison(c) : List.of();
            default -> comparison(f);
        };
    }

    /** Where the form the registry writes {@code f} in switches: its clip's ({@code hardtanh(u) = clip(u, −1, 1)}). */
    private static List<Expr> ofCanonicalForm(Fn f) {
        return FunctionRegistry.lookup(f.name()).flatMap(KnownFunction::canonicalForm)
                .map(form -> switchesIn(form.apply(f.args()))).orElse(List.of());
    }

    /** The switching quantities of every function in {@code e}. */
    private static List<Expr> switchesIn(Expr e) {
        List<Expr> out = new ArrayList<>(e instanceof Fn g ? arguments(g) : List.of());
        Exprs.children(e).forEach(c -> out.addAll(switchesIn(c)));
        return out;
    }

    private static List<Expr> comparison(Fn c) {
        return Relation.ofFunction(c.name()).isPresent() && c.args().size() == 2
                ? List.of(Exprs.sub(c.args().get(0), c.args().get(1))) : List.of();
    }

    private static boolean mentions(Expr e, String name) {
        return Exprs.any(e, x -> x instanceof Sym s && s.name().equals(name) || x instanceof Indexed i && i.name().equals(name));
    }
}
