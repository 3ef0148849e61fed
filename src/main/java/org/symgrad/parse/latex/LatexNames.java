package org.symgrad.parse.latex;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.parse.GreekLetters;

/**
 * How LaTeX spellings become symgrad names (LATEX-INPUT M2, M3): Greek commands and letters, the
 * suffix a decoration adds ({@code \hat{y}} is {@code yhat}), the function commands and words, and
 * the nearest known spelling of an unknown command, for its error message.
 */
final class LatexNames {
    /** Decoration command → suffix of the name; an empty suffix marks a vector ({@code \vec{x}} is x). */
    static final Map<String, String> DECORATIONS = Map.ofEntries(
            Map.entry("\\hat", "hat"), Map.entry("\\widehat", "hat"), Map.entry("\\tilde", "tilde"),
            Map.entry("\\widetilde", "tilde"), Map.entry("\\bar", "bar"), Map.entry("\\overline", "bar"),
            Map.entry("\\dot", "dot"), Map.entry("\\ddot", "ddot"), Map.entry("\\check", "check"),
            Map.entry("\\breve", "breve"), Map.entry("\\acute", "acute"), Map.entry("\\grave", "grave"),
            Map.entry("\\mathring", "ring"), Map.entry("\\underline", "under"), Map.entry("\\vec", ""),
            Map.entry("\\overrightarrow", ""));

    /**
     * Script fonts, and the suffix that makes a letter in one a name of its own where the document also
     * writes the plain letter ({@link ScriptLetters}): {@code \mathcal{L}} beside {@code L} is {@code Lcal}.
     */
    static final Map<String, String> SCRIPT_FONTS = Map.of("\\mathcal", "cal", "\\mathscr", "scr", "\\mathfrak", "frak");

