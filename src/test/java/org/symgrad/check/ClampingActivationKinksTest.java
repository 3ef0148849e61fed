package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * A proof through one of PyTorch's clamping activations says where it holds, as one through the clip it names does
 * ({@link Kinks}): hardtanh switches at ±1, relu6 at 0 and 6, hardsigmoid and hardswish at ±3 (was: simply "proven",
 * while the same derivative written with clip said "where 1 + x ≠ 0, 1 − x ≠ 0").
 */
class ClampingActivationKinksTest {
    private static Verdict check(String left, String right) {
        return new Checker(Definitions.none(), List.of(), Sampling.NONE).check(Parser.parseExpression(left),
                Parser.parseExpression(right));
    }

    @Test
    void eachActivationIsProvenAwayFromItsKinks() {
        Verdict hardtanh = check("diff(hardtanh(x) + x^2, x)", "heaviside(x + 1)*heaviside(1 - x) + 2*x");
        assertEquals(Verdict.Kind.PROVEN, hardtanh.kind());
        assertEquals(List.of("1 + x ≠ 0", "1 - x ≠ 0"), hardtanh.awayFrom());
        assertEquals(check("diff(clip(x, -1, 1) + x^2, x)", "heaviside(x + 1)*heaviside(1 - x) + 2*x").awayFrom(),
                hardtanh.awayFrom());
        assertEquals(List.of("6 - x ≠ 0", "x ≠ 0"), check("diff(relu6(x), x)", "heaviside(x)*heaviside(6 - x)").awayFrom());
        assertEquals(List.of("3 + x ≠ 0", "3 - x ≠ 0"),
                check("diff(hard_sigmoid(x), x)", "heaviside(x + 3)*heaviside(3 - x)/6").awayFrom());
        Verdict hardswish = check("diff(hardswish(x), x)", "where(x < -3, 0, where(x < 3, (3 + 2*x)/6, 1))");
        assertEquals(Verdict.Kind.PROVEN, hardswish.kind());
        assertEquals(2, hardswish.awayFrom().size(), hardswish::toString);
    }

    @Test
    void aWrongDerivativeStaysFalse() {
        assertEquals(Verdict.Kind.FALSE, check("diff(hardswish(x), x)", "heaviside(x + 3)*heaviside(3 - x)/6").kind());
    }
}
