package org.symgrad.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.symgrad.error.InputException;

/**
 * An ANTLR error strategy that stops at the first syntax error and throws the {@link InputException}
 * a subclass words for it. No error recovery and no prediction ahead of time: a formula with a
 * syntax error has no meaning worth guessing, and the error is reported where a token fails to
 * match. Both grammars (our ASCII and the LaTeX subset) use it; only their wording differs.
 */
public abstract class FailFastErrorStrategy extends DefaultErrorStrategy {

    /** The error for {@code offending}, where the parser expected one of {@code expected}. */
    protected abstract InputException error(Parser recognizer, Token offending, IntervalSet expected);

    @Override
    public final void reportError(Parser recognizer, RecognitionException e) {
        throw error(recognizer, e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken(),
                e.getExpectedTokens());
    }

    @Override
    public final void recover(Parser recognizer, RecognitionException e) {
        reportError(recognizer, e);
    }

    @Override
    public final Token recoverInline(Parser recognizer) {
        InputMismatchException e = new InputMismatchException(recognizer);
        throw error(recognizer, e.getOffendingToken(), recognizer.getExpectedTokens());
    }

    @Override
    public final void sync(Parser recognizer) {
        // errors are reported where a token fails to match, not predicted ahead of time
    }
}
