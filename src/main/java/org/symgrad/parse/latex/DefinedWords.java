package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of several capitals that a document defines by writing them, unbraced, as the first side of
 * an equation ({@code FL = -(1 - p)^\gamma \log p}, {@code FL(p) = …}, {@code NLL = …}, {@code KL = …}): one word
 * wherever the document writes those letters together ({@code \frac{\partial FL}{\partial p}}), not
 * a product of letters (LATEX-INPUT X3 c). Elsewhere two capitals side by side stay a product.
 */
final class DefinedWords {
    /** A run of two to four capitals that starts a formula or a row, with its arguments or none, and is followed by '=' (or '&='). */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?:\\$\\$|\\\\\\[|\\\\\\\\|\\\\begin\\{[a-z*]+\\}|^)[ \\t\\n]*([A-Z]{2,4})[ \\t]*"
                    + "(?:\\([^()=$]*\\)|\\\\left\\([^=$]*?\\\\right\\))?[ \\t]*&?[ \\t]*:?=", Pattern.MULTILINE);

    /** {@code \\Delta\\theta_t = …}, {@code \\Delta w_{ij} = …}: an increment, one name Δθ (spelled Deltatheta). */
    private static final Pattern INCREMENT = Pattern.compile(
            "(?:\\$\\$|\\\\\\[|\\\\\\\\|\\\\begin\\{[a-z*]+\\}|^)[ \\t\\n]*\\\\Delta[ \\t]*(\\\\[a-z]+|[a-zA-Z])"
                    + "[ \\t]*(?:_\\{[^{}]*\\}|_[a-zA-Z0-9])?[ \\t]*&?[ \\t]*:?=", Pattern.MULTILINE);

    /**
     * {@code \\frac{\\partial P}{\\partial \\Delta H}}, {@code \\frac{d T}{d \\Delta S}}: a variable a derivative is taken by,
     * one name ΔH (spelled DeltaH) wherever the document writes it, as an increment it defines is; Δ times H has no
     * derivative to take by.
     */
    private static final Pattern DIFFERENTIATED_INCREMENT = Pattern.compile(
            "(?:\\\\partial|\\\\mathrm\\{d\\}|(?<![A-Za-z\\\\])d)[ \\t]*\\\\Delta[ \\t]*(\\\\[a-z]+|[a-zA-Z])(?![A-Za-z])");

    /**
     * {@code \\Delta H^\\ddagger}, {@code \\Delta G^\\circ}, {@code \\Delta S^{\\ominus}}: an increment with the mark of a
     * transition or standard state above it, a quantity of thermodynamics (the enthalpy, free energy or entropy of
     * activation or of reaction), one name ΔH wherever the document writes it; Δ times a marked H is no such quantity.
     */
    private static final Pattern MARKED_INCREMENT = Pattern.compile(
            "\\\\Delta[ \\t]*(\\\\[a-z]+|[a-zA-Z])[ \\t]*\\^[ \\t]*(?:\\{[ \\t]*)?\\\\(?:ddagger|circ|ominus|varnothing)(?![A-Za-z])");

    /** The words of the documents read last: each document is searched once, not again after each snippet read in it. */
    private static final RecentTexts<Set<String>> READ = new RecentTexts<>(DefinedWords::search);

    private DefinedWords() {
    }

    /** The one name {@code \\Delta} and the name written after it make: Deltatheta, Deltaw. */
    static String increment(String name) {
        return "Delta" + (name.startsWith("\\") ? LatexNames.greek(name) : name);
    }

    /** The words {@code document} defines so. */
    static Set<String> in(String document) {
        return READ.in(document);
    }

    private static Set<String> search(String document) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = DEFINITION.matcher(document);
        while (m.find()) {
            words.add(m.group(1));
        }
        Matcher increment = INCREMENT.matcher(document);
        while (increment.find()) {
            words.add(increment(increment.group(1)));
        }
        Matcher marked = MARKED_INCREMENT.matcher(document);
        while (marked.find()) {
            words.add(increment(marked.group(1)));
        }
        Matcher differentiated = DIFFERENTIATED_INCREMENT.matcher(document);
        while (differentiated.find()) {
            words.add(increment(differentiated.group(1)));
        }
        return Set.copyOf(words);
    }
}
