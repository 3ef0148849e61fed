package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * The where-clauses that close a display: "$$\frac{\partial^2 \operatorname{LSE}}{\partial x_i \partial x_k} = p_i(\delta_{ik}
 * - p_k)$$ where $p = \operatorname{softmax}(x)$." The prose right after the display opens with "where" (or "with") and goes on in
 * the same sentence to the inline formula: the author defines the display's names there, for its steps, as an announcement above
 * them would, where it gives the name's value by other names ({@code where $y_k = 1$ for the true class} is a case). Inline
 * math further on ("… below the step" in another sentence) is no such clause: it may mean something else than the author had
 * in mind at the step.
 */
final class WhereClauses {
    /**
     * A display and the prose right after it, {@code [proseStart, proseEnd)}; where that prose is the opening word alone
     * ("where" then a display), the display it opens, {@code [definitionStart, definitionEnd)}, else -1.
     */
    private record Closing(int displayStart, int displayEnd, int proseStart, int proseEnd, int definitionStart, int definitionEnd) {
    }

    /** Prose that is only the opening word, before a display of the definitions: "where", ", where:", "with". */
    private static final Pattern WORD_ALONE = Pattern.compile("\\s*[,;:]?\\s*(where|with)\\s*:?\\s*", Pattern.CASE_INSENSITIVE);

    /** The words that open a clause defining a display's names: "where", ", where", "with". */
    private static final Pattern OPENING = Pattern.compile("\\s*[,;:]?\\s*(where|with)\\s", Pattern.CASE_INSENSITIVE);
    /** The end of a sentence or a paragraph: a full stop, ! or ? followed by a capital, or an empty line. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+[A-Z]|\\n\\s*\\n");

    static final WhereClauses NONE = new WhereClauses(List.of());

    private final List<Closing> closings;

    private WhereClauses(List<Closing> closings) {
        this.closings = List.copyOf(closings);
    }

    /** The where-clauses of the document's displays: each display followed directly by prose that opens with the word. */
    static WhereClauses of(String text, List<Segment> segments) {
        List<Closing> out = new ArrayList<>();
        for (int k = 0; k + 1 < segments.size(); k++) {
            if (segments.get(k) instanceof Segment.Math m && segments.get(k + 1) instanceof Segment.Prose p
                    && OPENING.matcher(text.substring(p.start(), Math.min(p.end(), p.start() + 40))).lookingAt()) {
                boolean alone = k + 2 < segments.size() && segments.get(k + 2) instanceof Segment.Math
                        && WORD_ALONE.matcher(text.substring(p.start(), p.end())).matches();
                Segment.Math d = alone ? (Segment.Math) segments.get(k + 2) : null;
                out.add(new Closing(m.start(), m.end(), p.start(), p.end(), alone ? d.start() : -1, alone ? d.end() : -1));
            }
        }
        return new WhereClauses(out);
    }

    /**
     * Whether the inline definition {@code d} stands in the where-clause that closes the display holding the step at
     * {@code stepStart}: in the prose right after that display, in the sentence its opening word begins.
     */
    boolean closes(InlineDefinitions d, String text, int stepStart) {
        if (!InlineDefinitions.givenByNames(d.latex())) {
            return false; // where $y_k = 1$ for the true class and $0$ otherwise: a case, a value, no definition of the step's name
        }
        return closes(d.at(), text, stepStart);
    }

    /**
     * Whether the display definition at {@code definitionLine} is the one the where-clause that closes the display holding the
     * step at {@code stepStart} opens: "$$… = p_i(\delta_{ik} - p_k)$$ where $$p = \operatorname{softmax}(x)$$".
     */
    boolean closesWithDisplay(int stepStart, int definitionLine, IntUnaryOperator line) {
        for (Closing c : closings) {
            if (stepStart >= c.displayStart() && stepStart < c.displayEnd() && c.definitionStart() >= 0) {
                return line.applyAsInt(c.definitionStart()) <= definitionLine && definitionLine <= line.applyAsInt(c.definitionEnd());
            }
        }
        return false;
    }

    private boolean closes(int at, String text, int stepStart) {
        for (Closing c : closings) {
            if (stepStart >= c.displayStart() && stepStart < c.displayEnd() && at > c.proseStart() && at < c.proseEnd()) {
                return !SENTENCE_END.matcher(text.substring(c.proseStart(), at)).find();
            }
        }
        return false;
    }
}
