package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.run.Outcome;

/**
 * A derivative by a defined name is the textbook's partial derivative through that intermediate:
 * with {@code y = σ(x)} and {@code E = (y − t)²}, {@code ∂E/∂y = 2(y − t)} and the chain rule
 * {@code ∂E/∂x = ∂E/∂y · ∂y/∂x} are right steps, not false alarms.
 */
class CheckerDefinedVariableTest {
    private static List<Verdict> verdicts(String script) {
        List<Outcome> out = Symgrad.run(script);
        return ((Outcome.Checked) out.get(out.size() - 1)).verdicts();
    }

    @Test
    void derivativeByADefinedNameHoldsThatNameAsTheVariable() {
        List<Verdict> v = verdicts("""
                let y = sigma(x)
                let E = (y - t)^2
                check diff(E, y) = 2*(y - t)
                """);
        assertEquals(Verdict.Kind.PROVEN, v.get(0).kind());
    }

    @Test
    void chainRuleThroughADefinedNameIsARightStep() {
        List<Verdict> v = verdicts("""
                let y = sigma(x)
                let E = (y - t)^2
                check diff(E, x) = diff(E, y)*diff(y, x) = 2*(y - t)*y*(1 - y)
                """);
        assertEquals(List.of(Verdict.Kind.PROVEN, Verdict.Kind.PROVEN), v.stream().map(Verdict::kind).toList());
    }

    @Test
    void aWrongPartialDerivativeByADefinedNameIsStillCaught() {
        List<Verdict> v = verdicts("""
                let y = sigma(x)
                let E = (y - t)^2
                check diff(E, y) = 2*(y - t)*y*(1 - y)
                """);
        assertEquals(Verdict.Kind.FALSE, v.get(0).kind());
    }

    @Test
    void indexedIntermediatesWork() {
        List<Verdict> v = verdicts("""
                let p_j = exp(o_j)/sum_k exp(o_k)
                let L = -sum_j y_j*log(p_j)
                check diff(L, p_k) = -y_k/p_k
                """);
        assertEquals(Verdict.Kind.PROVEN, v.get(0).kind());
    }
}
