package org.symgrad.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.symgrad.check.Verdict;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Step;
import org.symgrad.expr.Expr;
import org.symgrad.matrix.MatrixReading;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;

/**
 * Writes derivations, simplifications and check verdicts in one {@link Format}. Without steps a
 * derivation is its result; with steps, every step and its rule. JSON follows SPEC §6:
 * {@code {"input", "wrt", "result": {"ascii","unicode","latex"}, "steps": [{"rule","ascii","latex"}]}}.
 */
public final class Report {
    private final Format format;
    private final boolean steps;
    private final Form form;

    public Report(Format format, boolean steps) {
        this(format, steps, Form.INDEX);
    }

    /**
     * A report that shows results in {@code form}: with {@link Form#MATRIX} or {@link Form#BOTH}
     * a derivation ends with its result in matrix form (or says why there is none), and JSON adds
     * {@code "matrix": {"ascii","unicode","latex"}} where one exists (SPEC §10).
     */
    public Report(Format format, boolean steps, Form form) {
        this.format = format;
        this.steps = steps;
        this.form = form;
    }

    /** One derivation (the {@code diff} command). */
    public String derivation(Derivation d) {
        return switch (format) {
            case JSON -> json(d).text() + "\n";
            case MARKDOWN -> Markdown.displayMath(steps ? DerivationLatex.aligned(d, form) : equation(d));
            case LATEX -> steps ? DerivationLatex.alignStar(d, form) : latexEquation(d);
            case UNICODE -> steps ? DerivationText.unicode(d, form)
                    : result(d, Printer.unicode(d.result()), MatrixReading::unicode);
            case ASCII -> steps ? DerivationText.ascii(d, form)
                    : result(d, Printer.ascii(d.result()), MatrixReading::ascii);
        };
    }

    /**
     * A result on its own, in the report's form: the index form; the matrix form instead; or the
     * index form followed by {@code   = M   (in matrix form)}. Without a matrix form, the index form
     * and the reason.
     */
    private String result(Derivation d, String index, Function<MatrixReading, Optional<String>> matrix) {
        if (!form.showsMatrix()) {
            return index + "\n";
        }
        MatrixReading r = MatrixStep.of(d);
        Optional<String> m = matrix.apply(r);
        if (form == Form.MATRIX && m.isPresent()) {
            return m.get() + "\n";
        }
        return index + "\n" + DerivationText.matrixLine(r, matrix, "");
    }

    /**
     * The whole equation {@code \frac{\partial f}{\partial x} = result}, as a reader needs it; with the
     * matrix form, {@code … = index = matrix} (or only the matrix form), and a comment giving the
     * reason when there is none.
     */
    private String latexEquation(Derivation d) {
        String left = Printer.latex(d.start()) + " = ";
        String index = Printer.latex(d.result());
        if (!form.showsMatrix()) {
            return left + index + "\n";
        }
        MatrixReading r = MatrixStep.of(d);
        if (r.latex().isEmpty()) {
            return left + index + "\n% " + MatrixStep.none(r) + "\n";
        }
        return left + (form == Form.MATRIX ? r.latex().get() : index + " = " + r.latex().get()) + "\n";
    }

    /** A simplification (the {@code simplify} command). */
    public String simplification(Expr input, Expr result) {
        return switch (format) {
            case JSON -> simplificationJson(input, result).text() + "\n";
            case MARKDOWN -> Markdown.displayMath(Printer.latex(input) + " = " + Printer.latex(result));
            case LATEX -> Printer.latex(input) + " = " + Printer.latex(result) + "\n";
            case UNICODE -> Printer.unicode(result) + "\n";
            case ASCII -> Printer.ascii(result) + "\n";
        };
    }

