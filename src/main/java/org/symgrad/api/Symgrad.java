package org.symgrad.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Variables;
import org.symgrad.diff.Differentiator;
import org.symgrad.document.DocumentChecker;
import org.symgrad.document.DocumentKind;
import org.symgrad.document.DocumentOptions;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.error.SourceSpan;
import org.symgrad.error.TimeLimit;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.gradcheck.CheckSettings;
import org.symgrad.gradcheck.GradientCheck;
import org.symgrad.gradcheck.StatementCheck;
import org.symgrad.matrix.MatrixForm;
import org.symgrad.matrix.MatrixReading;
import org.symgrad.parse.Parser;
import org.symgrad.parse.latex.LatexFormula;
import org.symgrad.print.Printer;
import org.symgrad.render.Renderer;
import org.symgrad.run.Outcome;
import org.symgrad.run.ScriptRunner;
import org.symgrad.script.DeriveStatement;
import org.symgrad.script.Script;
import org.symgrad.script.SimplifyStatement;
import org.symgrad.simplify.Simplifier;

/**
 * The library facade: parse, differentiate, simplify, derive step by step, run scripts, print and
 * render. Every method is a pure function of its arguments; failures are
 * {@link org.symgrad.error.InputException} (bad input) or {@link org.symgrad.error.LimitException}
 * (a resource limit).
 *
 * <pre>{@code
 * Expr f = Symgrad.parse("log(sigma(x))");
 * Expr df = Symgrad.differentiate(f, Symgrad.variable("x"));   // 1 - sigma(x)
 * String tex = Symgrad.latex(df);
 * }</pre>
 */
public final class Symgrad {
    /** The highest order of derivative {@link #derivation} computes. */
    public static final int MAX_DERIVATIVE_ORDER = Differentiator.MAX_ORDER;
    /** {@code symgrad gradcheck}'s defaults: the length of every index range, points per statement, seed. */
    public static final int GRADCHECK_N = CheckSettings.DEFAULT.n();
    public static final int GRADCHECK_POINTS = CheckSettings.DEFAULT.points();
    public static final long GRADCHECK_SEED = CheckSettings.DEFAULT.seed();

    private Symgrad() {
    }

    /**
     * Parses one expression (SPEC §2); line breaks count as spaces. Text with a backslash is a LaTeX
     * formula, read as a document's formulas are (SPEC §8: {@code \frac{1}{1+e^{-x}}}). Bad input is
     * an {@link InputException} whose message gives line, column and a caret.
     */
    public static Expr parse(String text) {
        return LatexFormula.isLatex(text) ? LatexFormula.read(text) : Parser.parseExpression(text);
    }

    /** Whether {@link #parse} reads {@code text} as a LaTeX formula: it has a backslash, which ASCII never has. */
    public static boolean isLatex(String text) {
        return LatexFormula.isLatex(text);
    }

    /**
     * The defaults the LaTeX reader chose where the formula {@code text} has another plausible
     * reading ({@code note: \max(0, u) read as relu(u)}), one line each; none for ASCII.
     */
    public static List<String> readingNotes(String text) {
        return isLatex(text) ? LatexFormula.notes(text) : List.of();
    }

    /** A variable to differentiate by: {@code x}, {@code x_j}, {@code W_{kl}}. */
    public static Expr variable(String text) {
        Expr v = parse(text);
        if (!(v instanceof Variable)) {
            throw new InputException("a variable must be a name or an indexed name such as x or W_{kl}, not '"
                    + text.strip() + "'", commandLine(text));
        }
        return v;
    }

    /** {@code ∂e/∂wrt}, simplified to textbook form. */
    public static Expr differentiate(Expr e, Expr wrt) {
        return Deriver.plain().derivative(e, requireVariable(wrt));
    }

    /** The {@code order}-th derivative, simplified. */
    public static Expr differentiate(Expr e, Expr wrt, int order) {
        return Deriver.plain().derivative(e, requireVariable(wrt), order);
    }

    /** {@code e} simplified to textbook form (numerically equal, deterministic, exact coefficients). */
    public static Expr simplify(Expr e) {
        return Simplifier.simplifyPlain(e);
    }

    /** The step-by-step derivation of {@code ∂e/∂wrt}. */
    public static Derivation derive(Expr e, Expr wrt) {
        return Deriver.plain().derive(e, requireVariable(wrt));
    }

