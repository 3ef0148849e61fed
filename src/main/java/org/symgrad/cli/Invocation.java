package org.symgrad.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * A command line, parsed: which command, with which arguments. Both parsers produce it — the
 * fast path ({@link FastPath}) for the common command lines and picocli for every other — and
 * {@link Execution} runs it, so the two cannot disagree about what a command does.
 * A {@code null} format means the default (unicode on a terminal, else ascii); a {@code null}
 * form means index notation; a {@code null} output means standard output. {@code timeout} is the
 * CPU time, in seconds, that the command (or each statement of a script) may take.
 */
sealed interface Invocation {
    /** The CPU time limit, in seconds, of the command or of each statement. */
    double timeout();

    /**
     * {@code symgrad diff EXPR --wrt VAR [--order N] [--steps] [--detail D] [-f F] [--form FORM] [-o OUT]
     * [--timeout S]}; a {@code null} detail means none was asked for.
     */
    record Diff(String expression, String wrt, int order, boolean steps, String detail, String format, String form,
            Path output, double timeout)
            implements Invocation {
    }

    /** {@code symgrad simplify EXPR [-f F] [-o OUT]}. */
    record Simplify(String expression, String format, Path output, double timeout) implements Invocation {
    }

    /** {@code symgrad run FILE [--steps] [--detail D] [-f F] [--form FORM] [-o OUT] [--timeout S]}. */
    record Run(String file, boolean steps, String detail, String format, String form, Path output, double timeout)
            implements Invocation {
    }

    /**
     * {@code symgrad check FILE [--input md|tex|ipynb|sg] [--assume TEXT]… [--let TEXT]… [--einstein] [-f F] [-o OUT]
     * [--timeout S]}; a {@code null} input kind means the file's extension says.
     */
    record Check(String file, String format, Path output, double timeout, String input, List<String> assume,
                 List<String> let, boolean einstein) implements Invocation {
        public Check {
            assume = List.copyOf(assume);
            let = List.copyOf(let);
        }
    }

    /** {@code symgrad gradcheck FILE [--n N] [--points P] [--seed S] [--timeout S]}. */
    record Gradcheck(String file, int n, int points, long seed, double timeout) implements Invocation {
    }

    /** {@code symgrad render (FILE|EXPR) -o OUT}. */
    record Render(String input, Path output, double timeout) implements Invocation {
    }
}
