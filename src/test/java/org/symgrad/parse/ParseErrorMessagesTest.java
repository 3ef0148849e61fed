package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;

/**
 * Typos people make, and what the message says: what was expected in words (never ANTLR's token
 * names), the line and column, the offending text and a caret under it.
 */
class ParseErrorMessagesTest {
    /** ANTLR vocabulary that must never reach a user. */
    private static final Pattern TOKEN_NAMES = Pattern.compile(
            "CALLNAME|LPAREN|RPAREN|LBRACE|RBRACE|UNDERSCORE|SUBERR|NEWLINE|GREEK|LABEL|<EOF>|\\bEOF\\b|\\bID\\b|NUMBER"
                    + "|mismatched input|extraneous input|no viable alternative|token recognition");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            x +* y           | 4  | 1 | unexpected '*': expected an expression
            x */ 2           | 4  | 1 | unexpected '/': expected an expression
            x *** 2          | 5  | 1 | unexpected '*': expected an expression
            *x               | 1  | 1 | unexpected '*': expected an expression
            x^^2             | 3  | 1 | unexpected '^': expected an expression
            3x^              | 4  | 1 | unexpected end of input: expected an expression
            x /              | 4  | 1 | unexpected end of input: expected an expression
            f(x,)            | 5  | 1 | unexpected ')': expected an expression
            (,)              | 2  | 1 | unexpected ',': expected an expression
            (x+1             | 5  | 1 | missing ')' to close '(' at column 1
            sin(x            | 6  | 1 | missing ')' to close '(' at column 4
            x+1)             | 4  | 1 | unexpected ')' with no matching '('
            f(x))            | 5  | 1 | unexpected ')' with no matching '('
            {x               | 3  | 1 | missing '}' to close '{' at column 1
            x}               | 2  | 1 | unexpected '}' with no matching '{'
            x__i             | 3  | 1 | unexpected '_': expected an index after '_'
            x_               | 3  | 1 | unexpected end of input: expected an index after '_'
            delta_           | 7  | 1 | unexpected end of input: expected an index after '_'
            sum_ x           | 5  | 1 | unexpected space: expected an index after '_'
            x_+              | 3  | 1 | unexpected '+': expected an index after '_'
            x_{}             | 4  | 1 | unexpected '}': expected an index
            "W_{i,}"         | 6  | 1 | unexpected '}': expected an index
            sum_{k=} x_k     | 8  | 1 | unexpected '}': expected an index
            sum_k            | 6  | 1 | unexpected end of input: expected an expression
            x = y            | 3  | 1 | unexpected '=': expected an operator or the end of the input
            x wrt y          | 3  | 3 | unexpected 'wrt': expected an operator or the end of the input
            let              | 1  | 3 | unexpected 'let': expected an expression
            x $ y            | 3  | 1 | unknown character '$'
            1.2.3            | 4  | 1 | unknown character '.'
            x !              | 3  | 1 | unknown character '!'
            exp()            | 1  | 5 | exp() needs an argument
            "log(x, y)"      | 1  | 9 | log takes one argument, got 2
            delta(i)         | 1  | 8 | delta takes two indices, got 1
            δ_i              | 1  | 3 | a Kronecker delta takes two indices
            softmax(z)       | 1  | 10 | softmax(z) needs an index
            ln               | 1  | 2 | 'ln' is a function: write ln(x) or ln x
            x + exp          | 5  | 3 | 'exp' is a function: write exp(x) or exp x
            log_2 x          | 1  | 3 | 'log' is a function and takes no subscript
            sin^{-1} x       | 5  | 4 | sin^… before the argument takes a positive whole power
            x^T              | 1  | 3 | x^T is a transpose: symgrad works with components
            W^T x            | 1  | 3 | x^T is a transpose
            xᵀ               | 2  | 1 | xᵀ is a transpose
            A @ B            | 3  | 1 | '@' is a matrix product
            a .* b           | 3  | 1 | '.*' is an elementwise matrix operator
            a ⊙ b            | 3  | 1 | '⊙' is an elementwise product
            diag(v)          | 1  | 7 | diag(v) is a matrix
            "where(x, a, b)" | 1  | 14 | where takes a comparison first, as in where(x > 0, a, b)
            "where(x > 0, a)" | 1 | 15 | where takes a condition and two cases
            "f(x > 0)"       | 5  | 1 | a comparison such as x > 0 is only the condition of where
            "gt(x, 0)"       | 1  | 8 | 'gt' is a comparison: write it as >
            x < 0            | 3  | 1 | unexpected '<': expected an operator or the end of the input
            "leaky_relu(x)"  | 1  | 13 | leaky_relu takes 2 arguments, got 1
            "foo(k, x_k)"    | 1  | 11 | 'foo(k, …)' reads as a reduction over k, which symgrad does not know
            "max(k, x_k^2)"  | 1  | 13 | max over an index (max_k) has no derivative where two entries tie
            max_k x_k        | 1  | 3 | max over an index (max_k) has no derivative where two entries tie
            "min_{j} y_j"    | 1  | 3 | min over an index (min_j)
            "mean(k)"        | 1  | 7 | mean takes (index, body), (index, index, body) or (index, lower, upper, body), got 1
            """)
    void typoInAnExpression(String input, int column, int width, String words) {
        InputException e = assertThrows(InputException.class, () -> Parser.parseExpression(input));
        assertMessage(e, 1, column, width, words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            let = x                       | 1 | 5  | 1 | unexpected '=': expected a name
            derive x                      | 1 | 9  | 1 | unexpected end of line: expected 'wrt'
            derive x wrt                  | 1 | 13 | 1 | unexpected end of line: expected an expression
            check x                       | 1 | 8  | 1 | unexpected end of line: expected '='
            assume x                      | 1 | 9  | 1 | unexpected end of line: expected '='
            simplify                      | 1 | 9  | 1 | unexpected end of line: expected an expression
            let y = x\\nlet z = (y         | 2 | 11 | 1 | missing ')' to close '(' at column 9
            let y = x\\n\\nsimplify y +* 2 | 3 | 13 | 1 | unexpected '*': expected an expression
            derive y wrt x y              | 1 | 14 | 3 | derive … wrt needs a variable
            """)
    void typoInAScript(String script, int line, int column, int width, String words) {
        InputException e = assertThrows(InputException.class,
                () -> Parser.parseScript(script.replace("\\n", "\n")));
        assertMessage(e, line, column, width, words);
    }

    private static void assertMessage(InputException e, int line, int column, int width, String words) {
        String shown = e.describe();
        assertTrue(e.getMessage().contains(words), () -> "expected '" + words + "' in: " + shown);
        Matcher names = TOKEN_NAMES.matcher(shown);
        assertFalse(names.find(), () -> "parser jargon in: " + shown);
        SourceSpan span = e.span().orElseThrow(() -> new AssertionError("no position: " + shown));
        assertEquals(line, span.line(), shown);
        assertEquals(column, span.column(), shown);
        assertTrue(shown.startsWith("error: line " + line + ", column " + column + ": "), shown);
        String[] rows = shown.split("\n");
        assertEquals(3, rows.length, shown);
        String caret = rows[2];
        assertEquals("  " + " ".repeat(column - 1) + "^".repeat(width), caret, () -> "caret in\n" + shown);
    }
}