    /**
     * The matrix form of a derivation's result (SPEC §10), read from its index structure: for the
     * softmax Jacobian {@code y_i(δ_ij − y_j)} it is {@code diag(y) − y yᵀ}, for {@code ∂L/∂y_k x_l}
     * it is {@code (∂L/∂y) xᵀ}. The result's axes are the free indices of the differentiated
     * expression, then those of the variable, so a gradient has its variable's shape. Where no
     * standard reading exists (three free indices, say) the reading is empty and gives the reason.
     */
    public static MatrixReading matrixForm(Derivation d) {
        return MatrixForm.ofDerivative(d.result(), d.of(), d.wrt(), d.labels());
    }

    /**
     * The {@code derive} statements of {@code script} as a Python module for {@code language}
     * (SPEC §10): one function per statement, in order, named after what it differentiates
     * ({@code dE_dW}) and listed in {@code GRADIENTS}. Each takes keyword arguments named after
     * the leaves of its derivation ({@code x}, {@code W}, {@code beta}; an indexed name is an array
     * with one axis per index, first index first; a scalar is a float; an abstract function
     * {@code L} is a callable, and {@code L_grad} one returning its partial derivatives), computes
     * the definitions it needs in order (the forward pass), then the result — plain matrix
     * operations where the result has a matrix form, {@code einsum} otherwise — as an array whose
     * axes are the free indices of the differentiated expression, then those of the variable. Its
     * docstring gives the argument shapes and the axis order. {@code value_NAME} computes the
     * expression NAME differentiates, and {@code gradcheck()} compares every gradient with central
     * finite differences at random points; {@code python3 module.py} runs it.
     *
     * @throws InputException bad input, or a script without {@code derive} statements
     */
    public static String code(String script, Language language) {
        return script(script).code(language);
    }

    /**
     * The gradient check of {@code script} with {@link CheckSettings#DEFAULT} (n = 3, 5 points,
     * seed 0, tolerance 1e-6); see {@link #gradcheck(String, CheckSettings)}.
     */
    public static GradcheckReport gradcheck(String script) {
        return gradcheck(script, CheckSettings.DEFAULT);
    }

    /**
     * What {@code symgrad gradcheck} computes (SPEC §10): the script run, then each {@code derive}
     * statement's result — and each {@code check diff(f, v) = g = …}, which states results of a
     * derivative — evaluated in double precision at {@code points} random points and
     * every assignment of its free indices to {@code 1..n}, against central finite differences of
     * the differentiated expression through its definitions; the largest relative error
     * {@code |g − fd| / max(1, |fd|)} per statement. A statement that hits a resource limit (while
     * derived or while checked) is listed in {@link GradcheckReport#limits()}. Passes at a
     * relative error of 1e-6; the same seed gives the same report.
     *
     * @throws InputException bad input, {@code n} or {@code points} out of range, or a script with
     *                        nothing to check
     */
    public static GradcheckReport gradcheck(String script, int n, int points, long seed) {
        return gradcheck(script, new CheckSettings(n, points, seed, CheckSettings.DEFAULT.tolerance()));
    }

    /**
     * {@link #gradcheck(String, int, int, long)} with every setting given, the tolerance too.
     *
     * @throws InputException bad input, settings out of range, or a script with nothing to check
     */
    public static GradcheckReport gradcheck(String script, CheckSettings settings) {
        Results results = script(script);
        GradcheckReport checked = gradcheck(results.outcomes(), settings);
        List<LimitException> limits = new ArrayList<>(results.limits());
        limits.addAll(checked.limits());
        return new GradcheckReport(checked.statements(), limits);
    }

    /**
     * The gradient check of outcomes already computed ({@link Results#outcomes()}, or outcomes
     * whose result was replaced): each {@link Outcome.Derived}'s result, and each
     * {@link Outcome.Checked} whose first side is a derivative {@code diff(f, v)}, against finite
     * differences under the definitions and assumptions of its scope.
     *
     * @throws InputException when there is nothing to check
     */
    public static GradcheckReport gradcheck(List<Outcome> outcomes, CheckSettings settings) {
        List<StatementCheck> checks = new ArrayList<>();
        List<LimitException> limits = new ArrayList<>();
        for (Outcome o : outcomes) {
            TimeLimit.restart();
            try {
                switch (o) {
                    case Outcome.Derived d -> checks.add(new GradientCheck(d.scope().definitions(),
                            d.scope().assumptions(), d.scope().facts(), settings).check(d.derivation().of(), d.derivation().wrt(),
                            List.of(d.derivation().result()), d.statement().text().strip(),
                            d.statement().span().line()));
                    case Outcome.Checked c when c.statement().sides().get(0) instanceof Derivative stated
                            && !mentionsDerivative(stated.of()) -> checks.add(new GradientCheck(
                            c.scope().definitions(), c.scope().assumptions(), c.scope().facts(), settings).check(stated.of(),
                            stated.wrt(), c.statement().sides().subList(1, c.statement().sides().size()),
                            c.statement().text().strip(), c.statement().span().line()));
                    case Outcome.Checked c -> {
                        // a check that states no derivative has no gradient to compare
                    }
                    case Outcome.Simplified s -> {
                        // a simplification states no derivative
                    }
                }
            } catch (LimitException e) {
                limits.add(e.at(o.statement().span()));
            }
        }
        if (checks.isEmpty() && limits.isEmpty()) {
            throw new InputException("gradcheck compares the results of `derive` statements (and of"
                    + " `check diff(f, v) = g`) with finite differences: the script has none");
        }
        return new GradcheckReport(checks, limits);
    }

