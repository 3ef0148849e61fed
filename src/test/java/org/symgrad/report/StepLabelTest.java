package org.symgrad.report;

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
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Step;
import org.symgrad.diff.DiffRules;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;

/**
 * A step that applies {@code ∂x_i/∂x_j = δ_ij} is labelled with the instance it applied, in the
 * step's own indices (issue 12: the label read {@code ∂x_i/∂x_j = δ_ij} on a line where the
 * step was {@code ∂x_k/∂x_j = δ_kj}).
 */
class StepLabelTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final Pattern INSTANCE = Pattern.compile("∂(\\S+)/∂(\\S+) = ");

    private static List<Derivation> derivations(String script) {
        List<Derivation> out = new ArrayList<>();
        for (Outcome o : Symgrad.run(script)) {
            if (o instanceof Outcome.Derived d) {
                out.add(d.derivation());
                out.addAll(d.derivation().inner());
            }
        }
        return out;
    }

    @Test
    void aMatrixEntryNamesBothDeltas() {
        Derivation d = Symgrad.derive(Symgrad.parse("W_ij*x_j"), Symgrad.variable("W_kl"));
        String text = DerivationText.unicode(d);
        assertTrue(text.contains("(∂W_ij/∂W_kl = δ_ik δ_jl)"), text);
        String latex = DerivationLatex.rows(d);
        assertTrue(latex.contains("\\text{($\\partial W_{ij}/\\partial W_{kl} = \\delta_{ik} \\delta_{jl}$)}"), latex);
    }

    @Test
    void theSoftmaxJacobianNamesEachIndexItDifferentiates() {
        String text = DerivationText.unicode(derivations("let y_i = exp(x_i)/sum_k exp(x_k)\nderive y_i wrt x_j").get(0));
        assertTrue(text.contains("(∂x_i/∂x_j = δ_ij)"), text);
        assertTrue(text.contains("(∂x_k/∂x_j = δ_kj)"), text);
    }

    /** On every gallery derivation: each instance a label names is a derivative of the line before. */
    @Test
    void everyLabelledInstanceIsOnTheLineBefore() throws IOException {
        int labelled = 0;
        List<Path> scripts;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            scripts = files.filter(p -> p.toString().endsWith(".sg")).sorted().toList();
        }
        for (Path script : scripts) {
            for (Derivation d : derivations(Files.readString(script))) {
                for (int i = 1; i < d.steps().size(); i++) {
                    Step step = d.steps().get(i);
                    if (!step.rule().equals(DiffRules.INDEX_DERIVATIVE)) {
                        continue;
                    }
                    String before = Printer.unicode(d.steps().get(i - 1).expr());
                    String label = StepLabel.text(d.steps().get(i - 1).expr(), step);
                    Matcher m = INSTANCE.matcher(label);
                    assertTrue(m.find(), script + ": " + label);
                    m.reset();
                    while (m.find()) {
                        String derivative = "∂" + m.group(1) + "/∂" + m.group(2);
                        assertTrue(before.contains(derivative), script + ": " + derivative + " is not in " + before);
                        labelled++;
                    }
                }
            }
        }
        assertTrue(labelled >= 8, "labelled instances in the gallery: " + labelled);
    }

    @Test
    void anyOtherRuleReadsAsItsWords() {
        Step step = new Step(DiffRules.CHAIN_RULE, Symgrad.parse("x"));
        assertEquals("chain rule", StepLabel.text(Symgrad.parse("x"), step));
    }
}
