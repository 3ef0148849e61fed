package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.script.AssumeStatement;
import org.symgrad.script.DeriveStatement;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Statement;
import org.symgrad.testing.RandomExprs;

/**
 * {@code symgrad diff} without {@code --steps} computes the derivative without recording steps
 * (issue 13); it prints what the step-by-step derivation ends with, so the two cannot be told apart.
 */
class DiffWithoutStepsTest {
    @Test
    void theSpecRowsPrintTheSameWithAndWithoutSteps() {
        for (String[] row : List.of(new String[] {"sigma(x)", "x"}, new String[] {"softplus(x)", "x"},
                new String[] {"tanh(x)", "x"}, new String[] {"log(sigma(x))", "x"},
                new String[] {"-(y*log(sigma(o)) + (1-y)*log(1-sigma(o)))", "o"},
                new String[] {"(sigma(o) - y)^2", "o"}, new String[] {"x_i*W_ij + b_j", "W_kl"},
                new String[] {"exp(x_i)/sum_k exp(x_k)", "x_j"})) {
            for (OutputFormat f : OutputFormat.values()) {
                String plain = Symgrad.derivation(row[0], row[1], 1, false).text(f, false);
                String stepped = Symgrad.derivation(row[0], row[1], 1, true).text(f, false);
                assertEquals(stepped, plain, row[0] + " in " + f);
            }
        }
    }

    @Test
    void randomExpressionsHaveTheSameDerivativeWithAndWithoutSteps() {
        RandomExprs gen = new RandomExprs(4_242L);
        int compared = 0;
        for (int i = 0; i < 300; i++) {
            Expr e = gen.next(1 + i % 4);
            Expr x = Exprs.sym(RandomExprs.VARIABLES.get(i % 3));
            String plain;
            String stepped;
            try {
                plain = Printer.ascii(Deriver.plain().derivative(e, x));
                stepped = Printer.ascii(Deriver.plain().derive(e, x).result());
            } catch (SymgradException limitOrInput) {
                continue;
            }
            assertEquals(stepped, plain, () -> "d/d" + x + " " + Printer.ascii(e));
            compared++;
        }
        assertEquals(true, compared > 250, compared + " compared");
    }

    /**
     * A root pulled out of the terms of a sum leaves its whole powers behind ({@code (√Σ)²}): the
     * derivative as differentiated in one go reaches them, the rule-by-rule derivation does not, so
     * both must resolve them to the same normal form ({@code Σ_k x_k²}, not {@code (Σ_k x_k²^{1/2})²}).
     */
    @Test
    void aNormalisedVectorPrintsTheSameWithAndWithoutSteps() {
        for (OutputFormat f : OutputFormat.values()) {
            String plain = Symgrad.derivation("x_i/sqrt(sum(k, x_k^2))", "x_j", 1, false).text(f, false);
            String stepped = Symgrad.derivation("x_i/sqrt(sum(k, x_k^2))", "x_j", 1, true).text(f, false);
            assertEquals(stepped, plain, f.toString());
        }
        assertEquals("(delta(i,j)*sum(k, x_k^2) - x_i*x_j)/sum(k, x_k^2)^(3/2)",
                Symgrad.derivation("x_i/sqrt(sum(k, x_k^2))", "x_j", 1, false).text(OutputFormat.ASCII, false).strip());
    }

    private static final List<Path> SCRIPT_DIRECTORIES = List.of(Path.of("examples"),
            Path.of("src/test/resources/textbook"), Path.of("src/test/resources/textbook-reach"));

    /** The formats that print the derivation itself (not code made from it). */
    private static final List<OutputFormat> PRINTED = List.of(OutputFormat.ASCII, OutputFormat.UNICODE,
            OutputFormat.LATEX, OutputFormat.MARKDOWN, OutputFormat.JSON);

    /** What {@code diff} prints of {@code of} by {@code wrt} in each format that prints it, or the error it reports. */
    private static String printed(String of, String wrt, boolean steps) {
        try {
            Results r = Symgrad.derivation(of, wrt, 1, steps);
            StringBuilder out = new StringBuilder();
            for (OutputFormat f : PRINTED) {
                out.append(r.text(f, false));
            }
            return out.toString();
        } catch (SymgradException e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * Every {@code derive} of the gallery and of both textbook corpora that needs no definition and
     * no assumption, as {@code diff} takes it: without steps it prints, in every format, what the
     * step-by-step derivation ends with ({@code run} is {@link ScriptWithoutStepsTest}'s).
     */
    @Test
    void everyDeriveOfTheGalleryAndTheCorporaPrintsTheSameWithoutSteps() throws IOException {
        int compared = 0;
        List<String> differ = new ArrayList<>();
        for (Path dir : SCRIPT_DIRECTORIES) {
            List<Path> scripts;
            try (Stream<Path> files = Files.list(dir)) {
                scripts = files.filter(p -> p.toString().endsWith(".sg")).sorted().toList();
            }
            for (Path script : scripts) {
                List<Statement> statements;
                try {
                    statements = Parser.parseScript(Files.readString(script)).statements();
                } catch (SymgradException notReadable) {
                    continue;
                }
                if (statements.stream().anyMatch(s -> s instanceof AssumeStatement)) {
                    continue;
                }
                Definitions definitions = Definitions.none();
                for (Statement s : statements) {
                    if (s instanceof LetStatement let) {
                        definitions = definitions.with(new Definition(let.target(), let.body()));
                    } else if (s instanceof DeriveStatement derive && definitions.namesIn(derive.of()).isEmpty()) {
                        String of = Printer.ascii(derive.of());
                        String wrt = Printer.ascii(derive.wrt());
                        String stepped = printed(of, wrt, true);
                        String plain = printed(of, wrt, false);
                        compared += stepped.startsWith("error") ? 0 : 1;
                        if (!plain.equals(stepped)) {
                            differ.add(script + ": " + derive.text().strip() + "\n  steps:    " + stepped
                                    + "\n  no steps: " + plain);
                        }
                    }
                }
            }
        }
        assertTrue(compared > 60, compared + " compared");
        assertTrue(differ.isEmpty(), differ.size() + " differ:\n" + String.join("\n", differ));
    }

    /** Generated indexed expressions, differentiated by {@code x_j} as {@code diff} does: without steps as with them. */
    @Test
    void randomIndexedExpressionsPrintTheSameWithAndWithoutSteps() {
        RandomExprs gen = new RandomExprs(9_191L);
        int compared = 0;
        for (int i = 0; i < 400; i++) {
            String e = Printer.ascii(gen.nextIndexed(i % 2 == 0 ? Set.of() : Set.of("i"), 1 + i % 3));
            String stepped = printed(e, "x_j", true);
            assertEquals(stepped, printed(e, "x_j", false), e);
            compared += stepped.startsWith("error") ? 0 : 1;
        }
        assertTrue(compared > 150, compared + " compared"); // the others do not hold x_j
    }
}
