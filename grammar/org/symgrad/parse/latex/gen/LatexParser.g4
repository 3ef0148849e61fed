/*
 * Grammar of one side of an equation written in LaTeX (SPEC §8), in the MuParser style: precedence
 * by rule layering, labelled alternatives, no Java code. The document reader has already cut the
 * rows at `\\`, the statements at `\quad`, prose words and arrows, and the chains at `=`; what
 * reaches this grammar is one side, or one condition (`i \neq j`, `0 < y < 1`).
 *
 * Precedence, loosest first: + and - ; * \cdot \times / and juxtaposition ; unary sign ; scripts.
 * A prefix operator (\sum, \prod, a function without parentheses) takes what TeX readers take:
 * \sum_k its following product (`\sum_k a_k b_k + c` is (Σ_k a_k b_k) + c), \log exactly one
 * factor (`\log x y` is log(x)·y, `\log \sum_k e^{z_k}` is log Σ_k e^{z_k}).
 *
 * Whether `f(x)` is a call or a product, whether `e^{x}` is the exponential, whether `^{(1)}` is a
 * layer label, what a derivative operator applies to: all decided in
 * org.symgrad.parse.latex.LatexBuilder, where the document's definitions are known.
 */
parser grammar LatexParser;

options { tokenVocab = LatexLexer; }

side : expr EOF ;

relationInput : expr (relation expr)+ EOF ;

relation : EQ | NEQ | LT | GT | LEQ | GEQ | IN | NOT_IN ;

// An evaluation bar closes what comes before it: `\frac{d}{dx} x^2 \Big|_{x=3}`, `f'(x)\vert_{x=0}`,
// `\left. … \right|_{x=2}`, and `F \Big|_{a}^{b}`, the difference F(b) − F(a).
expr : term (addOp term)* evalBar? ;

evalBar : BAR (UNDERSCORE scriptArg (CARET scriptArg)? | CARET scriptArg UNDERSCORE scriptArg) ;

addOp : PLUS | MINUS | PLUS_MINUS ;

// A juxtaposed factor never starts with a sign: `a - b` is a subtraction.
term : signed (mulOp signed | factor)* ;

mulOp : STAR | CDOT | TIMES | SLASH | DIVIDE | ODOT ;

signed
    : (PLUS | MINUS | PLUS_MINUS) signed    # unarySign
    | factor                                # plainSigned
    ;

factor
    : SUM bigScripts term                   # sumFactor
    | PROD bigScripts term                  # productFactor
    | FUNC fnScripts fnArgument             # functionFactor
    | postfix                               # postfixFactor
    ;

bigScripts : (UNDERSCORE scriptArg | CARET scriptArg)* ;

fnScripts : (UNDERSCORE scriptArg | CARET scriptArg | PRIME)* ;

fnArgument
    : callArgs postOp*                      # parenArgument
    | factor                                # factorArgument
    ;

postfix : primary postOp* ;

postOp
    : UNDERSCORE scriptArg                  # subscriptOp
    | CARET scriptArg                       # superscriptOp
    | PRIME                                 # primeOp
    | callArgs                              # callOp
    | BANG                                  # factorialOp
    ;

// `\max\{0, 1 - m\}`: a list of arguments in set braces, as the max and min of a few values are written
callArgs
    : LPAREN (expr (argSeparator expr)*)? RPAREN
    | LBRACE_LIT expr (COMMA expr)+ RBRACE_LIT
    ;

// `p(y \mid x)`, and `\|` between the two distributions of a divergence, `\mathrm{KL}(q \| p)`,
// also written with plain double bars, `\mathrm{KL}(q || p)`
argSeparator : COMMA | SEMI | BAR BAR | BAR | NORM ;

scriptArg
    : LBRACE TRANSPOSE RBRACE               # transposeScript
    // `X^{-\top}`, `A^{-\intercal}`: the inverse of the transpose, matrix notation (never a power of a number)
    | LBRACE MINUS TRANSPOSE RBRACE         # inverseTransposeScript
    | LBRACE scriptBody RBRACE              # bracedScript
    | LETTER                                # letterScript
    | DIGIT                                 # digitScript
    | GREEK                                 # greekScript
    | TEXT                                  # textScript
    | (FONT | DECOR) scriptArg              # styledScript
    | PRIME_CMD                             # primeScript
    | TRANSPOSE                             # transposeScript
    | CMD                                   # commandScript
    // `\sum_{k=0}^\infty`: the upper limit of a series
    | INFINITY                              # infinityScript
    // `d_+`, `r_-`, `x^{+}`, `\theta^*`, `j^{\ast}`, `\Delta G^\ddagger`: a sign, a star or a double dagger as the whole script marks a name
    | LBRACE (PLUS | MINUS | STAR) RBRACE   # markScript
    | (PLUS | MINUS | STAR)                 # markScript
    ;