    /** The outcomes of a script ({@code run}, {@code check}). */
    public String outcomes(List<Outcome> outcomes) {
        if (format == Format.JSON) {
            List<Json> items = new ArrayList<>();
            for (Outcome o : outcomes) {
                items.add(json(o));
            }
            return Json.array(items).text() + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (Outcome o : outcomes) {
            if (format == Format.MARKDOWN) {
                out.append("### `").append(o.statement().text().strip()).append("`\n\n");
            }
            out.append(text(o));
            if (format == Format.MARKDOWN) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String text(Outcome o) {
        return switch (o) {
            case Outcome.Derived d -> format == Format.LATEX || format == Format.MARKDOWN || steps
                    ? derivation(d.derivation())
                    : derivedLine(d.derivation());
            case Outcome.Simplified s -> format == Format.LATEX || format == Format.MARKDOWN
                    ? simplification(s.statement().expr(), s.result())
                    : line(s.statement().expr(), s.result());
            case Outcome.Checked c -> verdicts(c.verdicts());
        };
    }

    private String equation(Derivation d) {
        String index = Printer.latex(d.start()) + " = " + Printer.latex(d.result());
        if (!form.showsMatrix()) {
            return index;
        }
        MatrixReading r = MatrixStep.of(d);
        if (r.latex().isEmpty()) {
            return index + " \\quad \\text{(" + DerivationLatex.textMode(MatrixStep.none(r)) + ")}";
        }
        return form == Form.MATRIX ? Printer.latex(d.start()) + " = " + r.latex().get()
                : index + " = " + r.latex().get();
    }

    /** {@code diff(f, x) = result} on one line, in the report's form. */
    private String derivedLine(Derivation d) {
        boolean ascii = format == Format.ASCII;
        String left = ascii ? Printer.ascii(d.start()) : Printer.unicode(d.start());
        String index = ascii ? Printer.ascii(d.result()) : Printer.unicode(d.result());
        return left + " = " + result(d, index, ascii ? MatrixReading::ascii : MatrixReading::unicode);
    }

    private String line(Expr left, Expr right) {
        return format == Format.ASCII
                ? Printer.ascii(left) + " = " + Printer.ascii(right) + "\n"
                : Printer.unicode(left) + " = " + Printer.unicode(right) + "\n";
    }

    private String verdicts(List<Verdict> verdicts) {
        StringBuilder out = new StringBuilder();
        for (Verdict v : verdicts) {
            if (format == Format.LATEX) {
                out.append(CheckLatex.line(v)).append('\n');
                continue;
            }
            boolean ascii = format == Format.ASCII;
            String eq = ascii ? Printer.ascii(v.left()) + " = " + Printer.ascii(v.right())
                    : Printer.unicode(v.left()) + " = " + Printer.unicode(v.right());
            String mark = ascii ? (v.holds() ? "ok" : "FAIL") : (v.holds() ? "✓" : "✗");
            out.append(format == Format.MARKDOWN ? "- " : "").append(mark).append(' ').append(eq)
                    .append("   (").append(describe(v)).append(")\n");
        }
        return out.toString();
    }

    /** A verdict in words, with the point where a false equality fails. */
    public static String describe(Verdict v) {
        return switch (v.kind()) {
            case PROVEN -> v.unconditional() ? v.provenWords() : provenUnder(v);
            case NUMERICALLY_EQUAL -> v.assumed().isEmpty() ? "equal at every sampled point; not proven symbolically"
                    : "equal at every sampled point where " + String.join(", ", v.assumed())
                    + (v.assumed().stream().allMatch(a -> a.endsWith(" > 0")) ? ", as quantities under a root or logarithm are taken" : "")
                    + "; not proven symbolically; elsewhere they differ: " + Witness.describe(v);
            case UNDECIDED -> v.undecidedWords();
            case FALSE -> "false: " + Witness.describe(v);
        };
    }

    /**
     * {@code proven only where x > 0, y > 0: at x = −0.5, y = −1.2 the left side is 0.5 and the
     * right side is undefined}: the proof's conditions and, if sampled, a point beyond them.
     */
    private static String provenUnder(Verdict v) {
        List<String> conditions = new ArrayList<>();
        v.conditions().forEach(c -> conditions.add(Printer.ascii(c) + " > 0"));
        String out = "proven only where " + String.join(", ", conditions);
        return v.point().isEmpty() && !v.leftValue().isDefined() && !v.rightValue().isDefined()
                ? out : out + ": " + Witness.describe(v);
    }

    private Json json(Outcome o) {
        return switch (o) {
            case Outcome.Derived d -> json(d.derivation());
            case Outcome.Simplified s -> simplificationJson(s.statement().expr(), s.result());
            case Outcome.Checked c -> {
                List<Json> vs = new ArrayList<>();
                for (Verdict v : c.verdicts()) {
                    vs.add(Json.object().put("left", Printer.ascii(v.left())).put("right", Printer.ascii(v.right()))
                            .put("verdict", v.kind().name().toLowerCase(Locale.ROOT))
                            .put("holds", Json.bool(v.holds()))
                            .put("detail", describe(v)));
                }
                yield Json.object().put("check", c.statement().text().strip()).put("holds", Json.bool(c.holds()))
                        .put("verdicts", Json.array(vs));
            }
        };
    }

    private Json json(Derivation d) {
        List<Json> stepList = new ArrayList<>();
        if (steps) {
            for (Derivation inner : d.inner()) {
                for (Step s : inner.steps().subList(1, inner.steps().size())) {
                    stepList.add(step(s, inner));
                }
            }
            for (Step s : d.steps().subList(1, d.steps().size())) {
                stepList.add(step(s, null));
            }
        }
        Json.Obj out = Json.object()
                .put("input", Printer.ascii(d.of()))
                .put("wrt", Printer.ascii(d.wrt()))
                .put("result", forms(d.result()));
        if (form.showsMatrix()) {
            MatrixReading r = MatrixStep.of(d);
            if (r.exists()) {
                out.put("matrix", Json.object().put("ascii", r.ascii().orElseThrow())
                        .put("unicode", r.unicode().orElseThrow()).put("latex", r.latex().orElseThrow()));
                if (steps) {
                    stepList.add(Json.object().put("rule", MatrixStep.RULE).put("ascii", r.ascii().orElseThrow())
                            .put("latex", r.latex().orElseThrow()));
                }
            }
        }
        return out.put("steps", Json.array(stepList));
    }

    private static Json step(Step s, Derivation inner) {
        Json.Obj o = Json.object().put("rule", s.rule()).put("ascii", Printer.ascii(s.expr()))
                .put("latex", Printer.latex(s.expr()));
        if (inner != null) {
            o.put("of", Printer.ascii(inner.start()));
        }
        return o;
    }

    private static Json simplificationJson(Expr input, Expr result) {
        return Json.object().put("input", Printer.ascii(input)).put("result", forms(result));
    }

    private static Json forms(Expr e) {
        return Json.object().put("ascii", Printer.ascii(e)).put("unicode", Printer.unicode(e))
                .put("latex", Printer.latex(e));
    }
}