    private static boolean mentionsDerivative(Expr e) {
        return e instanceof Derivative || org.symgrad.expr.Exprs.children(e).stream().anyMatch(Symgrad::mentionsDerivative);
    }

    /** Runs a script ({@code let}, {@code assume}, {@code derive}, {@code simplify}, {@code check}). */
    public static List<Outcome> run(String script) {
        return new ScriptRunner().run(Parser.parseScript(script));
    }

    /** {@code e} in plain ASCII; it re-parses to an equal expression. */
    public static String ascii(Expr e) {
        return Printer.ascii(e);
    }

    /** {@code e} in Unicode, as a textbook prints it ({@code σ(x)(1 − σ(x))}). */
    public static String unicode(Expr e) {
        return Printer.unicode(e);
    }

    /** {@code e} in LaTeX math mode. */
    public static String latex(Expr e) {
        return Printer.latex(e);
    }

    /** {@code wrt} itself if it is a variable; the library's caller gets the same error as a CLI user. */
    private static Expr requireVariable(Expr wrt) {
        if (!(wrt instanceof Variable)) {
            throw new InputException("can only differentiate with respect to a variable such as x or W_{kl}, not "
                    + Printer.ascii(wrt));
        }
        return wrt;
    }

    /** Renders LaTeX (an expression, or an {@code aligned} block) to a PNG or SVG file by extension. */
    public static void render(String latex, Path out) throws IOException {
        Renderer.write(latex, out);
    }

    /**
     * Renders the expression {@code expression} to {@code out}, a {@code .png} or {@code .svg} file;
     * a file that cannot be written is an {@link InputException} saying why.
     */
    public static void renderExpression(String expression, Path out) {
        Results.requireImage(out);
        Results.writeImage(latex(parse(expression)), out);
    }

    /**
     * What {@code symgrad diff} computes: the {@code order}-th derivative of {@code expression} with
     * respect to {@code variable}. With {@code steps}, one derivation per order with every step and
     * its rule; without, only the result, computed without recording steps.
     *
     * @throws InputException bad input, or a variable used with another number of indices
     * @throws LimitException an order above {@link Differentiator#MAX_ORDER}, or another limit
     */
    public static Results derivation(String expression, String variable, int order, boolean steps) {
        if (order < 1) {
            throw new InputException("the order of a derivative must be a positive integer, not " + order);
        }
        if (order > Differentiator.MAX_ORDER) {
            throw new LimitException("derivative-order", "order " + order + " exceeds the limit "
                    + Differentiator.MAX_ORDER);
        }
        Expr e = parse(expression);
        Expr v = variable(variable);
        try {
            // as derive … wrt in a script: a variable that does not occur is far more likely mistyped
            Variables.requireRank(e, v, true);
        } catch (InputException x) {
            throw x.at(commandLine(variable));
        }
        SourceSpan where = commandLine(expression);
        try {
            List<Derivation> orders = Deriver.plain().orders(e, v, order, steps);
            List<Outcome> out = new ArrayList<>();
            for (Derivation d : steps ? orders : orders.subList(order - 1, order)) {
                out.add(new Outcome.Derived(new DeriveStatement(d.of(), v, where,
                        "derive " + Printer.ascii(d.of()) + " wrt " + Printer.ascii(v)), d));
            }
            return new Results(Results.Kind.DERIVATION, out, List.of());
        } catch (InputException x) {
            throw x.at(where);
        } catch (LimitException x) {
            throw x.at(where);
        }
    }

