package org.symgrad.print;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.functions.Constant;
import org.symgrad.functions.Constants;

/**
 * How a plain symbol name (no label) looks in Unicode and LaTeX: a constant as its table spells
 * it ({@code pi} → {@code π}, {@code \pi}); Greek names become Greek letters
 * ({@code theta} → {@code θ}, {@code \theta}), trailing digits stay ({@code z2}, {@code θ1}; LaTeX {@code \theta1}),
 * a {@code hat} suffix becomes a hat ({@code yhat} → {@code ŷ}, {@code \hat{y}}), and other
 * names of more than one character are set upright as one name in LaTeX ({@code \mathrm{KL}},
 * {@code \mathrm{z2}_p}), so that a digit is never read as the start of an index or a factor.
 */
final class SymbolSpelling {
    private static final Pattern SCRIPT_LETTER = Pattern.compile("([A-Za-z])(cal|scr|frak)");
    private static final Pattern SHAPE = Pattern.compile("([A-Za-z]+?)(hat)?([0-9]*)");

    /**
     * Greek name → {Unicode letter, LaTeX spelling}: the letters with a TeX command, which the parser
     * accepts (parse/GreekLetters.java). The others look like Latin letters ({@code omicron},
     * {@code Alpha}, …): written as the letter they would print as, they would read back as that
     * Latin letter, so their names stay words.
     */
    private static final Map<String, String[]> GREEK = Map.ofEntries(
            Map.entry("alpha", new String[] {"α", "\\alpha"}),
            Map.entry("beta", new String[] {"β", "\\beta"}),
            Map.entry("gamma", new String[] {"γ", "\\gamma"}),
            Map.entry("delta", new String[] {"δ", "\\delta"}),
            Map.entry("epsilon", new String[] {"ε", "\\epsilon"}),
            Map.entry("zeta", new String[] {"ζ", "\\zeta"}),
            Map.entry("eta", new String[] {"η", "\\eta"}),
            Map.entry("theta", new String[] {"θ", "\\theta"}),
            Map.entry("iota", new String[] {"ι", "\\iota"}),
            Map.entry("kappa", new String[] {"κ", "\\kappa"}),
            Map.entry("lambda", new String[] {"λ", "\\lambda"}),
            Map.entry("mu", new String[] {"μ", "\\mu"}),
            Map.entry("nu", new String[] {"ν", "\\nu"}),
            Map.entry("xi", new String[] {"ξ", "\\xi"}),
            Map.entry("pi", new String[] {"π", "\\pi"}),
            // a document's π that is a variable (a probability, parse/latex/PiUse), as the document writes it
            Map.entry("varpi", new String[] {"π", "\\pi"}),
            // a document's n that is a quantity of its own (parse/latex/NUse), apart from the range size n
            Map.entry("nvar", new String[] {"n", "n"}),
            Map.entry("rho", new String[] {"ρ", "\\rho"}),
            Map.entry("sigma", new String[] {"σ", "\\sigma"}),
            Map.entry("tau", new String[] {"τ", "\\tau"}),
            Map.entry("upsilon", new String[] {"υ", "\\upsilon"}),
            Map.entry("phi", new String[] {"φ", "\\phi"}),
            Map.entry("chi", new String[] {"χ", "\\chi"}),
            Map.entry("psi", new String[] {"ψ", "\\psi"}),
            Map.entry("omega", new String[] {"ω", "\\omega"}),
            Map.entry("Gamma", new String[] {"Γ", "\\Gamma"}),
            Map.entry("Delta", new String[] {"Δ", "\\Delta"}),
            Map.entry("Theta", new String[] {"Θ", "\\Theta"}),
            Map.entry("Lambda", new String[] {"Λ", "\\Lambda"}),
            Map.entry("Xi", new String[] {"Ξ", "\\Xi"}),
            Map.entry("Pi", new String[] {"Π", "\\Pi"}),
            Map.entry("Sigma", new String[] {"Σ", "\\Sigma"}),
            Map.entry("Upsilon", new String[] {"Υ", "\\Upsilon"}),
            Map.entry("Phi", new String[] {"Φ", "\\Phi"}),
            Map.entry("Psi", new String[] {"Ψ", "\\Psi"}),
            Map.entry("Omega", new String[] {"Ω", "\\Omega"}));

    /** The Greek names this table spells. */
    static java.util.Set<String> greekNames() {
        return GREEK.keySet();
    }

    private static final char COMBINING_CIRCUMFLEX = '\u0302';

    private SymbolSpelling() {
    }

    /** The Unicode spelling of a plain name: {@code theta} → {@code θ}, {@code yhat} → {@code ŷ}. */
    static String unicode(String name) {
        Optional<Constant> constant = Constants.named(name);
        if (constant.isPresent()) {
            return constant.get().unicode();
        }
        Optional<Parts> p = parts(name);
        if (p.isEmpty()) {
            return name;
        }
        String letter = greek(p.get().letters()).map(g -> g[0]).orElse(p.get().letters());
        if (!p.get().hat()) {
            // an ASCII word or a precomposed letter of the table is its own NFC (SymbolSpellingTest checks each
            // letter), and the normaliser's tables are not loaded for it
            return letter + p.get().digits();
        }
        // NFC picks the precomposed letter where one exists (ŷ), else keeps the combining hat (θ̂)
        return Normalizer.normalize(letter + (p.get().hat() ? String.valueOf(COMBINING_CIRCUMFLEX) : ""),
                Normalizer.Form.NFC) + p.get().digits();
    }

    /** The LaTeX spelling of a plain name: {@code theta} → {@code \theta}, {@code yhat} → {@code \hat{y}}. */
    static String latex(String name) {
        Optional<Constant> constant = Constants.named(name);
        if (constant.isPresent()) {
            return constant.get().latex();
        }
        Matcher script = SCRIPT_LETTER.matcher(name);
        if (script.matches()) {
            // a script letter read apart from the plain one (ScriptLetters): Lcal is \mathcal{L}
            return "\\math" + script.group(2) + "{" + script.group(1) + "}";
        }
        Optional<Parts> p = parts(name);
        if (p.isEmpty() || !p.get().digits().isEmpty() && !greek(p.get().letters()).isPresent() && !p.get().hat()) {
            // a word (KL, loss) or a letter with digits (z2, W1) is one upright name, as ISO 80000-2
            // sets multi-letter symbols: \mathrm{z2}_p cannot be read as z times 2_p
            return name.length() == 1 ? name : "\\mathrm{" + name + "}";
        }
        String letter = greek(p.get().letters()).map(g -> g[1]).orElse(p.get().letters());
        String body = p.get().hat() ? "\\hat{" + letter + "}" : letter;
        // a control word followed directly by a digit is fine: \theta1 sets θ1
        return body + p.get().digits();
    }

    /** A name's Greek letter, if its letters spell one. */
    private static Optional<String[]> greek(String letters) {
        return Optional.ofNullable(GREEK.get(letters));
    }

    private record Parts(String letters, boolean hat, String digits) {
    }

    /**
     * Splits names of the shapes we can typeset specially — one letter or a Greek name, then an
     * optional {@code hat}, then optional digits. Anything else (a word such as {@code loss}) is empty.
     */
    private static Optional<Parts> parts(String name) {
        Matcher m = SHAPE.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        String letters = m.group(1);
        boolean hat = m.group(2) != null;
        if (letters.length() != 1 && !GREEK.containsKey(letters)) {
            return Optional.empty();
        }
        return Optional.of(new Parts(letters, hat, m.group(3)));
    }
}
