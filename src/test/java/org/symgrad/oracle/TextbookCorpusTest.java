package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Derivations transcribed from standard ML course material (CS231n, CS224n, Bishop PRML,
 * Goodfellow DL, d2l.ai, the Matrix Cookbook) as {@code src/test/resources/textbook/*.sg}, none
 * of them written for symgrad: every result equals an independent central finite difference of
 * the input (definitions substituted, indices bound to concrete values, n = 3 and 4), and those
 * that come out in the textbook's form print exactly that.
 */
class TextbookCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/textbook");
    private static final long[] SEEDS = {21, 22};
    private static final int[] DIMENSIONS = {3, 4};
    private static final int MAX_BINDINGS = 24;
    /** Scalars the textbooks take as positive: a standard deviation, an ε, a dimension, a temperature, π (a symbol to symgrad). */
    private static final Set<String> POSITIVE = Set.of("sigma", "eps", "d", "T", "pi");

    static List<ExampleDerivations.Case> cases() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<ExampleDerivations.Case> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".sg")).sorted().toList()) {
                out.addAll(ExampleDerivations.of(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resultEqualsFiniteDifferenceOfTheInput(ExampleDerivations.Case c) {
        Derivation d = c.derivation();
        Gap gap = NOT_YET_TEXTBOOK_FORM.get(c.file() + ":" + c.line());
        Expr textbook = gap == null ? null : Parser.parseExpression(gap.textbook());
        int compared = 0;
        int kinks = 0;
        for (int n : DIMENSIONS) {
            Oracle oracle = new Oracle(c.definitions(), c.normalised(), POSITIVE, n);
            for (long seed : SEEDS) {
                Environment base = oracle.environment(seed * 100 + n);
                for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(d.of(), d.wrt()), MAX_BINDINGS, seed)) {
                    Environment env = Oracle.bind(base, b);
                    if (!oracle.smoothAt(d.of(), d.wrt(), env)) {
                        kinks++; // next to a kink of relu/abs: no finite difference to compare with
                        continue;
                    }
                    double truth = oracle.derivative(d.of(), d.wrt(), env);
                    assertTrue(Double.isFinite(truth), "finite difference at " + b);
                    double result = oracle.value(d.result(), Set.of(), env);
                    if (!Oracle.close(truth, result)) {
                        fail(c + " at n = " + n + ", seed " + seed + ", " + b + ": finite difference " + truth
                                + ", symgrad's " + Printer.ascii(d.result()) + " = " + result);
                    }
                    if (textbook != null) {
                        // the table's textbook form is right too, so the gap it records is real
                        assertTrue(Oracle.close(truth, oracle.value(textbook, Set.of(), env)), c + ": " + textbook);
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared >= 4 && kinks <= compared / 4, "compared at " + compared + " points, " + kinks + " kinks");
    }

    /** Derivations that come out exactly as the textbook prints them (ASCII), by file:line. */
    static final Map<String, String> TEXTBOOK_FORM = Map.ofEntries(
            Map.entry("matrix-cookbook-basics.sg:2", "A_{kl} + A_{lk}"),
            Map.entry("matrix-cookbook-basics.sg:3", "x_k*x_l"),
            Map.entry("matrix-cookbook-basics.sg:4", "x_1 + delta(1,j)*sum(k, x_k)"),
            Map.entry("matrix-cookbook-basics.sg:5", "3*x_j^2"),
            Map.entry("matrix-cookbook-basics.sg:6", "2*sum(k, x_k)"),
            Map.entry("matrix-cookbook-basics.sg:7", "y"),
            Map.entry("matrix-product-trace.sg:3", "B_{ba}"),
            Map.entry("matrix-product-trace.sg:4", "2*sum(i, A_{ia}*C_{ib})"),
            Map.entry("matrix-product-trace.sg:5", "B_{ba}"),
            Map.entry("smooth-abs-and-deltas.sg:2", "x/(x^2 + eps)^(1/2)"),
            Map.entry("smooth-abs-and-deltas.sg:3", "3*x*abs(x)"),
            Map.entry("smooth-abs-and-deltas.sg:4", "tanh(x)"),
            Map.entry("smooth-abs-and-deltas.sg:5", "delta(j,m)"),
            Map.entry("smooth-abs-and-deltas.sg:6", "2*x_j"),
            Map.entry("softmax-linear-layer.sg:4", "x_l*(delta(i,k) - y_k)"),
            Map.entry("softmax-linear-layer.sg:5", "sum(i, W_{ij}*y_i*(1 + z_i - sum(k, y_k*z_k)))"),
            Map.entry("softmax-linear-layer.sg:6", "-x*exp(-x^2/2)/(2*pi)^(1/2)"),
            Map.entry("attention-scores.sg:4", "a_i*(K_{ij} - sum(l, K_{lj}*a_l))/d^(1/2)"),
            Map.entry("batch-softmax-ce.sg:4", "sum(n, X_{na}*(Y_{nb}*sum(k, T_{nk}) - T_{nb}))"),
            Map.entry("bce-logits-weight-decay.sg:3", "x_j*(sigma(o) - y) + lambda*w_j"),
            Map.entry("frobenius-norm.sg:2", "2*W_{kl}"),
            Map.entry("frobenius-norm.sg:3", "W_{kl}/sum(i, sum(j, W_{ij}^2))^(1/2)"),
            Map.entry("gaussian-nll-batch.sg:2", "-sum(n, x_n - mu)/sigma^2"),
            Map.entry("gaussian-nll-batch.sg:3", "n/sigma - sum(n, (x_n - mu)^2)/sigma^3"),
            Map.entry("gaussian-nll.sg:2", "(mu - x)/sigma^2"),
            Map.entry("gaussian-nll.sg:3", "1/sigma - (x - mu)^2/sigma^3"),
            Map.entry("cosine-similarity.sg:5", "b_j/(na*nb) - c*a_j/na^2"),
            // the textbook's (n*delta(i,j) - 1 - y_i*y_j)/(n*(v + eps)^(1/2)), the numerator in canonical term order
            Map.entry("layer-norm.sg:5", "(n*delta(i,j) - y_i*y_j - 1)/(n*(v + eps)^(1/2))"),
            Map.entry("gru-update.sg:6", "z_i*(B_{ij}*(1 - z_i)*(hp_i - c_i) + delta(i,j))"),
            Map.entry("gru-update.sg:5", "x_l*z_i*delta(i,k)*(1 - z_i)"),
            Map.entry("hinge-loss.sg:2", "-y*x_j*heaviside(1 - y*sum(k, w_k*x_k))"),
            Map.entry("kl-softmax.sg:4", "q_j - p_j"),
            Map.entry("l1-lasso.sg:3", "sign(w_j)"),
            Map.entry("l1-lasso.sg:4", "sum(n, X_{nj}*(yhat_n - y_n)) + lambda*sign(w_j)"),
            Map.entry("l2-normalise.sg:4", "(delta(i,j) - u_i*u_j)/r"),
            Map.entry("least-squares-basis.sg:2", "-sum(n, Phi_{nk}*(t_n - sum(j, w_j*Phi_{nj})))"),
            Map.entry("logistic-regression-batch.sg:3", "sum(n, X_{nj}*(p_n - y_n))"),
            Map.entry("logistic-regression-batch.sg:4", "sum(n, p_n - y_n)"),
            Map.entry("logsumexp-hessian.sg:3", "p_i*(delta(i,j) - p_j)"),
            Map.entry("logsumexp-hessian.sg:4", "p_i*(delta(i,j) - p_j)"),
            Map.entry("lstm-cell.sg:5", "f_i*o_i*delta(i,j)*(1 - tanh(c_i)^2)"),
            Map.entry("lstm-cell.sg:6", "cp_i*f_i*o_i*x_l*delta(i,k)*(1 - f_i)*(1 - tanh(c_i)^2)"),
            Map.entry("mlp-relu.sg:5", "v_a*x_b*heaviside(r_a)*(o - y)"),
            Map.entry("mlp-relu.sg:6", "h_a*(o - y)"),
            Map.entry("nll-one-hot.sg:3", "softmax(z)_j - t_j"),
            Map.entry("mse-sigmoid-batch.sg:3", "sum(n, X_{nj}*p_n*(1 - p_n)*(p_n - y_n))"),
            Map.entry("poisson-regression.sg:3", "sum(n, X_{nj}*(exp(eta_n) - y_n))"),
            Map.entry("quadratic-form.sg:2", "sum(i, x_i*(A_{ki} + A_{ik}))"),
            Map.entry("quadratic-form.sg:3", "x_k*x_l"),
            Map.entry("ridge-regression.sg:3", "sum(n, X_{nj}*(yhat_n - y_n)) + lambda*w_j"),
            Map.entry("rnn-step.sg:3", "x_l*delta(i,k)*(1 - h_i^2)"),
            Map.entry("rnn-step.sg:4", "U_{im}*(1 - h_i^2)"),
            Map.entry("second-derivatives.sg:2", "sigma(x)*(1 - 2*sigma(x))*(1 - sigma(x))"),
            Map.entry("second-derivatives.sg:3", "-sigma(x)*(1 - sigma(x))"),
            Map.entry("second-derivatives.sg:4", "-2*tanh(x)*(1 - tanh(x)^2)"),
            Map.entry("sigmoid-neg.sg:2", "-sigma(x)*(1 - sigma(x))"),
            Map.entry("sigmoid-neg.sg:3", "-sigma(x)"),
            Map.entry("softmax-entropy.sg:3", "p_j*(sum(k, p_k*log(p_k)) - log(p_j))"),
            Map.entry("softmax-regression.sg:5", "x_b*(y_a - t_a)"),
            Map.entry("softmax-regression.sg:6", "y_a - t_a"),
            Map.entry("softplus-logsumexp.sg:2", "x*sigma(w*x + b)"),
            Map.entry("softplus-logsumexp.sg:3", "softmax(z)_j"),
            Map.entry("softplus-logsumexp.sg:4", "softmax(z)_j"),
            Map.entry("swish.sg:2", "sigma(x) + x*sigma(x)*(1 - sigma(x))"),
            Map.entry("swish.sg:3", "x^2*sigma(beta*x)*(1 - sigma(beta*x))"),
            Map.entry("temperature-softmax.sg:3", "y_i*(sum(k, y_k*z_k) - z_i)/T^2"),
            Map.entry("temperature-softmax.sg:4", "y_i*(delta(i,j) - y_j)/T"));

    /** A derivation not yet in the textbook's form: the form a textbook prints and the form we print today. */
    record Gap(String textbook, String ours) {
    }

    /**
     * Correct but not yet in the textbook's form (numeric correctness is asserted for the textbook's
     * form too, so each gap is real). Today's form is asserted as well, so a gap cannot drift: when
     * a change moves one, it moves to {@link #TEXTBOOK_FORM} or gets its new form recorded here.
     */
    static final Map<String, Gap> NOT_YET_TEXTBOOK_FORM = Map.ofEntries();

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void comesOutInTheTextbooksForm(ExampleDerivations.Case c) {
        String key = c.file() + ":" + c.line();
        assertTrue(TEXTBOOK_FORM.containsKey(key) || NOT_YET_TEXTBOOK_FORM.containsKey(key),
                key + " is in neither table: " + Printer.ascii(c.derivation().result()));
        String ours = Printer.ascii(c.derivation().result());
        if (TEXTBOOK_FORM.containsKey(key)) {
            assertEquals(TEXTBOOK_FORM.get(key), ours, key);
        } else {
            assertEquals(NOT_YET_TEXTBOOK_FORM.get(key).ours(), ours, key + ": a listed gap changed form");
        }
    }

    @Test
    void everyTabulatedDerivationIsInTheCorpus() {
        Set<String> keys = new java.util.HashSet<>();
        cases().forEach(c -> keys.add(c.file() + ":" + c.line()));
        assertTrue(keys.containsAll(TEXTBOOK_FORM.keySet()) && keys.containsAll(NOT_YET_TEXTBOOK_FORM.keySet()));
        assertTrue(keys.size() >= 30, keys.size() + " derivations");
    }
}
