/*
 * Tokens of the symgrad expression and script language (SPEC §2, §3).
 *
 * Subscripts need their own lexical rules: after '_' every letter is an index and a run of digits is
 * one concrete index, so `x_ij(` must not become a call of `ij`. The lexer therefore switches to the
 * SUB mode after '_' (one index token, or a '{' that opens the BRACE mode until '}').
 *
 * A name immediately followed by '(' is one CALLNAME token: `f(x)`, `L(y)`, `sigma(x)` are calls.
 * A product with a parenthesis needs a space or a non-name left side: `a (b+c)`, `2(b+c)`,
 * `x_i(1 - x_i)`, `sigma(x)(1 - sigma(x))`. (org.symgrad.parse.TokenScanner also joins a known
 * function name, a space and '(' into a call: `exp (x)`, and marks a known function name that applies
 * without parentheses, `ln x`, as FUNCNAME.)
 *
 * Unicode output reads back: `x²` (SUPERSCRIPT), `W⁽¹⁾` (LABEL), `√x` (ROOT), `|x|` (BAR), `∂L/∂y_k`
 * (PARTIAL, and PRIME in `∂f'/∂x`), `∑`, Greek names with digits (`θ1`) and hatted letters (`ŷ`, `θ̂`).
 */
lexer grammar SymgradLexer;

tokens { SUBERR, FUNCNAME }

LET      : 'let' ;
ASSUME   : 'assume' ;
DERIVE   : 'derive' ;
WRT      : 'wrt' ;
SIMPLIFY : 'simplify' ;
CHECK    : 'check' ;
SUM      : 'sum' | '\u03A3' | '\u2211' | '\u220F' ;
DELTA    : 'delta' | '\u03B4' ;

// `W^{(1)}`: a parenthesised superscript is a layer label, not a power.
LABEL    : '^{(' [a-zA-Z0-9]+ ')}' | '\u207D' SUPER_DIGIT+ '\u207E' ;

CALLNAME : (LATIN_NAME | GREEK_LETTER DIGIT* | HAT_LETTER DIGIT*) '\''* '(' ;
NUMBER   : DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)? ;
ID       : LATIN_NAME ;
GREEK    : GREEK_LETTER DIGIT* ;
HATNAME  : HAT_LETTER DIGIT* ;

// `x²`, `x⁻¹`: a whole-number power written as superscript digits.
SUPERSCRIPT : [\u207A\u207B]? SUPER_DIGIT+ ;
ROOT     : '\u221A' ;
BAR      : '|' ;
PARTIAL  : '\u2202' ;
PRIME    : '\''+ ;

PLUS     : '+' ;
MINUS    : '-' | '\u2212' ;
STAR     : '*' | '\u00B7' | '\u00D7' | '\u22C5' ;
SLASH    : '/' ;
// a power; '**' as Python and SymPy write it
CARET    : '^' | '**' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACE   : '{' ;
// the range condition [1 <= t-m <= n] of an affine index
LBRACK   : '[' ;
RBRACK   : ']' ;
RBRACE   : '}' ;
COMMA    : ',' ;
EQ       : '=' ;
// the comparisons of a case split where(x > 0, a, b)
LE       : '<=' | '\u2264' ;
GE       : '>=' | '\u2265' ;
LT       : '<' ;
// the restriction of a reduction that leaves out one index: prod(k != j, x_k), sum_{k≠j}
NE       : '!=' | '\u2260' ;
GT       : '>' ;
UNDERSCORE : '_' -> mode(SUB) ;
NEWLINE  : '\r'? '\n' | '\r' ;
WS       : [ \t]+ -> skip ;
COMMENT  : '#' ~[\r\n]* -> skip ;

fragment LATIN_NAME   : [a-zA-Z] [a-zA-Z0-9]* ;
fragment DIGIT        : [0-9] ;
// Greek letters, except the unassigned U+03A2; plus the variant forms of epsilon, theta and phi.
fragment GREEK_LETTER : [\u0391-\u03A1\u03A3-\u03A9\u03B1-\u03C9\u03D1\u03D5\u03F5] ;
// A letter with a circumflex (yhat prints as ŷ): precomposed, or followed by U+0302.
fragment HAT_LETTER   : ([a-zA-Z] | GREEK_LETTER) '\u0302'
                      | [\u00C2\u00E2\u0108\u0109\u00CA\u00EA\u011C\u011D\u0124\u0125\u00CE\u00EE\u0134\u0135\u00D4\u00F4\u015C\u015D\u00DB\u00FB\u0174\u0175\u0176\u0177\u1E90\u1E91] ;
fragment SUPER_DIGIT  : [\u2070\u00B9\u00B2\u00B3\u2074-\u2079] ;

// One index (or a '{' opening a braced subscript) right after '_'.
mode SUB;
SUB_ID     : LATIN_NAME -> type(ID), mode(DEFAULT_MODE) ;
SUB_GREEK  : GREEK_LETTER -> type(GREEK), mode(DEFAULT_MODE) ;
SUB_INT    : DIGIT+ -> type(NUMBER), mode(DEFAULT_MODE) ;
// `x_1j`: digits then letters are indices too, one per letter and one per run of digits
SUB_MIXED  : DIGIT+ [a-zA-Z] [a-zA-Z0-9]* -> type(ID), mode(DEFAULT_MODE) ;
SUB_LBRACE : '{' -> type(LBRACE), mode(BRACE) ;
SUB_OTHER  : . -> type(SUBERR), mode(DEFAULT_MODE) ;

// Inside `_{ … }`: indices, commas, `=` for a summation's lower bound, `!=` for an index left out, `+ - * ( )` of an affine index.
mode BRACE;
BRACE_ID     : LATIN_NAME -> type(ID) ;
BRACE_GREEK  : GREEK_LETTER -> type(GREEK) ;
BRACE_INT    : DIGIT+ -> type(NUMBER) ;
BRACE_COMMA  : ',' -> type(COMMA) ;
// an affine index: x_{i+k}, W_{i-1}, x_{2*i+p}, V_{(m-1)*s+k}
BRACE_PLUS   : '+' -> type(PLUS) ;
BRACE_MINUS  : ('-' | '\u2212') -> type(MINUS) ;
BRACE_STAR   : '*' -> type(STAR) ;
BRACE_LPAREN : '(' -> type(LPAREN) ;
BRACE_RPAREN : ')' -> type(RPAREN) ;
BRACE_EQ     : '=' -> type(EQ) ;
// sum_{k != j}, ∏_{k≠j}: a reduction that leaves out one index
BRACE_NE     : ('!=' | '\u2260') -> type(NE) ;
BRACE_WS     : [ \t]+ -> skip ;
BRACE_RBRACE : '}' -> type(RBRACE), mode(DEFAULT_MODE) ;
BRACE_OTHER  : . -> type(SUBERR) ;
