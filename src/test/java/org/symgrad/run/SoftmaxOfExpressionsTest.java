package org.symgrad.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import org.symgrad.print.Printer;

/**
 * {@code softmax(z/T)_i} and {@code logsumexp(z - m)} in a script ({@code VectorArgument}): the argument is an expression of
 * the one vector the script writes with an index and scalars, read component by component; a wrong temperature factor is
 * false, and an argument whose vector is a guess is refused.
 */
class SoftmaxOfExpressionsTest {
    private static List<Boolean> checks(String script) {
        return Symgrad.run(script).stream().map(o -> ((Outcome.Checked) o).holds()).toList();
    }

    @Test
    void softmaxWithATemperature() {
        assertEquals(List.of(true, false), checks("""
                let p = softmax(z/T)
                check diff(p_i, z_j) = p_i*(delta(i,j) - p_j)/T
                check diff(p_i, z_j) = p_i*(delta(i,j) - p_j)
                """));
        assertEquals(List.of(true), checks("check diff(softmax(z/T)_i, T) = -softmax(z/T)_i*(z_i - sum(k, softmax(z/T)_k*z_k))/T^2"));
    }

    @Test
    void aShiftCancelsInSoftmaxButNotInLogsumexp() {
        // z is the vector: the script writes z_k
        assertEquals(List.of(true, true, false), checks("""
                check softmax(z - m)_i = exp(z_i)/sum(k, exp(z_k))
                check logsumexp(z - m) = logsumexp(z) - m
                check logsumexp(z - m) = logsumexp(z)
                """));
    }

    @Test
    void theComponentIsTheArgumentAtTheIndex() {
        List<Outcome> out = Symgrad.run("derive softmax(2*q)_i wrt q_j");
        Outcome.Derived d = (Outcome.Derived) out.get(out.size() - 1);
        assertTrue(Printer.ascii(d.derivation().result()).contains("delta(i,j)"), Printer.ascii(d.derivation().result()));
    }

    @Test
    void anArgumentWithTwoIndexedNamesIsRefused() {
        InputException e = assertThrows(InputException.class, () -> Symgrad.run("check softmax(z - m)_i = exp(z_i - m_i)/sum(k, exp(z_k - m_k))"));
        assertTrue(e.getMessage().contains("must be the name of a vector"), e.getMessage());
    }
}
