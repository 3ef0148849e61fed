package org.symgrad.parse.latex;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * How far a function written without parentheses reaches past its one factor (LATEX-INPUT M9) when
 * books mean more: a trigonometric function takes the juxtaposed atoms after it, {@code \cos m\theta}
 * is cos(mθ), {@code \sin 2x} is sin(2x), {@code \sin \omega t} is sin(ωt); any function whose factor
 * is a number takes the atoms written against it, {@code \log 2\pi} is log(2π), {@code \exp 2x} is
 * exp(2x). An atom is a number, a letter, a Greek letter or a styled letter with at most sub- and
 * superscripts; a call, a group, a fraction, another function, an operator, {@code \cdot}, a spacing
 * command ({@code \,}) or the exponential {@code e^{…}} ends the run, so {@code \cos m\theta \left( k_1 … \right)}
 * is cos(mθ)·(k_1 …) and {@code \log x y} (no number, not trigonometric) stays log(x)·y.
 */
final class ArgumentRuns {
    private static final Set<String> TRIGONOMETRIC = Set.of("sin", "cos", "tan", "cot", "sec", "csc");

    private ArgumentRuns() {
    }

    /**
     * How many of the children after {@code children[c]} (a term's factors) join the argument of the
     * function {@code children[c]} holds: 0 when it holds none, or its argument is not an atom.
     */
    static int after(String document, List<ParseTree> children, int c) {
        LatexParser.FunctionFactorContext f = functionIn(children.get(c));
        if (f == null || !(f.fnArgument() instanceof LatexParser.FactorArgumentContext arg) || !isAtom(arg.factor())) {
            return 0;
        }
        String word = f.FUNC().getText().substring(1).toLowerCase(Locale.ROOT);
        boolean trigonometric = TRIGONOMETRIC.contains(word);
        boolean numberLed = primaryOf(arg.factor()) instanceof LatexParser.NumberContext;
        if (!trigonometric && !numberLed) {
            return 0;
        }
        int run = 0;
        Token end = arg.factor().getStop();
        for (int k = c + 1; k < children.size(); k++) {
            if (!(children.get(k) instanceof LatexParser.FactorContext next)) {
                break;
            }
            boolean multiplied = multipliedAtom(next);
            if (!isAtom(next) && !multiplied) {
                break;
            }
            String between = document.substring(end.getStopIndex() + 1, next.getStart().getStartIndex());
            if (trigonometric ? !between.isBlank() : !between.isEmpty()) {
                break;
            }
            run++;
            end = next.getStop();
            if (multiplied) {
                break;
            }
        }
        return run;
    }

    /** The last token of a run member's atom: before the parentheses of a {@link #multipliedAtom}. */
    static Token atomEnd(LatexParser.FactorContext f) {
        if (!multipliedAtom(f)) {
            return f.getStop();
        }
        LatexParser.PostfixContext p = ((LatexParser.PostfixFactorContext) f).postfix();
        Token end = p.primary().getStop();
        for (LatexParser.PostOpContext o : p.postOp()) {
            if (o instanceof LatexParser.CallOpContext) {
                break;
            }
            end = o.getStop();
        }
        return end;
    }

    /** The function factor a term's child is, or holds under signs; null if none. */
    private static LatexParser.FunctionFactorContext functionIn(ParseTree child) {
        ParseTree t = child;
        while (true) {
            switch (t) {
                case LatexParser.FunctionFactorContext f -> {
                    return f;
                }
                case LatexParser.UnarySignContext u -> t = u.signed();
                case LatexParser.PlainSignedContext p -> t = p.factor();
                default -> {
                    return null;
                }
            }
        }
    }

    private static LatexParser.PrimaryContext primaryOf(LatexParser.FactorContext f) {
        return f instanceof LatexParser.PostfixFactorContext p ? p.postfix().primary() : null;
    }

    /**
     * An atom followed by parentheses that multiply it, {@code \theta \left( k_1 \cos n\theta - … \right)}
     * (LATEX-INPUT M8 rule 6: they hold a sum, not plain variables): the atom ends the run and the
     * parentheses multiply the function's value.
     */
    static boolean multipliedAtom(LatexParser.FactorContext f) {
        if (!(f instanceof LatexParser.PostfixFactorContext p) || !isAtomPrimary(p.postfix().primary())) {
            return false;
        }
        List<LatexParser.PostOpContext> ops = p.postfix().postOp();
        int i = 0;
        while (i < ops.size() && (ops.get(i) instanceof LatexParser.SubscriptOpContext || ops.get(i) instanceof LatexParser.SuperscriptOpContext)) {
            i++;
        }
        if (i == ops.size() || !(ops.get(i) instanceof LatexParser.CallOpContext call)) {
            return false;
        }
        List<LatexParser.ExprContext> args = call.callArgs().expr();
        return args.size() == 1 && args.get(0).term().size() > 1;
    }

    /** A number, a letter (not the exponential e), a Greek or styled letter, with sub- and superscripts only. */
    private static boolean isAtom(LatexParser.FactorContext f) {
        LatexParser.PrimaryContext p = primaryOf(f);
        if (p == null || ((LatexParser.PostfixFactorContext) f).postfix().postOp().stream()
                .anyMatch(o -> !(o instanceof LatexParser.SubscriptOpContext || o instanceof LatexParser.SuperscriptOpContext))) {
            return false;
        }
        return isAtomPrimary(p);
    }

    private static boolean isAtomPrimary(LatexParser.PrimaryContext p) {
        return switch (p) {
            case LatexParser.NumberContext n -> true;
            case LatexParser.LetterContext l -> !l.getText().equals("e");
            case LatexParser.GreekContext g -> true;
            case LatexParser.StyledContext s -> true;
            default -> false;
        };
    }
}