    /** Function spellings (without backslash, lower case where case does not matter) → symgrad name. */
    static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("exp", "exp"), Map.entry("log", "log"), Map.entry("ln", "log"), Map.entry("sqrt", "sqrt"),
            Map.entry("sin", "sin"), Map.entry("cos", "cos"), Map.entry("tan", "tan"), Map.entry("sinh", "sinh"),
            Map.entry("cosh", "cosh"), Map.entry("tanh", "tanh"), Map.entry("sigmoid", "sigma"),
            Map.entry("softplus", "softplus"), Map.entry("relu", "relu"), Map.entry("sign", "sign"),
            Map.entry("sgn", "sign"), Map.entry("abs", "abs"), Map.entry("heaviside", "heaviside"),
            Map.entry("arctan", "atan"), Map.entry("arcsin", "asin"), Map.entry("arccos", "acos"),
            Map.entry("swish", "silu"), Map.entry("sec", "sec"), Map.entry("csc", "csc"), Map.entry("cot", "cot"),
            Map.entry("sech", "sech"), Map.entry("csch", "csch"), Map.entry("coth", "coth"));

    /**
     * Upright capitals that name a function only as a word ({@code \\mathrm{B}(a, b)}, the Beta
     * function); an italic B(a, b) stays a function of the document's.
     */
    static final Map<String, String> UPRIGHT_LETTERS = Map.of("B", FunctionRegistry.BETA);

    /** Functions of matrices and other notation out of scope, with what to write instead. */
    static final Map<String, String> UNSUPPORTED_FUNCTIONS = Map.ofEntries(
            Map.entry("diag", "matrix notation is not supported yet; write one component, e.g. y_i(\\delta_{ij} - y_j)"),
            Map.entry("det", "determinants are not supported"),
            Map.entry("tr", "matrix notation is not supported yet; write one component with a \\sum"),
            Map.entry("onehot", "a one-hot vector is not supported as a function; write its component \\delta_{ky}"),
            Map.entry("arg", "\\arg\\min and \\arg\\max (argmin, argmax) are not supported: they pick an "
                    + "argument, not a value symgrad can compute"),
            Map.entry("argmax", "argmax is not supported: it picks an argument, not a value symgrad can compute"),
            Map.entry("argmin", "argmin is not supported: it picks an argument, not a value symgrad can compute"),
            Map.entry("lim", "limits are not supported"), Map.entry("liminf", "limits are not supported"),
            Map.entry("limsup", "limits are not supported"), Map.entry("sup", "suprema are not supported"),
            Map.entry("inf", "infima are not supported"), Map.entry("pr", "probabilities are not supported"),
            Map.entry("dim", "\\dim is not supported"), Map.entry("ker", "\\ker is not supported"),
            Map.entry("deg", "\\deg is not supported"), Map.entry("gcd", "\\gcd is not supported"));

    private static final String[] GREEK_LOWER = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", null, "sigma", "tau", "upsilon", "phi",
        "chi", "psi", "omega"};

    /** Commands a reader may have meant, for "did you mean" hints. */
    private static final List<String> KNOWN_COMMANDS = List.of("\\frac", "\\dfrac", "\\sum", "\\prod", "\\partial",
            "\\log", "\\ln", "\\exp", "\\sqrt", "\\sigma", "\\delta", "\\tanh", "\\cdot", "\\times", "\\hat",
            "\\tilde", "\\bar", "\\mathbf", "\\boldsymbol", "\\mathrm", "\\text", "\\operatorname", "\\left",
            "\\right", "\\quad", "\\alpha", "\\beta", "\\gamma", "\\theta", "\\lambda", "\\mu", "\\eta",
            "\\epsilon", "\\varepsilon", "\\phi", "\\psi", "\\omega", "\\nabla", "\\tag", "\\label", "\\mathcal");

    private static final Set<String> MATRIX_COMMANDS = Set.of("\\otimes", "\\odot", "\\oplus", "\\top",
            "\\intercal", "\\circ", "\\oslash");

    private LatexNames() {
    }

    /** The ASCII name of a Greek command ({@code \varepsilon} → epsilon) or Unicode Greek letter. */
    static String greek(String text) {
        if (text.startsWith("\\")) {
            String name = text.substring(1);
            if (name.startsWith("var")) {
                name = name.substring(3);
            }
            return name;
        }
        char c = text.charAt(0);
        if (c >= '\u03B1' && c <= '\u03C9' && GREEK_LOWER[c - '\u03B1'] != null) {
            return GREEK_LOWER[c - '\u03B1'];
        }
        if (c == '\u03C2') {
            return "sigma";
        }
        if (c >= '\u0391' && c <= '\u03A9' && c != '\u03A2') {
            String lower = GREEK_LOWER[c - '\u0391'];
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return switch (c) {
            case '\u03D1' -> "theta";
            case '\u03D5' -> "phi";
            case '\u03F5' -> "epsilon";
            default -> String.valueOf(c);
        };
    }

    /** The symgrad function named by a function word or command without its backslash, if known. */
    static Optional<String> function(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return Optional.ofNullable(FUNCTIONS.get(lower)).or(() -> operatorWord(word)
                ? FunctionRegistry.spelled(word).map(KnownFunction::name) : Optional.empty());
    }

    /**
     * Whether {@code word}, written as an operator name ({@code \operatorname{erf} x}, {@code \mathrm{arsinh}\, x}), is a
     * one-argument function of the registry by one of its spellings: it then applies to the factor after it, as
     * {@code \ln x} does, books writing it so. Lower-case words of three letters or more only: {@code \mathrm{d}} is
     * a differential, a capitalised word a name the document may give itself.
     */
    static boolean operatorWord(String word) {
        return word.length() >= 3 && word.matches("[a-z]+") && FunctionRegistry.spelled(word).filter(f -> f.arity() == 1).isPresent();
    }

    /**
     * The known function a name written as a call spells ({@code \\operatorname{GELU}(x)},
     * {@code \\text{LeakyReLU}(x, a)}, {@code \\mathrm{erf}(x)}): a registry name or alias as written,
     * or, for a name with a capital that is not a Greek letter, the registry spelling it equals up to
     * case and underscores, as papers capitalise activation names. A Greek name never changes case
     * ({@code \\phi} is not {@code \\Phi}).
     */
    static Optional<KnownFunction> registryFunction(String written, NameAtom.Spelling spelling) {
        if (spelling == NameAtom.Spelling.TEXT && UPRIGHT_LETTERS.containsKey(written)) {
            return FunctionRegistry.lookup(UPRIGHT_LETTERS.get(written));
        }
        Optional<KnownFunction> exact = FunctionRegistry.spelled(written);
        if (exact.isPresent() || written.equals(written.toLowerCase(Locale.ROOT)) || isGreekName(written)) {
            return exact;
        }
        String folded = folded(written);
        return FunctionRegistry.ALL.stream()
                .filter(f -> folded.equals(folded(f.name())) || f.aliases().stream().anyMatch(a -> folded.equals(folded(a))))
                .findFirst();
    }

    /**
     * Greek letters that, written before a bracket, are a function of the registry whatever the
     * argument: the Gamma function {@code \\Gamma(\\alpha)}, {@code \\Gamma(y_i + r)} (never Γ times the
     * bracket) and the digamma function {@code \\psi(\\alpha + 1)}.
     */
    static final Map<String, String> GREEK_FUNCTIONS = Map.of("Gamma", "Gamma", "psi", "digamma");

    /**
     * Greek letters that, written before a bracket, are a function of the registry where the document writes them only so
     * ({@link LatexContext#writesOnlyApplied}): the normal CDF {@code \Phi(w x)} of probit regression, never Φ times the
     * bracket; a design matrix Φ the document also writes alone ({@code \Phi w}) keeps its product.
     */
    static final Map<String, String> APPLIED_FUNCTIONS = Map.of("Phi", FunctionRegistry.PHI);

    /**
     * The registry function a Greek name written before a bracket is ({@link #GREEK_FUNCTIONS}), unless
     * the document defines the letter itself, as a function or as a value.
     */
    static Optional<String> greekFunction(NameAtom name, LatexContext context) {
        String f = GREEK_FUNCTIONS.getOrDefault(name.base, context.writesOnlyApplied(name.base) ? APPLIED_FUNCTIONS.get(name.base) : null);
        if (f == null || name.spelling != NameAtom.Spelling.GREEK || !name.suffix.isEmpty() || name.bold
                || name.decorated || context.defines(name.base) || context.definesValue(name.base)
                || context.function(name.base).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(f);
    }

    private static String folded(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static boolean isGreekName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return GreekLetters.COMMANDS.contains(lower) || lower.equals("omicron");
    }

    /** The message for an unknown command: the nearest known spelling, or a \newcommand hint. */
    static String unknownCommand(String command) {
        if (MATRIX_COMMANDS.contains(command)) {
            return "matrix notation (" + command + ") is not supported yet; write one component, e.g. "
                    + "\\frac{\\partial L}{\\partial w_a} = \\sum_i X_{ia}(\\hat p_i - y_i)";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KNOWN_COMMANDS) {
            int d = distance(command, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        String message = "unknown command " + command;
        if (best != null && bestDistance <= Math.max(1, command.length() / 3)) {
            return message + ": did you mean " + best + "?";
        }
        return message + ": probably a macro of the source document; paste its definition, e.g. \\newcommand{"
                + command + "}{…}, or write it out";
    }

    /** Levenshtein distance, for the nearest-command hint. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
