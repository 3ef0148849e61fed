package org.symgrad.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.render.Renderer;
import org.symgrad.run.Outcome;
import org.symgrad.run.ScriptRunner;
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
    private Symgrad() {
    }

    public static Expr parse(String text) {
        return Parser.parseExpression(text);
    }

    /** A variable to differentiate by: {@code x}, {@code x_j}, {@code W_{kl}}. */
    public static Expr variable(String text) {
        Expr v = Parser.parseExpression(text);
        if (!(v instanceof Variable)) {
            throw new InputException("a variable must be a name or an indexed name such as x or W_{kl}, not '"
                    + text.strip() + "'");
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

    public static Expr simplify(Expr e) {
        return Simplifier.simplifyPlain(e);
    }

    /** The step-by-step derivation of {@code ∂e/∂wrt}. */
    public static Derivation derive(Expr e, Expr wrt) {
        return Deriver.plain().derive(e, requireVariable(wrt));
    }

    /** Runs a script ({@code let}, {@code assume}, {@code derive}, {@code simplify}, {@code check}). */
    public static List<Outcome> run(String script) {
        return new ScriptRunner().run(Parser.parseScript(script));
    }

    public static String ascii(Expr e) {
        return Printer.ascii(e);
    }

    public static String unicode(Expr e) {
        return Printer.unicode(e);
    }

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
}
