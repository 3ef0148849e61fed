package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
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
    /** A display and the prose right after it, {@code [proseStart, proseEnd)}. */
    private record Closing(int displayStart, int displayEnd, int proseStart, int proseEnd) {
    }

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
                out.add(new Closing(m.start(), m.end(), p.start(), p.end()));
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
        for (Closing c : closings) {
            if (stepStart >= c.displayStart() && stepStart < c.displayEnd() && d.at() > c.proseStart() && d.at() < c.proseEnd()) {
                return !SENTENCE_END.matcher(text.substring(c.proseStart(), d.at())).find();
            }
        }
        return false;
    }
}
