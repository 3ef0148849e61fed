package org.symgrad.simplify;

import static org.symgrad.expr.Exprs.*;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.*;

public class Scratch {
    public static void main(String[] a) {
        Sym x = sym("x"), y = sym("y"), o = sym("o");
        Expr s = sigma(x);
        Expr ds = mul(s, sub(ONE, s));
        show(mul(pow(s, -1), ds));
        Expr so = sigma(o);
        Expr dso = mul(so, sub(ONE, so));
        show(neg(add(mul(y, pow(so, -1), dso), mul(sub(ONE, y), pow(sub(ONE, so), -1), neg(dso)))));
        show(mul(TWO, sub(so, y), dso));
        // softmax jacobian
        Expr S = sum("k", exp(indexed("x", "k")));
        Expr num = add(mul(exp(indexed("x", "i")), delta("i", "j"), S),
                neg(mul(exp(indexed("x", "i")), sum("k", mul(exp(indexed("x", "k")), delta("k", "j"))))));
        Expr jac = mul(num, pow(S, -2));
        show(jac);
        AtomRule def = new AtomRule("softmax", exp(indexed("x", "i")), Set.of("i"), mul(indexed("y", "i"), S));
        System.out.println(Simplifier.with(List.of(), List.of(def)).simplify(jac));
        // CE: -sum_i t_i * (1/y_i) * y_i (delta(i,j) - y_j)
        Expr ce = neg(sum("i", mul(indexed("t", "i"), pow(indexed("y", "i"), -1), indexed("y", "i"), sub(delta("i", "j"), indexed("y", "j")))));
        AtomRule as = new AtomRule("assumption", sum("k", indexed("t", "k")), Set.of(), ONE);
        System.out.println(Simplifier.with(List.of(as), List.of()).simplify(ce));
        // linear: sum_j delta(i,k) delta(j,l) x_j
        show(sum("j", mul(delta("i", "k"), delta("j", "l"), indexed("x", "j"))));
        // 2-layer outer
        Expr Sp = sum("p", mul(indexed("y", "p"), indexed("V", "p", "a")));
        Expr hh = mul(indexed("h", "a"), sub(ONE, indexed("h", "a")), indexed("x", "b"));
        Expr dy = mul(indexed("y", "k"), hh, sub(indexed("V", "k", "a"), Sp));
        Expr dE = neg(sum("k", mul(indexed("t", "k"), pow(indexed("y", "k"), -1), dy)));
        System.out.println(Simplifier.with(List.of(as), List.of()).simplify(dE));
        show(Simplifier.plain().expanded(sub(log(sigma(x)), neg(fn("softplus", neg(x)))), Budget.standard()));
        show(Simplifier.plain().expanded(sub(sub(fn("softplus", x), fn("softplus", neg(x))), x), Budget.standard()));
        Expr c = sym("c");
        show(Simplifier.plain().expanded(sub(div(exp(add(indexed("z","i"), c)), sum("k", exp(add(indexed("z","k"), c)))), div(exp(indexed("z","i")), sum("k", exp(indexed("z","k"))))), Budget.standard()));
        show(Simplifier.plain().expanded(sub(sigma(x), div(ONE, add(ONE, exp(neg(x))))), Budget.standard()));
        show(sub(ONE, pow(fn("tanh", x), 2)));
        show(div(sub(pow(x, 2), ONE), sub(x, ONE)));
        show(div(exp(neg(x)), pow(add(ONE, exp(neg(x))), 2)));
    }
    static void show(Expr e) { System.out.println(Simplifier.simplifyPlain(e)); }
}
