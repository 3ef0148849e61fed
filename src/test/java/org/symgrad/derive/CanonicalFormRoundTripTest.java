package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.simplify.WrittenFunctions;

/**
 * Issue 9, "never undo": a function the normal form writes as another ({@code log1p(u)} as {@code log(1 + u)},
 * {@code expm1}, {@code logit}) is not written in that form by one step and by its name again by a later one. Over
 * every registry function whose canonical form is a function or a sum: where the result writes the name, no step
 * cites its canonical form, no step undoes another ({@link StepUndos}, which counts such a function as a part), and the
 * result is the one computed without the steps.
 */
class CanonicalFormRoundTripTest {
    /** Inputs in which {@code f} stands for each such function. */
    private static final List<String> SHAPES = List.of("x*f(x^2)", "x*f(-x)", "x*f(x/2)", "f(x^2)/x", "x^2*f(x) + x");

    @Test
    void aFunctionWrittenBackByItsNameIsNotWrittenInItsCanonicalFormBefore() {
        List<KnownFunction> functions = FunctionRegistry.ALL.stream()
                .filter(k -> WrittenFunctions.canonicallyAFunctionOrASum(new Fn(k.name(), List.of(new Sym("x"))))).toList();
        assertTrue(functions.size() >= 3, "log1p, expm1, logit at least: " + functions.stream().map(KnownFunction::name).toList());
        List<String> failures = new ArrayList<>();
        int writtenBack = 0;
        for (KnownFunction k : functions) {
            for (String shape : SHAPES) {
                String input = shape.replace("f(", k.name() + "(");
                Expr of = Parser.parseExpression(input);
                Derivation d = Deriver.plain().derive(of, new Sym("x"));
                Expr result = d.result();
                assertEquals(Printer.ascii(Deriver.plain().result(of, new Sym("x")).result()), Printer.ascii(result), input);
                if (!StepUndos.of(d).isEmpty()) {
                    failures.add(input + ": undos " + StepUndos.of(d) + " in " + d.steps());
                }
                if (Exprs.any(result, e -> e instanceof Fn f && f.name().equals(k.name()))) {
                    writtenBack++;
                    String canonical = k.ruleName() + "-as-canonical-form";
                    if (d.steps().stream().anyMatch(s -> s.rules().contains(canonical))) {
                        failures.add(input + ": cites " + canonical + " and ends on " + Printer.ascii(result) + " in " + d.steps());
                    }
                }
            }
        }
        assertTrue(writtenBack >= 8, "results that write the function back: " + writtenBack);
        assertEquals(List.of(), failures);
    }

    @Test
    void log1pOfMinusXShowsTheNameThroughout() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression("x*log1p(-x)"), new Sym("x"));
        for (Step s : d.steps()) {
            assertFalse(Printer.ascii(s.expr()).contains("log(1 - x)"), "steps: " + d.steps());
        }
        // the product rule's sum, the log1p apart from the fraction (NumeratorsDivided; was -(x*log1p(-x) + x - log1p(-x))/(1 - x))
        assertEquals("log1p(-x) - x/(1 - x)", Printer.ascii(d.result()));
    }
}
