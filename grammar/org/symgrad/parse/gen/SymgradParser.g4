/*
 * Grammar of symgrad expressions and scripts (SPEC §2, §3), in the MuParser style: precedence by
 * rule layering, `^` right-associative, no Java code. Meaning (calls vs built-ins, index splitting,
 * softmax expansion, free-index checks) is decided in org.symgrad.parse.ExprBuilder.
 *
 * Precedence, loosest first: + and - ; * / and implicit multiplication ; unary sign ; ^ .
 * So `-x^2` is -(x^2) and `2^3^2` is 2^(3^2). A prefix sum `sum_k body` takes the following
 * product as its body: `sum_k a_k b_k + c` is (sum_k a_k b_k) + c.
 */
parser grammar SymgradParser;

options { tokenVocab = SymgradLexer; }

expressionInput : expr EOF ;

// The driver guarantees the text ends with a newline, so every statement ends with one.
scriptInput : (statement? NEWLINE)* EOF ;

statement
    : LET variable EQ expr          # letStatement
    | ASSUME expr EQ expr           # assumeStatement
    | DERIVE expr WRT expr          # deriveStatement
    | SIMPLIFY expr                 # simplifyStatement
    | CHECK expr (EQ expr)+         # checkStatement
    | expr                          # bareStatement
    ;

expr : term (addOp term)* ;

addOp : PLUS | MINUS ;

// An implicit factor never starts with a sign: `a -b` is a subtraction.
term : signed (mulOp signed | implicitFactor)* ;

mulOp : STAR | SLASH ;

implicitFactor
    : sumPrefix                     # implicitSum
    | power                         # implicitPower
    ;

signed
    : (PLUS | MINUS) signed         # unarySign
    | sumPrefix                     # signedSum
    | power                         # signedPower
    ;

sumPrefix : SUM UNDERSCORE sumRange (CARET primary)? term ;

sumRange
    : indexToken                                        # bareSumRange
    | LBRACE indexToken+ (COMMA indexToken+)* (EQ lower=indexToken)? RBRACE  # bracedSumRange
    | LBRACE restriction RBRACE                         # restrictedSumRange
    ;

// `k != j`: the bound index k runs over every value but j (a free index or a fixed label)
restriction : bound=indexToken NE excluded=indexToken ;

power : primary (CARET exponent | SUPERSCRIPT)? ;

exponent
    : (PLUS | MINUS) exponent       # signedExponent
    | power                         # powerExponent
    ;

primary
    : NUMBER                                            # number
    | CALLNAME condition (COMMA expr)* RPAREN             # conditionalCall
    | CALLNAME restriction (COMMA expr)* RPAREN           # restrictedCall
    | CALLNAME (expr (COMMA expr)*)? RPAREN subscript?  # call
    | FUNCNAME (CARET exponent)? prefixArgument         # prefixCall
    | LPAREN expr RPAREN                                # parens
    | LBRACE expr RBRACE                                # braces
    | BAR expr BAR                                      # bars
    | ROOT power                                        # root
    | PARTIAL SLASH PARTIAL variable primary            # operatorDerivative
    | PARTIAL variable PRIME? SLASH PARTIAL variable    # quotientDerivative
    | LBRACK low=expr LE at=expr LE high=expr RBRACK     # rangeCondition
    | DELTA subscript                                   # deltaIndexed
    | DELTA                                             # deltaSymbol
    | variable                                          # symbol
    ;

// The condition of a case split `where(x > 0, a, b)`.
condition : expr relation expr ;

relation : LT | LE | GT | GE ;

// What a known function applies to without parentheses, as books write it: the following factor
// (`ln x y` is ln(x)·y), with its sign (`exp -x`), or a prefix sum (`log sum_k exp z_k`).
prefixArgument : (PLUS | MINUS)* (sumPrefix | power) ;

variable : (ID | GREEK | HATNAME) LABEL? subscript? ;

subscript : UNDERSCORE subscriptBody ;

subscriptBody
    : indexToken                                    # bareSubscript
    | LBRACE indexGroup (COMMA indexGroup)* RBRACE  # bracedSubscript
    ;

// `ij` (one index per letter), or an affine index as convolutions write it: `i+k`, `t-m`, `2*i+p`,
// and with a symbolic stride `s*i+p`, `(m-1)*s+k`
indexGroup
    : indexToken+
    | indexSum
    ;

indexSum : MINUS? indexTerm ((PLUS | MINUS) indexTerm)* ;

indexTerm : indexFactor (STAR indexFactor)* ;

indexFactor
    : indexToken
    | LPAREN indexSum RPAREN
    ;

indexToken : ID | GREEK | NUMBER ;
