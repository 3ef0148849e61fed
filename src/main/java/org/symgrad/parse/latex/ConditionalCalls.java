package org.symgrad.parse.latex;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The densities a document defines with a conditioning bar under a generic letter (p, q, f) ({@code $$p(x_i \mid \lambda) = \lambda e^{-\lambda x_i}$$}) and the
 * calls of the same letter that condition the other way ({@code \log p(\lambda \mid x)}, the posterior): the letter p names a
 * density by what stands before and after its bar, so a call that puts before the bar a name the definition conditions on
 * (and never has before it) is another density, which the document does not define. Read as the definition applied, it made
 * the right posterior steps of a Bayesian derivation false.
 */
public final class ConditionalCalls {
    /** A function defined with a bar: the names before it and those after it, each by its first token, and how it is written. */
    private record Conditional(Set<String> outcomes, Set<String> given, String written) {
    }

    /**
     * The letters that name a density by what stands around its bar, whatever family it is: p, q, P, Q, f. A named family
     * ({@code \mathcal{N}(\mu \mid 0, \tau^2)} beside {@code \mathcal{N}(x \mid \mu, \sigma^2)}) is one function of its
     * arguments, applied to whatever they are.
     */
    private static final Set<String> GENERIC = Set.of("p", "q", "P", "Q", "f");

    /** No definitions: no call is reversed. */
    public static final ConditionalCalls NONE = new ConditionalCalls(Map.of());

    private final Map<String, Conditional> defined;

    private ConditionalCalls(Map<String, Conditional> defined) {
        this.defined = Map.copyOf(defined);
    }

    /**
     * The functions the displays {@code formulas} define with a bar at the start of a row ({@code p(x_i \mid \lambda) = …}); a
     * letter defined with a bar in two ways is left out.
     */
    public static ConditionalCalls of(List<List<Token>> formulas) {
        Map<String, Conditional> out = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (List<Token> tokens : formulas) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!DefinedFunctions.isName(tokens.get(i)) || i > 0 && !DefinedFunctions.startsRow(tokens.get(i - 1))) {
                    continue;
                }
                Optional<Call> call = call(tokens, i);
                if (call.isEmpty() || call.get().end() + 1 >= tokens.size() || !relation(tokens.get(call.get().end() + 1))
                        || call.get().given().isEmpty()) {
                    continue;
                }
                String name = tokens.get(i).getText();
                if (!GENERIC.contains(name)) {
                    continue;
                }
                Conditional c = new Conditional(call.get().outcomes(), call.get().given(), call.get().written());
                Conditional before = out.putIfAbsent(name, c);
                if (before != null && !(before.outcomes().equals(c.outcomes()) && before.given().equals(c.given()))) {
                    twice.add(name);
                }
            }
        }
        twice.forEach(out::remove);
        return new ConditionalCalls(out);
    }

    /**
     * Why {@code side} cannot be read with the definitions: its first call of a defined letter that puts before the bar a name the
     * definition conditions on; empty where it has none.
     */
    public Optional<String> reversed(List<Token> side) {
        if (defined.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < side.size(); i++) {
            Conditional c = defined.get(side.get(i).getText());
            if (c == null || !DefinedFunctions.isName(side.get(i))) {
                continue;
            }
            Optional<Call> call = call(side, i);
            if (call.isEmpty() || call.get().given().isEmpty()) {
                continue;
            }
            for (String outcome : call.get().outcomes()) {
                if (c.given().contains(outcome) && !c.outcomes().contains(outcome)) {
                    return Optional.of(call.get().written() + " puts " + outcome + " before the bar, which the definition "
                            + c.written() + " conditions on: another density under the same letter, which the document does "
                            + "not define");
                }
            }
        }
        return Optional.empty();
    }

    /** A call at {@code i}: the names before and after its bar (first token of each argument), where it ends, and its text. */
    private record Call(Set<String> outcomes, Set<String> given, int end, String written) {
    }

    /** The call of the name at {@code i}, its subscript skipped ({@code p_\theta(y \mid x)}); empty where no bracket follows. */
    private static Optional<Call> call(List<Token> tokens, int i) {
        int k = i + 1;
        if (k < tokens.size() && tokens.get(k).getType() == LatexLexer.UNDERSCORE) {
            k = LatexTokens.argumentEnd(tokens, k + 1);
        }
        if (k < 0 || k >= tokens.size() || tokens.get(k).getType() != LatexLexer.LPAREN) {
            return Optional.empty();
        }
        Set<String> outcomes = new LinkedHashSet<>();
        Set<String> given = new LinkedHashSet<>();
        boolean afterBar = false;
        boolean argumentStart = true;
        int depth = 0;
        for (int j = k + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            int type = t.getType();
            if (type == LatexLexer.LPAREN || type == LatexLexer.LBRACE) {
                depth++;
            } else if ((type == LatexLexer.RPAREN || type == LatexLexer.RBRACE) && depth > 0) {
                depth--;
            } else if (type == LatexLexer.RPAREN) {
                return Optional.of(new Call(outcomes, given, j, written(tokens.subList(i, j + 1))));
            } else if (depth == 0 && type == LatexLexer.BAR) {
                afterBar = true;
                argumentStart = true;
                continue;
            } else if (depth == 0 && type == LatexLexer.COMMA) {
                argumentStart = true;
                continue;
            }
            if (argumentStart && DefinedFunctions.isName(t)) {
                (afterBar ? given : outcomes).add(t.getText());
            }
            argumentStart = false;
        }
        return Optional.empty();
    }

    /** The tokens' text as written, a space only after a command: {@code p(x_i \mid \lambda)}. */
    private static String written(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            out.append(t.getText());
            if (t.getText().matches("\\\\[A-Za-z]+")) {
                out.append(' ');
            }
        }
        return out.toString().replaceAll(" ([)},_^])", "$1");
    }

    private static boolean relation(Token t) {
        return t.getType() == LatexLexer.EQ || t.getType() == LatexLexer.DEF_EQ;
    }
}
