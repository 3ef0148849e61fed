package org.symgrad.api;

import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Step;
import org.symgrad.expr.Expr;
import org.symgrad.run.Outcome;

public class ReadmeExample {
    public static void main(String[] args) throws Exception {
        // Parse, differentiate, simplify to textbook form, print.
        Expr loss = Symgrad.parse("-(y*log(sigma(o)) + (1-y)*log(1-sigma(o)))");
        Expr grad = Symgrad.differentiate(loss, Symgrad.variable("o"));
        System.out.println(Symgrad.ascii(grad));      // sigma(o) - y
        System.out.println(Symgrad.latex(grad));      // \sigma(o) - y

        // The derivation, one named rule per step.
        Derivation d = Symgrad.derive(Symgrad.parse("log(sigma(x))"), Symgrad.variable("x"));
        for (Step step : d.steps()) {
            System.out.println(Symgrad.unicode(step.expr()) + "   (" + step.rule() + ")");
        }

        // A script with definitions, as `symgrad run` runs it; index notation, no unrolling.
        String script = """
                let y_i = exp(x_i) / sum_k exp(x_k)
                derive y_i wrt x_j
                """;
        for (Outcome outcome : Symgrad.run(script)) {
            if (outcome instanceof Outcome.Derived derived) {
                Derivation softmax = derived.derivation();
                System.out.println(Symgrad.unicode(softmax.result()));   // y_i(δ_ij − y_j)
            }
        }
    }
}
