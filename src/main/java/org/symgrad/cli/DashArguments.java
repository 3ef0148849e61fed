package org.symgrad.cli;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which arguments that start with {@code -} are options and which are expressions
 * ({@code diff '-h*x' --wrt x} differentiates −h·x; it does not ask for help). An argument is an
 * option when it is {@code --NAME} or {@code --NAME=VALUE}; a cluster of the flags {@code -h} and
 * {@code -V}; {@code -f} or {@code -o} alone or with {@code =VALUE}; {@code -fFORMAT} with a known
 * format name; or {@code -oFILE.EXT}, a file name with an extension and no operator. Everything
 * else that starts with {@code -} is an expression; so is {@code -} (standard input) and every
 * argument after {@code --}.
 *
 * <p>picocli would read {@code -h*x} as the flag {@code -h}; so the expressions are marked before
 * picocli sees them, with a private-use character picocli takes as the start of a positional
 * parameter, and unmarked where they are used and in every message.
 */
final class DashArguments {
    /** U+E000, a private-use character: no expression, file name or option contains it by accident. */
    static final char MARK = '\uE000';
    private static final Set<String> FORMATS = Set.of("unicode", "ascii", "latex", "markdown", "json");
    private static final Pattern FLAGS = Pattern.compile("-[hV]+");
    private static final Pattern OUTPUT_FILE = Pattern.compile("-o[^*+^()\\s=][^*+^()\\s]*\\.[A-Za-z0-9]+");

    private DashArguments() {
    }

    /** True when {@code arg}, before any {@code --}, is an option rather than an expression. */
    static boolean isOption(String arg) {
        if (!arg.startsWith("-") || arg.equals("-")) {
            return false;
        }
        if (arg.startsWith("--")) {
            return true;
        }
        if (FLAGS.matcher(arg).matches() || arg.equals("-f") || arg.equals("-o")
                || arg.startsWith("-f=") || arg.startsWith("-o=")) {
            return true;
        }
        if (arg.startsWith("-f")) {
            return FORMATS.contains(arg.substring(2).toLowerCase(Locale.ROOT));
        }
        return OUTPUT_FILE.matcher(arg).matches();
    }

    /**
     * {@code args} with each expression that starts with {@code -} marked, so that picocli takes
     * it as a positional parameter; an option's value (the word after {@code --wrt}, {@code -f} …)
     * is left alone, as picocli reads it as that option's value whatever it looks like.
     */
    static String[] mark(String[] args) {
        String[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            String a = out[i];
            if (a.equals("--")) {
                break;
            }
            if (takesValue(a)) {
                i++;
            } else if (a.startsWith("-") && !a.equals("-") && !isOption(a)) {
                out[i] = MARK + a;
            }
        }
        return out;
    }

    /** An option written without {@code =} whose value is the next argument. */
    static boolean takesValue(String arg) {
        return arg.equals("-f") || arg.equals("-o") || arg.equals("--format") || arg.equals("--output")
                || arg.equals("--wrt") || arg.equals("--order") || arg.equals("--timeout");
    }

    /** {@code s} without the marks. */
    static String unmark(String s) {
        return s == null ? null : s.replace(String.valueOf(MARK), "");
    }
}