// `\sum_{k : k \neq y}`: an index and, after a colon, the condition on it
scriptBody : (scriptItem ((COMMA | SEMI) scriptItem)*)? (COLON scriptCondition)? ;

scriptCondition : expr relation expr ;

scriptItem : expr (relation expr)* ;

primary
    : DIGIT+ (DOT DIGIT+)?                                                  # number
    | LETTER                                                                # letter
    | WORD                                                                  # word
    | GREEK                                                                 # greek
    | TEXT                                                                  # text
    | INDICATOR indicatorCondition?                                         # indicator
    | (FONT | DECOR) scriptArg                                              # styled
    | FRAC LBRACE derivNumerator RBRACE LBRACE derivDenominator RBRACE      # leibniz
    | FRAC fracArg fracArg                                                  # fraction
    | PARTIAL FRAC fracArg LBRACE derivDenominator RBRACE                   # partialOverFraction
    | PARTIAL factor SLASH PARTIAL postfix                                  # slashDerivative
    | PARTIAL UNDERSCORE scriptArg                                          # partialOperator
    | NABLA (UNDERSCORE scriptArg)?                                         # nabla
    | SQRT (LBRACK expr RBRACK)? fracArg                                    # sqrt
    | BINOM fracArg fracArg                                                 # binomial
    | LPAREN expr RPAREN                                                    # parens
    // `(2x_1 + 3x_2, 3x_1 + 3x_2^2)^T`: a vector written as a list of its entries, read transposed beside vector notation
    | LPAREN expr (COMMA expr)+ RPAREN                                      # tuple
    | LBRACK low=expr LEQ at=expr LEQ high=expr RBRACK                       # rangeCondition
    | LBRACK expr RBRACK                                                    # brackets
    | LBRACE_LIT expr RBRACE_LIT                                            # braceLiteral
    | LANGLE expr (COMMA expr)* RANGLE                                      # angle
    | LBRACE OLDFONT? expr RBRACE                                           # braces
    // `||x||` as people type it is the norm `\|x\|`, never |(|x|)|: this alternative comes before
    // the absolute value, so that it wins where both read the bars; `|a||b|` stays |a|·|b|
    | BAR BAR expr BAR BAR                                                  # norm
    | BAR expr BAR                                                          # absolute
    | NORM expr NORM                                                        # norm
    | DOTS                                                                  # dots
    | environment                                                           # env
    | PRIME_CMD                                                             # primeCommand
    | INFINITY                                                              # infinity
    | INTEGRAL                                                              # integral
    | EMPTY_DELIM expr                                                      # leftDelimited
    | EMPTY_DELIM                                                           # emptyDelimiter
    | FLOOR                                                                 # floor
    | ESCAPED                                                               # escaped
    | CMD                                                                   # command
    ;

// \mathbb{1}[x > 0], \mathbb{1}\{x > 0\}, \mathbb{1}(i = j), \mathbf{1}_{x > 0}
indicatorCondition
    : LBRACK scriptItem RBRACK
    | LBRACE_LIT scriptItem RBRACE_LIT
    | LPAREN scriptItem RPAREN
    | UNDERSCORE LBRACE scriptItem RBRACE
    | UNDERSCORE LBRACE LBRACK scriptItem RBRACK RBRACE
    ;

derivNumerator : derivMark (CARET scriptArg)? expr? ;

derivDenominator : (derivMark postfix)+ ;

derivMark : PARTIAL | DIFF_D ;

fracArg
    : LBRACE expr RBRACE                    # bracedFracArg
    | DIGIT                                 # digitFracArg
    | LETTER                                # letterFracArg
    | GREEK                                 # greekFracArg
    ;

// Matrices, `cases`, `array`: read cell by cell in the builder; nested environments nest.
environment : BEGIN (environment | ~(BEGIN | END))* END ;
