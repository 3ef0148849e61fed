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
 * function name, a space and '(' into a call: `exp (x)`.)
 */
lexer grammar SymgradLexer;

tokens { SUBERR }

LET      : 'let' ;
ASSUME   : 'assume' ;
DERIVE   : 'derive' ;
WRT      : 'wrt' ;
SIMPLIFY : 'simplify' ;
CHECK    : 'check' ;
SUM      : 'sum' | '\u03A3' ;
DELTA    : 'delta' | '\u03B4' ;

// `W^{(1)}`: a parenthesised superscript is a layer label, not a power.
LABEL    : '^{(' [a-zA-Z0-9]+ ')}' ;

CALLNAME : (LATIN_NAME | GREEK_LETTER) '\''* '(' ;
NUMBER   : DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)? ;
ID       : LATIN_NAME ;
GREEK    : GREEK_LETTER ;

PLUS     : '+' ;
MINUS    : '-' | '\u2212' ;
STAR     : '*' | '\u00B7' | '\u00D7' | '\u22C5' ;
SLASH    : '/' ;
CARET    : '^' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
COMMA    : ',' ;
EQ       : '=' ;
UNDERSCORE : '_' -> mode(SUB) ;
NEWLINE  : '\r'? '\n' | '\r' ;
WS       : [ \t]+ -> skip ;
COMMENT  : '#' ~[\r\n]* -> skip ;

fragment LATIN_NAME   : [a-zA-Z] [a-zA-Z0-9]* ;
fragment DIGIT        : [0-9] ;
// Greek letters, except the unassigned U+03A2; plus the variant forms of epsilon, theta and phi.
fragment GREEK_LETTER : [\u0391-\u03A1\u03A3-\u03A9\u03B1-\u03C9\u03D1\u03D5\u03F5] ;

// One index (or a '{' opening a braced subscript) right after '_'.
mode SUB;
SUB_ID     : LATIN_NAME -> type(ID), mode(DEFAULT_MODE) ;
SUB_GREEK  : GREEK_LETTER -> type(GREEK), mode(DEFAULT_MODE) ;
SUB_INT    : DIGIT+ -> type(NUMBER), mode(DEFAULT_MODE) ;
SUB_LBRACE : '{' -> type(LBRACE), mode(BRACE) ;
SUB_OTHER  : . -> type(SUBERR), mode(DEFAULT_MODE) ;

// Inside `_{ … }`: indices, commas, and `=` for a summation's lower bound.
mode BRACE;
BRACE_ID     : LATIN_NAME -> type(ID) ;
BRACE_GREEK  : GREEK_LETTER -> type(GREEK) ;
BRACE_INT    : DIGIT+ -> type(NUMBER) ;
BRACE_COMMA  : ',' -> type(COMMA) ;
BRACE_EQ     : '=' -> type(EQ) ;
BRACE_WS     : [ \t]+ -> skip ;
BRACE_RBRACE : '}' -> type(RBRACE), mode(DEFAULT_MODE) ;
BRACE_OTHER  : . -> type(SUBERR) ;
