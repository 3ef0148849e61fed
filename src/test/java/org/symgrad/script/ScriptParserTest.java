package org.symgrad.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.add;
import static org.symgrad.expr.Exprs.div;
import static org.symgrad.expr.Exprs.exp;
import static org.symgrad.expr.Exprs.fn;
import static org.symgrad.expr.Exprs.indexed;
import static org.symgrad.expr.Exprs.log;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.neg;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.sigma;
import static org.symgrad.expr.Exprs.sub;
import static org.symgrad.expr.Exprs.sum;
import static org.symgrad.expr.Exprs.sym;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;

/** Scripts (SPEC §3): one statement per line, comments, each statement kind, worded errors. */
class ScriptParserTest {
    private static final Expr SOFTMAX_Y = div(exp(indexed("z", "i")), sum("k", exp(indexed("z", "k"))));

    @Test
    void readsEveryStatementKindInOrderSkippingCommentsAndBlankLines() {
        Script script = Parser.parseScript("""
                # softmax with cross-entropy
                let y_i = exp(z_i) / sum_k exp(z_k)   # the softmax

                assume sum_k t_k = 1
                derive -sum_k t_k log(y_k) wrt z_j
                simplify sigma(x)*(1 - sigma(x))
                check log(sigma(x)) = -softplus(-x) = -softplus(-x)
                x + 1
                """);
        List<Statement> s = script.statements();
        assertEquals(6, s.size());

        LetStatement let = assertInstanceOf(LetStatement.class, s.get(0));
        assertEquals(indexed("y", "i"), let.target());
        assertEquals(SOFTMAX_Y, let.body());
        assertEquals(2, let.span().line());
        assertEquals(1, let.span().column());
        assertEquals("let y_i = exp(z_i) / sum_k exp(z_k)", let.text());

        AssumeStatement assume = assertInstanceOf(AssumeStatement.class, s.get(1));
        assertEquals(sum("k", indexed("t", "k")), assume.lhs());
        assertEquals(num(1), assume.rhs());
        assertEquals(4, assume.span().line());

        DeriveStatement derive = assertInstanceOf(DeriveStatement.class, s.get(2));
        assertEquals(neg(sum("k", mul(indexed("t", "k"), log(indexed("y", "k"))))), derive.of());
        assertEquals(indexed("z", "j"), derive.wrt());

        SimplifyStatement simplify = assertInstanceOf(SimplifyStatement.class, s.get(3));
        assertEquals(mul(sigma(sym("x")), sub(num(1), sigma(sym("x")))), simplify.expr());

        CheckStatement check = assertInstanceOf(CheckStatement.class, s.get(4));
        assertEquals(3, check.sides().size());
        assertEquals(log(sigma(sym("x"))), check.sides().get(0));
        assertEquals(neg(fn("softplus", neg(sym("x")))), check.sides().get(1));

        SimplifyStatement bare = assertInstanceOf(SimplifyStatement.class, s.get(5));
        assertEquals(add(sym("x"), num(1)), bare.expr());
        assertEquals(8, bare.span().line());
        assertEquals("x + 1", bare.text());
    }

    @Test
    void laterLetOfTheSameNameIsAccepted() {
        Script script = Parser.parseScript("let a = 1\nlet a = 2\n");
        assertEquals(2, script.statements().size());
        assertEquals(num(2), ((LetStatement) script.statements().get(1)).body());
    }

    @Test
    void lastLineNeedsNoNewlineAndWindowsLineEndsWork() {
        Script script = Parser.parseScript("let a = 1\r\nsimplify a");
        assertEquals(2, script.statements().size());
        assertEquals(sym("a"), ((SimplifyStatement) script.statements().get(1)).expr());
    }

    @Test
    void emptyAndCommentOnlyScriptsHaveNoStatements() {
        assertEquals(0, Parser.parseScript("").statements().size());
        assertEquals(0, Parser.parseScript("# nothing\n\n   # here\n").statements().size());
    }

    @Test
    void letDefinesIndexedAndLabelledNames() {
        Script script = Parser.parseScript("""
                let W^{(1)}_{ij} = w_ij
                let z2_k = sum_u V_ku h_u
                let E = -sum_k t_k log(y_k)
                """);
        assertEquals(indexed("W^(1)", "i", "j"), ((LetStatement) script.statements().get(0)).target());
        assertEquals(indexed("z2", "k"), ((LetStatement) script.statements().get(1)).target());
        assertEquals(sym("E"), ((LetStatement) script.statements().get(2)).target());
    }

    @Test
    void letOfAWholeSoftmaxDefinesTheIndexedVector() {
        LetStatement let = (LetStatement) Parser.parseScript("let y = softmax(z)").statements().get(0);
        assertEquals(indexed("y", "i"), let.target());
        assertEquals(SOFTMAX_Y, let.body());
    }

    @Test
    void keywordFollowedByParenthesisIsStillTheStatement() {
        Statement s = Parser.parseScript("check(a) = a").statements().get(0);
        assertEquals(List.of(sym("a"), sym("a")), assertInstanceOf(CheckStatement.class, s).sides());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            let x_1 = 3                 | 1 | 5  | the indices of a defined name must be distinct names
            let W_ii = 3                | 1 | 5  | the indices of a defined name must be distinct names
            let 2 = x                   | 1 | 5  | unexpected '2': expected a name
            derive x^2 wrt 2            | 1 | 16 | derive … wrt needs a variable
            derive x^2                  | 1 | 11 | unexpected end of line: expected 'wrt'
            check a                     | 1 | 8  | unexpected end of line: expected '='
            assume c = x_r              | 1 | 12 | the right side has free indices {r} that the left side lacks
            assume x_i = y_j + x_i      | 1 | 14 | the right side has free indices {j} that the left side lacks
            let a = 1\\nlet b = (2      | 2 | 11 | missing ')' to close '(' at column 9
            let a = 1\\n\\nsimplify x $ | 3 | 12 | unknown character '$'
            let a = 1 = 2               | 1 | 11 | unexpected '=': expected an operator or the end of the line
            """)
    void reportsStatementErrorsAtLineAndColumn(String script, int line, int column, String words) {
        InputException e = assertThrows(InputException.class,
                () -> Parser.parseScript(script.replace("\\n", "\n")));
        assertTrue(e.getMessage().contains(words), () -> "message was: " + e.getMessage());
        assertEquals(line, e.span().orElseThrow().line(), "line");
        assertEquals(column, e.span().orElseThrow().column(), "column");
    }
}
