package org.symgrad.parse.latex;

import java.util.List;

/**
 * The Greek letters as LaTeX commands name them, without the backslash ({@code alpha}, {@code varepsilon},
 * {@code Gamma}): the lower-case letters, their {@code var} forms, and the capitals that differ from Latin ones,
 * exactly the commands the LaTeX lexer reads as a Greek letter. The one list every reader of Greek names uses: the
 * formula reader ({@link LatexNames}), the scan for plain vectors ({@link PlainVectors}) and the document reader's
 * prose that names a function by a letter ({@code ProseFunctionNames}).
 */
public final class GreekLetters {
    /** The command names, lower case first. */
    public static final List<String> COMMANDS = List.of("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta",
            "eta", "theta", "vartheta", "iota", "kappa", "varkappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho",
            "varrho", "sigma", "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta",
            "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    /** The command names as a regular-expression alternation, {@code alpha|beta|…}, for readers of source text. */
    public static final String ALTERNATION = String.join("|", COMMANDS);

    private GreekLetters() {
    }
}
