package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.testing.RandomExprs;

/**
 * {@code symgrad diff --order n} (with and without steps) gives what the API's
 * {@code Deriver.derivative(e, x, n)} and the nested {@code diff(diff(e, x), x)} give: each order differentiates
 * the last order's result as it is printed, the input's cosh written back in it (was: the CLI looped over first
 * derivatives and printed {@code 1 - tanh(x)^2} for {@code log(cosh(x))}, the API {@code 1/cosh(x)^2}).
 */
class OrderOptionAsApiTest {
    private static final Pattern SECOND = Pattern.compile("^derive diff\\((?<f>.*), (?<v>[A-Za-z]+)\\) wrt \\k<v>$");

    @Test
    void logCoshTwice() {
        assertEquals("1/cosh(x)^2", cli("log(cosh(x))", "x", 2, false));
        assertEquals("1/cosh(x)^2", cli("log(cosh(x))", "x", 2, true));
    }

    @Test
    void theReachCorpusSecondDerivativesAndSeededInputs() throws IOException {
        List<String[]> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/textbook-reach"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".sg")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    Matcher m = SECOND.matcher(line.strip());
                    if (m.matches()) {
                        inputs.add(new String[] {m.group("f"), m.group("v")});
                    }
                }
            }
        }
        assertTrue(inputs.size() >= 25, "rows read: " + inputs.size());
        for (String f : new String[] {"log(cosh(x))", "x*log(cosh(x))", "tanh(x)/x", "sigma(x)", "x^3*exp(-x)",
                "log(cosh(x/2))", "x*tanh(x)^2", "sech(x)", "softplus(x)"}) {
            inputs.add(new String[] {f, "x"});
        }
        int named = inputs.size();
        RandomExprs gen = new RandomExprs(40_2L);
        for (int i = 0; i < 24; i++) {
            inputs.add(new String[] {Printer.ascii(gen.next(1 + i % 4)), RandomExprs.VARIABLES.get(i % 3)});
        }
        int compared = 0;
        for (int k = 0; k < inputs.size(); k++) {
            String[] in = inputs.get(k);
            for (int order = 2; order <= 3; order++) {
                Expr e = Symgrad.parse(in[0]);
                Expr v = Symgrad.variable(in[1]);
                String api;
                try {
                    if (!Exprs.any(e, x -> x.equals(v))) {
                        continue;
                    }
                    api = Printer.ascii(Deriver.plain().derivative(e, v, order));
                } catch (SymgradException limit) {
                    continue;
                }
                Expr nested = e;
                for (int i = 0; i < order - 1; i++) {
                    nested = new Derivative(nested, v);
                }
                String what = "order " + order + " of " + in[0] + " by " + in[1];
                assertEquals(api, Printer.ascii(Deriver.plain().derivative(nested, v)), "nested " + what);
                assertEquals(api, cli(in[0], in[1], order, false), "diff --order " + what);
                // a random input that writes one sum in two orders (z + y, y + z) may keep a different one per path
                if (k < named && (order == 2 || compared % 3 == 0)) {
                    assertEquals(api, cli(in[0], in[1], order, true), "diff --steps --order " + what);
                }
                compared++;
            }
        }
        assertTrue(compared > 80, "compared " + compared);
    }

    /** The last result {@code symgrad diff --order n} prints. */
    private static String cli(String f, String v, int order, boolean steps) {
        List<Outcome> out = Symgrad.derivation(f, v, order, steps).outcomes();
        Derivation d = ((Outcome.Derived) out.get(out.size() - 1)).derivation();
        if (steps) {
            assertEquals(order, out.size());
            for (int i = 1; i < out.size(); i++) {
                assertEquals(((Outcome.Derived) out.get(i - 1)).derivation().result(),
                        ((Outcome.Derived) out.get(i)).derivation().of(), "each order differentiates the last one's result");
            }
        }
        return Printer.ascii(d.result());
    }
}