    /** What {@code symgrad simplify} computes: {@code expression} simplified to textbook form. */
    public static Results simplification(String expression) {
        Expr e = parse(expression);
        SourceSpan where = commandLine(expression);
        try {
            return new Results(Results.Kind.SIMPLIFICATION, List.of(new Outcome.Simplified(
                    new SimplifyStatement(e, where, "simplify " + expression.strip()), Deriver.plain().simplifiedAsWritten(e))),
                    List.of());
        } catch (InputException x) {
            throw x.at(where);
        } catch (LimitException x) {
            throw x.at(where);
        }
    }

    /**
     * What {@code symgrad run} computes: the script's statements run in order ({@code let},
     * {@code assume}, {@code derive}, {@code simplify}, {@code check}), one outcome per statement
     * that produces output. A statement that hits a resource limit is listed in
     * {@link Results#limits()} and the others still run; bad input ends the run with an
     * {@link InputException} pointing at its line.
     */
    public static Results script(String source) {
        return script(source, true);
    }

    /**
     * {@link #script(String)}; without {@code steps}, each derivation is its result alone
     * ({@link Derivation#resultOnly}), the same result computed without recording its steps or
     * sub-derivations — for results printed without steps ({@code symgrad run} without
     * {@code --steps}), several times less work.
     */
    public static Results script(String source, boolean steps) {
        List<LimitException> limits = new ArrayList<>();
        Script script = Parser.parseScript(source);
        List<Outcome> outcomes = new ScriptRunner(steps).run(script, limits);
        return new Results(Results.Kind.SCRIPT, outcomes, limits, script.statements());
    }

    /**
     * What {@code symgrad check} computes: the script run as {@link #script} does, keeping the
     * outcomes of its {@code check} statements — one verdict per {@code =} pair, proven, equal at
     * every sampled point, false (with a point where the sides differ) or undecided.
     * {@link Results#holds()} is false when a step is wrong; {@link Results#text},
     * {@link Results#latexDocument()} and {@link Results#write} print them as the command line does
     * (Unicode, ASCII, LaTeX, Markdown, JSON, a {@code .tex} or {@code .pdf} document).
     */
    public static Results check(String source) {
        // only the checks are kept: the derivations need no steps
        return script(source, false).checks();
    }

    /**
     * Checks a derivation written in a Markdown ({@code kind} {@code md}), LaTeX ({@code tex}) or
     * Jupyter notebook ({@code ipynb}, its Markdown cells) document, line by line (SPEC §8), with
     * directives added as the command line's {@code --assume}, {@code --let} and {@code --einstein} do.
     */
    public static DocumentCheck checkDocument(String text, String kind, List<String> assumptions, List<String> lets,
                                              boolean einstein) {
        DocumentKind k = DocumentKind.parse(kind);
        if (k == DocumentKind.SCRIPT) {
            throw new InputException("a script (.sg) is run with script(…), not checked as a document");
        }
        return new DocumentCheck(DocumentChecker.check(text, k, new DocumentOptions(assumptions, lets, einstein)));
    }

    /** The kind of input a file name says: {@code md}, {@code tex}, {@code ipynb}, or {@code sg} for anything else. */
    public static String inputKind(String fileName) {
        return switch (DocumentKind.ofFileName(fileName)) {
            case MARKDOWN -> "md";
            case LATEX -> "tex";
            case NOTEBOOK -> "ipynb";
            case SCRIPT -> "sg";
        };
    }

    /**
     * The kind of input a file is: what its extension names ({@link #inputKind(String)}), or for a
     * name with another extension or none ({@code homework.txt}) what its text looks like
     * ({@link #inputKindOfText(String)}).
     */
    public static String inputKind(String fileName, String text) {
        return DocumentKind.ofExtension(fileName).isPresent() ? inputKind(fileName) : inputKindOfText(text);
    }

    /**
     * The kind of input a text without a file name is (standard input): {@code ipynb} for a Jupyter
     * notebook's JSON, {@code tex} for a LaTeX
     * document, {@code md} for one with display math ({@code $$}, {@code \[}, {@code \begin}), else
     * {@code sg}, a script, which never contains those.
     */
    public static String inputKindOfText(String text) {
        if (DocumentKind.looksLikeNotebook(text)) {
            return "ipynb";
        }
        if (text.contains("\\documentclass") || text.contains("\\section")) {
            return "tex";
        }
        return text.contains("$$") || text.contains("\\[") || text.contains("\\begin{") ? "md" : "sg";
    }

    /** The version of this build of symgrad, as the pom names it (e.g. {@code 0.1.0}). */
    public static String version() {
        return Version.NUMBER;
    }

    /** The place of a command-line expression: line 1, the whole text. */
    private static SourceSpan commandLine(String text) {
        return SourceSpan.of(text, 0, text.length());
    }
}
