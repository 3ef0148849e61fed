package org.symgrad.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.symgrad.error.LimitException;
import org.symgrad.parse.gen.SymgradParser;

/**
 * The generated parser with a bound on how deeply grammar rules nest, so that no input — however
 * many signs, powers or prefix sums it chains — can overflow the stack.
 */
final class DepthLimitedParser extends SymgradParser {
    private int depth;

    DepthLimitedParser(TokenStream input) {
        super(input);
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        if (++depth > Limits.MAX_RULE_DEPTH) {
            throw new LimitException("nesting-depth",
                    "the expression is nested too deeply (line " + getCurrentToken().getLine() + ")");
        }
        super.enterRule(localctx, state, ruleIndex);
    }

    @Override
    public void exitRule() {
        depth--;
        super.exitRule();
    }
}
