package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.InputException;
import org.symgrad.expr.Num;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads a name under a font or accent command, {@code \hat{y}}, {@code \mathbf{x}}, {@code \hat{\mathbf{y}}_i},
 * {@code \mathcal{L}}, {@code \mathbb{1}}, and the name with its scripts inside the braces ({@code \hat{y_i}},
 * {@code \mathbf{o_k^a}}): the decoration belongs to the name (yhat), bold makes a vector's name.
 */
final class StyledNames {
    private final LatexBuilder builder;

    StyledNames(LatexBuilder builder) {
        this.builder = builder;
    }

    /** {@code \hat{y}}, {@code \mathbf{x}}, {@code \hat{\mathbf{y}}_i}, {@code \mathcal{L}}, {@code \mathbb{1}}. */
    NameAtom styledName(Token style, LatexParser.ScriptArgContext arg, ParserRuleContext whole) {
        String command = style.getText();
        NameAtom inner = switch (arg) {
            case LatexParser.LetterScriptContext l -> new NameAtom(NameAtom.Spelling.LETTER, l.getText(), whole);
            case LatexParser.GreekScriptContext g -> new NameAtom(NameAtom.Spelling.GREEK, LatexNames.greek(g.getText()),
                    whole);
            case LatexParser.TextScriptContext t -> new NameAtom(NameAtom.Spelling.TEXT,
                    builder.scripts.word(LatexTokens.textWord(t.TEXT().getSymbol()), t), whole);
            case LatexParser.StyledScriptContext s -> styledName(s.getStart(), s.scriptArg(), whole);
            case LatexParser.DigitScriptContext d -> throw styledNumber(command, d.getText(), whole);
            case LatexParser.BracedScriptContext b -> bracedName(command, b, whole);
            default -> throw builder.error(command + " of " + builder.text(arg) + " is not understood", whole);
        };
        if (command.equals("\\mathbb")) {
            throw switch (inner.base) {
                case "R", "N", "Z", "C", "Q" -> builder.error("a set (" + builder.text(whole) + ") belongs in a condition, not in a formula",
                        whole);
                case "E" -> builder.error("expectations (\\mathbb{E}) are not supported; write the sum", whole);
                default -> builder.error(builder.text(whole) + " is not understood", whole);
            };
        }
        String suffix = LatexNames.DECORATIONS.get(command);
        if (LatexNames.SCRIPT_FONTS.containsKey(command) && inner.spelling == NameAtom.Spelling.LETTER
                && builder.context.scriptLettersApart().contains(inner.base)) {
            suffix = LatexNames.SCRIPT_FONTS.get(command); // \mathcal{L} beside a plain L: another name, Lcal
        }
        NameAtom out = new NameAtom(inner.spelling, inner.base, whole);
        out.bold = inner.bold;
        out.decorated = inner.decorated || suffix != null && !suffix.isEmpty();
        if (suffix != null) {
            out.base = inner.base + suffix;
            out.bold = out.bold || suffix.isEmpty();
        } else if (!command.equals("\\mathcal") && !command.equals("\\mathscr") && !command.equals("\\mathfrak")) {
            out.bold = true;
        }
        out.indices.addAll(inner.indices);
        out.sampleIndices = inner.sampleIndices;
        out.suffix = inner.suffix;
        out.label = inner.label;
        out.power = inner.power;
        out.powerWhere = inner.powerWhere;
        out.primes = inner.primes;
        out.subscripted = inner.subscripted;
        out.superscripted = inner.superscripted;
        return out;
    }

    private InputException styledNumber(String command, String digits, ParserRuleContext whole) {
        return builder.error("a bold " + digits + " (" + builder.text(whole) + ") is matrix notation, which is not supported yet; "
                + "write the sum over components", whole);
    }

    /** The name inside {@code \hat{y_i}} or {@code \mathbf{o_k^a}}, with its scripts. */
    NameAtom bracedName(String command, LatexParser.BracedScriptContext b, ParserRuleContext whole) {
        builder.bigOperators.noCondition(b);
        List<LatexParser.ScriptItemContext> items = b.scriptBody().scriptItem();
        if (items.size() == 1 && items.get(0).relation().isEmpty()) {
            LatexParser.ExprContext e = items.get(0).expr(0);
            if (e.term().size() == 1 && e.term(0).getChildCount() == 1
                    && e.term(0).signed(0) instanceof LatexParser.PlainSignedContext p
                    && p.factor() instanceof LatexParser.PostfixFactorContext pf) {
                LatexParser.PostfixContext post = pf.postfix();
                Object base = builder.primary(post.primary());
                if (base instanceof NameAtom name) {
                    for (LatexParser.PostOpContext op : post.postOp()) {
                        if (op instanceof LatexParser.CallOpContext) {
                            throw builder.error(command + " of a call (" + builder.text(b) + ") is not understood", whole);
                        }
                        builder.scripts.absorbScript(name, op, false);
                    }
                    return name;
                }
                if (base instanceof Num n) {
                    throw styledNumber(command, n.toString(), whole);
                }
            }
        }
        throw builder.error(command + "{" + builder.text(b) + "} is not a name: decorations and bold apply to a name, as in "
                + "\\hat{y}_i", whole);
    }
}
