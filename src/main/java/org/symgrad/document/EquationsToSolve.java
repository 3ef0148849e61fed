package org.symgrad.document;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A display the prose right before it asks to solve: "Solve $$x^2 - 1 = 0$$", "Find the roots of $$…$$", "find $w$ such that
 * $$…$$". Its equation is one to solve for the values where it holds, not an identity: false as one
 * ("Let $x = \cos t$. … Solve $$x^2 - 1 = 0$$" was ✗ 'false at t = 0.885'), it is not checked. An equation that holds as an
 * identity keeps its verdict, and a display the prose says a solving step gives ("Solving for $g$:", "Solve for $w$:",
 * "Solving gives $$w = …$$") is the solution, a claim, none of these: the cue is the bare imperative at the end of the prose.
 */
final class EquationsToSolve {
    /** What such an equation found false says. */
    static final String NOT_CHECKED = "an equation the text asks to solve (after \"solve\", \"the roots of\", \"such that\"), "
            + "not an identity: not checked";

    /** The cue at the end of the prose: the imperative to solve, the roots or zeros of, or "such that". */
    private static final Pattern ASKED = Pattern.compile("(\\bsolve(\\s+(the|this|each|these))?(\\s+(equations?|system|following))?"
            + "|\\b(roots?|zeros?|zeroes|solutions?)\\s+of(\\s+(the|this))?(\\s+(equations?|polynomial|quadratic|system))?"
            + "|\\bsuch\\s+that)\\s*[:,]?\\s*$");

    private EquationsToSolve() {
    }

    /** Whether {@code proseBefore}, the prose right before a display, ends asking to solve it. */
    static boolean asked(String proseBefore) {
        return ASKED.matcher(proseBefore.strip().toLowerCase(Locale.ROOT)).find();
    }
}
